import { afterEach, describe, expect, it } from "vitest";
import { t } from "../../src/i18n";
import { loadLocale, setLocaleLoader } from "../../src/i18n/loadLocale";
import ptMessages from "../../src/i18n/locales/pt.json";
import ptBrMessages from "../../src/i18n/locales/pt-BR.json";

afterEach(() => setLocaleLoader(undefined));

describe("loadLocale", () => {
  it("loadLocale('pt-BR') loads the pt part beside pt-BR's, so Brazilian readers get the Portuguese interface", async () => {
    const asked: string[] = [];
    setLocaleLoader(async (tag) => {
      asked.push(tag);
      return undefined;
    });
    await loadLocale("pt-BR");
    expect(asked.sort()).toEqual(["pt", "pt-BR"]);
  });

  it("loadLocale('pt-BR') with the shipped parts words a key pt-BR lacks in Portuguese and keeps pt-BR's own", async () => {
    // A key of the pt catalogue that the regional part does not override.
    const key = Object.keys(ptMessages).find((k) => !(k in ptBrMessages) && !k.includes("{"))!;
    expect(key).toBeDefined();
    await loadLocale("pt-BR");
    expect(t("pt-BR", key as never)).toBe((ptMessages as Record<string, string>)[key]);
    const own = Object.keys(ptBrMessages).find(
      (k) => !k.includes("{") && !(ptBrMessages as Record<string, string>)[k]!.includes("{"),
    )!;
    expect(t("pt-BR", own as never)).toBe((ptBrMessages as Record<string, string>)[own]);
  });

  it("loadLocale('fr-CA') loads fr once, and a language without a region loads only itself", async () => {
    const asked: string[] = [];
    setLocaleLoader(async (tag) => {
      asked.push(tag);
      return undefined;
    });
    await loadLocale("fr-CA");
    await loadLocale("fr");
    expect(asked).toEqual(["fr"]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { failureIssue } from "../../src/embed/elementProblems";
import { PartLoadError } from "../../src/embed/parts";
import { registerLocale } from "../../src/i18n";
import fr from "../../src/i18n/locales/fr";
import pl from "../../src/i18n/locales/pl";
import { parseEmbedAttributes } from "../../src/views/embedAttributes";

beforeAll(() => {
  registerLocale(fr);
  registerLocale(pl);
});

const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe("an element's problems in the reader's language", () => {
  it("failureIssue(part load error, 'network', 'fr') says in French which part, from where and why", () => {
    const issue = failureIssue(
      new PartLoadError("network", "part.unknownFolder", "part.unknownAddress"),
      "network",
      "fr",
    );
    expect(issue.code).toBe("part_load_failed");
    expect(issue.message).toBe(
      "Impossible de dessiner : réseau. Impossible de charger jointline.network.js depuis un dossier inconnu : l’adresse de jointline.iife.js est inconnue (a-t-il été chargé par un <script src> ?).",
    );
    expect(issue.found).toBe("un dossier inconnu");
    expect(issue.expected).toBe("la partie network à côté de jointline.iife.js");
  });

  it("failureIssue(part load error, 'network') stays English by default, as before", () => {
    const error = new PartLoadError("network", "part.unknownFolder", "part.unknownAddress");
    expect(error.message).toBe(
      "Could not load jointline.network.js from an unknown folder: the address of jointline.iife.js is not known (was it loaded by a <script src>?).",
    );
    expect(failureIssue(error, "network").message).toBe(
      `The network could not be drawn. ${error.message}`,
    );
  });

  it("parseEmbedAttributes(get, 'fr') writes each attribute problem in French with its values", () => {
    const { problems } = parseEmbedAttributes(
      attributes({ width: "wide", theme: "neon", start: "2021", end: "2020" }),
      "fr",
    );
    expect(problems).toContain('width="wide" n’est pas un nombre positif de pixels');
    expect(problems).toContain(
      'theme="neon" ne fait pas partie de auto, light, dark, high-contrast, slide',
    );
    expect(problems).toContain('start="2021" n’est pas avant end="2020"');
    // English by default, unchanged.
    expect(parseEmbedAttributes(attributes({ width: "wide" })).problems).toEqual([
      'width="wide" is not a positive number of pixels',
    ]);
  });

  it("the embed's messages choose the plural of the locale (pl: 2 kraje, 5 krajów)", async () => {
    const { t } = await import("../../src/i18n");
    const { tNetwork } = await import("../../src/components/network/messages");
    expect(tNetwork("pl", "network.countries", { n: 2 })).toBe("2 kraje");
    expect(tNetwork("pl", "network.countries", { n: 5 })).toBe("5 krajów");
    expect(t("fr", "issue.notCharted", { n: 2 })).toBe(
      "Les données n’ont pas pu être représentées : 2 erreurs",
    );
  });
});

import { describe, expect, it } from "vitest";
import { registerLocale } from "../../src/i18n";
import fr from "../../src/i18n/locales/fr";
import pl from "../../src/i18n/locales/pl";
import ru from "../../src/i18n/locales/ru";
import { decodeBytes } from "../../src/io/decodeBytes";
import { fileTooLarge } from "../../src/io/fileTooLarge";
import { readDataset } from "../../src/io/readDataset";
import { readJson } from "../../src/io/readJson";

registerLocale(fr);
registerLocale(pl);
registerLocale(ru);

describe("the readers' start (readJson, fileTooLarge, decodeBytes) in the reader's language", () => {
  it("readJson(text, { locale: 'fr' }) writes the file's problems in French, codes unchanged", () => {
    expect(readJson("  ", { locale: "fr" }).issues).toEqual([
      {
        code: "empty_file",
        severity: "error",
        path: [],
        message: "Le fichier est vide.",
        expected: "un jeu de données JSON",
        found: "rien",
      },
    ]);
    const list = readJson("[1, 2]", { locale: "fr" }).issues[0]!;
    expect(list).toMatchObject({
      code: "invalid_type",
      message:
        "Un objet jeu de données avec title, sources, actors et events était attendu ; trouvé : une liste.",
      expected: "un objet",
      found: "une liste",
      hint: 'placez la liste sous "events" dans un objet avec un "title"',
    });
    const broken = readJson('{\n  "title": "T",\n  "events": [', { locale: "fr" }).issues[0]!;
    expect(broken.code).toBe("invalid_json");
    expect(broken.message).toMatch(
      /^Le fichier n'est pas du JSON valide \(ligne 3, colonne \d+\) : /,
    );
    expect(broken.expected).toBe("du texte JSON");
    // English stays the default, and null is named as such.
    expect(readJson("null").issues[0]!.message).toBe(
      "Expected a dataset object with title, sources, actors and events, found null.",
    );
  });

  it("fileTooLarge(text, maxBytes, 'fr' | 'ru') writes sizes in the locale's numbers and plural forms", () => {
    const text = "x".repeat(22);
    expect(fileTooLarge(text, 21, "fr")).toMatchObject({
      code: "file_too_large",
      message:
        "Le fichier est trop volumineux pour être lu ici : 0,000022 Mo de texte (22 caractères), au-delà de la limite de 0,000021 Mo (21 caractères).",
      found: "22 caractères (0,000022 Mo)",
    });
    const russian = fileTooLarge(text, 21, "ru")!;
    expect(russian.found).toBe("22 символа (0,000022 МБ)");
    expect(russian.expected).toBe("не более 21 символа (0,000021 МБ)");
    // Russian groups digits with a no-break space.
    expect(fileTooLarge("x".repeat(2_000_000), 1_000_000, "ru")!.found).toBe(
      `${(2_000_000).toLocaleString("ru")} символов (2 МБ)`,
    );
  });

  it("decodeBytes(bytes, { locale }) names the encoding and counts replaced characters in the locale", () => {
    const latin = decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), { locale: "fr" });
    expect(latin.issues[0]).toMatchObject({
      code: "text_encoding",
      message:
        "Le fichier n'est pas en UTF-8 : l'octet 0xE9 à la position 3 n'est pas de l'UTF-8 valide, comme dans les fichiers qu'Excel enregistre en \"CSV\" simple ; il a été lu comme Windows-1252 (Europe occidentale).",
      found: "octet 0xE9 (lu comme « é »)",
    });
    // A UTF-8 byte-order mark, then 2 or 5 bytes that are not UTF-8.
    const replaced = (n: number) =>
      decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, ...Array(n).fill(0xff)]), {
        locale: "pl",
      }).issues[0]!.message;
    expect(replaced(2)).toMatch(/: 2 znaki zastąpiono znakiem „\ufffd”\.$/);
    expect(replaced(5)).toMatch(/: 5 znaków zastąpiono znakiem „\ufffd”\.$/);
  });

  it("readDataset(bytes, { locale: 'fr' }) passes the locale to decodeBytes and to the reader", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("id,kind,title\n"), 0x45, 0xe9]);
    const { issues } = readDataset(bytes, { name: "ops.csv", locale: "fr" });
    expect(issues.find((i) => i.code === "text_encoding")?.expected).toBe("du texte en UTF-8");
    expect(issues.find((i) => i.code === "missing_column")?.message).toBe(
      "Il manque à l'en-tête les colonnes requises when, sources.",
    );
  });
});

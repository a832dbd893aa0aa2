import { describe, expect, it } from "vitest";
import { registerLocale } from "../../src/i18n";
import fr from "../../src/i18n/locales/fr";
import pl from "../../src/i18n/locales/pl";
import ru from "../../src/i18n/locales/ru";
import { readCsv } from "../../src/io/readCsv";

registerLocale(fr);
registerLocale(pl);
registerLocale(ru);

/** A one-event sheet with its source, whose figures cell (quoted) is `figures`. */
function sheet(figures: string): string {
  return [
    "id,kind,title,when,sources,figures",
    `op1,operation,Operation,2024,s1,"${figures}"`,
    "",
    "#dataset",
    "field,value",
    "title,T",
    "",
    "#sources",
    "id,publisher,title",
    "s1,Europol,Press release",
  ].join("\n");
}

/** A sheet whose second row has `cells` cells under a header of five. */
function rowOf(cells: number): string {
  const row = Array.from({ length: cells }, (_, i) => `c${i}`).join(",");
  return ["id,kind,title,when,sources", row].join("\n");
}

const issueOf = (text: string, code: string, locale?: string) => {
  const found = readCsv(text, locale ? { locale } : {}).issues.find((i) => i.code === code);
  expect(found, code).toBeDefined();
  return found!;
};

describe("readCsv(text, { locale }) in the reader's language", () => {
  it("readCsv(text, { locale: 'fr' }) writes a cell's problem in French, its values filled and its code, row and column unchanged", () => {
    const issue = issueOf(sheet("arrests=1,400@s1"), "thousands_separator", "fr");
    expect(issue).toMatchObject({
      code: "thousands_separator",
      row: 2,
      column: "figures",
      message: 'Le nombre "1,400" a un séparateur de milliers.',
      expected: "un nombre écrit uniquement avec des chiffres, et un point pour les décimales",
      found: "arrests=1,400@s1",
      hint: "écrivez 1400 ; gardez la formulation de la source avec |asReported=",
    });
    // English stays the default.
    expect(issueOf(sheet("arrests=1,400@s1"), "thousands_separator").message).toBe(
      'The number "1,400" has a thousands separator.',
    );
  });

  it("readCsv(text, { locale: 'fr' }) writes the file's and the header's problems in French", () => {
    const empty = issueOf("", "empty_file", "fr");
    expect(empty.message).toBe("Le fichier est vide.");
    expect(empty.expected).toBe(
      "une ligne d'en-tête (id,kind,title,when,sources,…) et une ligne par événement",
    );
    expect(empty.found).toBe("rien");
    const missing = issueOf("id,kind,tittle\nop1,operation,X\n", "missing_column", "fr");
    expect(missing.message).toBe(
      "Il manque à l'en-tête les colonnes requises title, when, sources.",
    );
    expect(missing.hint).toBe('vouliez-vous dire "tittle" → "title" ?');
    const untitled = readCsv("id,kind,title,when,sources\n", { locale: "fr" });
    expect(untitled.issues.find((i) => i.code === "missing_title")?.message).toBe(
      'Le fichier ne donne pas de titre au jeu de données ; il a été appelé "Jeu de données sans titre".',
    );
  });

  it("readCsv(text, { locale: 'fr' }) puts a validation problem back in its cell in French", () => {
    const issue = issueOf(sheet("arrests=5@s1;arrests=-3@s1"), "too_small", "fr");
    expect(issue).toMatchObject({ row: 2, column: "figures" });
    expect(issue.message).toMatch(/ \(élément 2 de la cellule\)\.$/);
  });

  it("readCsv(text, { locale: 'pl' | 'ru' }) counts cells with the language's plural forms", () => {
    const polish = (cells: number) =>
      readCsv(rowOf(cells), { locale: "pl" }).issues.find((i) =>
        ["too_many_cells", "missing_cells"].includes(i.code),
      )!;
    expect(polish(22).message).toBe(
      "Ten wiersz ma 22 komórki, a nagłówek 5; komórki poza nagłówkiem zostałyby utracone.",
    );
    expect(polish(22).expected).toBe("najwyżej 5 komórek");
    expect(polish(7).found).toBe("7 komórek");
    expect(polish(1).message).toBe(
      "Ten wiersz ma 1 komórkę, a nagłówek 5; brakujące odczytano jako puste.",
    );
    expect(polish(2).found).toBe("2 komórki");
    const russian = (cells: number) =>
      readCsv(rowOf(cells), { locale: "ru" }).issues.find((i) => i.code === "too_many_cells")!;
    expect(russian(6).found).toBe("6 ячеек");
    expect(russian(22).found).toBe("22 ячейки");
    expect(russian(21).found).toBe("21 ячейка");
  });
});

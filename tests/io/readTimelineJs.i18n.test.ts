import { beforeAll, describe, expect, it } from "vitest";
import { registerLocale } from "../../src/i18n";
import fr from "../../src/i18n/locales/fr";
import pl from "../../src/i18n/locales/pl";
import ru from "../../src/i18n/locales/ru";
import { readTimelineJs, timelineJsImportSourceId } from "../../src/io/readTimelineJs";

const header =
  "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

/** A sheet of `n` events without links, one a year from 2001. */
const sheetOf = (n: number) =>
  [header, ...Array.from({ length: n }, (_, i) => `${2001 + i},,,,,,,,,Event ${i + 1},<p>x</p>`)]
    .join("\n")
    .concat("\n");

beforeAll(() => {
  registerLocale(fr);
  registerLocale(pl);
  registerLocale(ru);
});

describe("readTimelineJs(text, { locale })", () => {
  it("readTimelineJs(sheet, { locale: 'fr' }) writes its issues and the words it puts in the dataset in French, codes and columns unchanged", () => {
    const { data, issues } = readTimelineJs(sheetOf(1), { locale: "fr" });
    expect(data!.title).toBe("Chronologie importée");
    expect(data!.sources[0]).toMatchObject({
      id: timelineJsImportSourceId,
      publisher: "Feuille TimelineJS importée",
      title: "Chronologie importée",
    });
    expect(data!.sources[0]!.note).toMatch(/^Créée à l’import\u00a0: TimelineJS n’a pas de champ/);
    expect(issues.find((issue) => issue.code === "missing_title")).toMatchObject({
      severity: "warning",
      message:
        "La chronologie n’a pas de diapositive de titre\u00a0; le jeu de données a été appelé «\u00a0Chronologie importée\u00a0».",
      found: "rien",
    });
    expect(issues.find((issue) => issue.code === "no_cited_source")!.message).toBe(
      "1 événement sur 1 ne renvoie à aucune source (ligne 2)\u00a0; TimelineJS n’a pas de champ pour les sources, donc chaque événement cite «\u00a0timelinejs-import\u00a0», une source qui représente cet import.",
    );
  });

  it("readTimelineJs(bad cells, { locale: 'fr' }) fills the placeholders: the column as the sheet names it, the value as written", () => {
    const text = `${header}
2014,,,,,,,,,Good,<p>a</p>,,,,,,,
twenty,,,,,,,,,Bad year,<p>b</p>,,,,,,,
2015,,3,,,,,,,No month,<p>c</p>,,,,,,,
,,,,,,,,,No date,<p>d</p>,,,,,,,
`;
    const { data, issues } = readTimelineJs(text, { locale: "fr" });
    expect(data).toBeUndefined();
    const errors = issues.filter((issue) => issue.severity === "error");
    expect(
      errors.map(({ code, row, column, message }) => ({ code, row, column, message })),
    ).toEqual([
      {
        code: "invalid_date",
        row: 3,
        column: "Year",
        message: "Year «\u00a0twenty\u00a0» n’est pas une année.",
      },
      {
        code: "invalid_date",
        row: 4,
        column: "Month",
        message: "Day est donné sans mois.",
      },
      {
        code: "missing_date",
        row: 5,
        column: "Year",
        message:
          "L’événement «\u00a0No date\u00a0» n’a pas d’année de début, que TimelineJS exige aussi.",
      },
    ]);
    expect(errors[0]!.expected).toBe("une année en chiffres, par ex. 2014");
  });

  it("readTimelineJs(json, { locale: 'fr' }) words the JSON errors in French", () => {
    const { issues } = readTimelineJs("[1, 2]", { locale: "fr" });
    expect(issues).toEqual([
      {
        code: "invalid_type",
        severity: "error",
        path: ["events"],
        message:
          "Le JSON TimelineJS doit avoir une liste de diapositives sous «\u00a0events\u00a0».",
        expected: "un objet avec une liste sous events",
        found: "une liste",
        hint: "mettez la liste sous «\u00a0events\u00a0» dans un objet",
      },
    ]);
  });

  it("readTimelineJs(sheet, { locale: 'pl' }) chooses the Polish plural forms: 1 wydarzenie, 2 wydarzenia, 5 wydarzeń", () => {
    const found = (n: number) =>
      readTimelineJs(sheetOf(n), { locale: "pl" }).issues.find(
        (issue) => issue.code === "no_cited_source",
      )!.found;
    expect(found(1)).toBe("1 wydarzenie bez linku");
    expect(found(2)).toBe("2 wydarzenia bez linku");
    expect(found(5)).toBe("5 wydarzeń bez linku");
    expect(found(22)).toBe("22 wydarzenia bez linku");
  });

  it("readTimelineJs(row with 21 cells, { locale: 'ru' }) says 21 ячейка (one), and 'at most 18' in the genitive", () => {
    const text = `${header}\n2014,,,,,,,,,Row,<p>a</p>,,,,,,,,x,y,z\n`;
    const issue = readTimelineJs(text, { locale: "ru" }).issues.find(
      (i) => i.code === "too_many_cells",
    )!;
    expect(issue).toMatchObject({ row: 2, column: "столбец 19", found: "21 ячейка" });
    expect(issue.message).toBe(
      "В этой строке 21 ячейка, а в строке заголовков — 18; ячейки за пределами заголовков были бы потеряны.",
    );
    expect(issue.expected).toBe("не более 18 ячеек");
  });

  it("readTimelineJs(sheet) without a locale reads English, as before", () => {
    const { data, issues } = readTimelineJs(sheetOf(2));
    expect(data!.title).toBe("Imported timeline");
    expect(issues.find((issue) => issue.code === "no_cited_source")).toMatchObject({
      message:
        '2 of 2 events link to no source (line 2, line 3); TimelineJS has no field for sources, so every event cites "timelinejs-import", a source that stands for this import.',
      found: "2 events without a link",
    });
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/readCsv";

const read = (name: string) =>
  readCsv(readFileSync(new URL(`../data/csv/${name}`, import.meta.url), "utf8"));

/** Each broken file, the one error it must give: code, a fragment of the message, row and column. */
const broken: [
  file: string,
  code: string,
  fragment: string,
  row: number | undefined,
  column: string | undefined,
][] = [
  ["bad-date.csv", "invalid_date", 'The date "2025-13-40" cannot be read: month 13', 3, "when"],
  [
    "dangling-actor.csv",
    "unknown_actor",
    '"europl" is not the id of any entry in actors',
    2,
    "actors",
  ],
  [
    "dangling-source.csv",
    "unknown_source",
    '"s9" is not the id of any entry in sources (item 2 of the cell)',
    2,
    "sources",
  ],
  ["duplicate-id.csv", "duplicate_id", 'The id "op1" is used twice', 3, "id"],
  ["javascript-url.csv", "invalid_url", "not an http:// or https:// link", 10, "url"],
  ["empty.csv", "empty_file", "The file is empty", undefined, undefined],
  ["not-csv.csv", "not_csv", "The file is JSON, not CSV", 1, undefined],
  ["binary.csv", "not_csv", "control characters", 1, undefined],
  ["missing-headers.csv", "missing_column", "lacks the required columns when, sources", 1, "when"],
  ["misspelled-header.csv", "missing_column", "lacks the required column title", 1, "title"],
  ["bom.csv", "invalid_country", '"UK" is not an ISO 3166-1 alpha-2 country code', 2, "countries"],
  ["quoted-newlines.csv", "invalid_kind", 'The kind "operaton" is not a kind of event', 5, "kind"],
  ["semicolon.csv", "too_small", "Expected at least 0, found -5", 3, "figures"],
  ["tab-separated.csv", "invalid_qualifier", '"aproximately" is not a qualifier', 3, "figures"],
  [
    "wrong-cell-count.csv",
    "too_many_cells",
    "This row has 10 cells but the header has 8",
    3,
    "column 9",
  ],
  ["negative-figure.csv", "too_small", "found -3 (item 2 of the cell)", 2, "figures"],
  ["bad-qualifier.csv", "invalid_qualifier", '"aproximately" is not a qualifier', 2, "figures"],
  [
    "bad-country.csv",
    "invalid_country",
    '"UK" is not an ISO 3166-1 alpha-2 country code (item 2 of the cell)',
    2,
    "countries",
  ],
  [
    "thousands-separator.csv",
    "thousands_separator",
    'The number "1,400" has a thousands separator',
    2,
    "figures",
  ],
  ["crlf.csv", "unknown_event", '"op9" is not the id of any entry in events', 3, "relations"],
  ["unclosed-quote.csv", "unclosed_quote", "starts on line 3 is never closed", 3, undefined],
  [
    "stray-quote.csv",
    "stray_quote",
    "Text follows the closing quote of a cell on line 3",
    3,
    undefined,
  ],
  ["figure-without-source.csv", "missing_figure_source", "does not name its source", 2, "figures"],
  ["bad-role.csv", "invalid_role", '"cordinator" is not a role', 2, "actors"],
  ["unknown-section.csv", "unknown_section", '"#source" is not a section', 4, undefined],
  [
    "column-not-for-kind.csv",
    "unknown_field",
    'The column "action" does not apply to this row',
    2,
    "action",
  ],
  [
    "missing-source-cell.csv",
    "missing_source",
    "An event must cite at least one source",
    2,
    "sources",
  ],
  ["bad-dataset-field.csv", "unknown_field", '"titel" is not a field of the dataset', 6, "field"],
];

describe("readCsv(text) on the corpus of broken files in tests/data/csv", () => {
  it.each(broken)(
    "readCsv(%s) reports %s with its row and column",
    (file, code, fragment, row, column) => {
      const { data, issues } = read(file);
      expect(data).toBeUndefined();
      const errors = issues.filter((issue) => issue.severity === "error");
      const match = errors.find((issue) => issue.code === code);
      expect(match, JSON.stringify(errors, null, 1)).toBeDefined();
      expect(match!.message).toContain(fragment);
      expect(match!.row).toBe(row);
      expect(match!.column).toBe(column);
      expect(match!.expected).toBeTruthy();
      expect(match!.found).toBeTruthy();
    },
  );

  it("readCsv gives the hints a journalist needs: did-you-mean and the plain number", () => {
    const hint = (file: string, code: string) =>
      read(file).issues.find((issue) => issue.code === code)?.hint;
    expect(hint("misspelled-header.csv", "missing_column")).toBe(
      'did you mean "tittle" → "title"?',
    );
    expect(hint("bad-country.csv", "invalid_country")).toBe('did you mean "GB"?');
    expect(hint("bad-qualifier.csv", "invalid_qualifier")).toBe('did you mean "approximately"?');
    expect(hint("bad-role.csv", "invalid_role")).toBe('did you mean "europol:coordinator"?');
    expect(hint("thousands-separator.csv", "thousands_separator")).toContain("write 1400");
    expect(hint("unknown-section.csv", "unknown_section")).toBe('did you mean "#sources"?');
    expect(hint("bad-dataset-field.csv", "unknown_field")).toBe('did you mean "title"?');
    expect(hint("not-csv.csv", "not_csv")).toBe("read it with readJson");
  });

  it("readCsv reports a semicolon- or tab-separated file with a warning on line 1", () => {
    for (const [file, word] of [
      ["semicolon.csv", "semicolons"],
      ["tab-separated.csv", "tabs"],
    ] as const) {
      const warning = read(file).issues.find((issue) => issue.code === "delimiter_detected");
      expect(warning?.severity).toBe("warning");
      expect(warning?.message).toContain(word);
      expect(warning?.row).toBe(1);
    }
  });

  it("readCsv reports only the broken quote, not the shifted cells after it", () => {
    expect(read("stray-quote.csv").issues.map((issue) => issue.code)).toEqual(["stray_quote"]);
    expect(read("unclosed-quote.csv").issues.map((issue) => issue.code)).toEqual([
      "unclosed_quote",
    ]);
  });

  it("readCsv reads a file with blank and comma-only trailing lines without any issue", () => {
    const { data, issues } = read("blank-trailing-lines.csv");
    expect(issues).toEqual([]);
    expect(data?.events.map((event) => event.id)).toEqual(["op1"]);
    expect(data?.sources.map((source) => source.id)).toEqual(["s1"]);
  });

  it("readCsv reads escaped separators in a list cell and skips empty items", () => {
    const { data, issues } = read("bad-escape-in-tags.csv");
    expect(issues).toEqual([]);
    expect(data?.events[0]?.tags).toEqual(["dark web", "a; b"]);
  });

  it("readCsv reads a BOM, quoted commas and line breaks in the cells", () => {
    const fixed = readFileSync(
      new URL("../data/csv/quoted-newlines.csv", import.meta.url),
      "utf8",
    ).replace("operaton", "operation");
    const { data, issues } = readCsv(`\ufeff${fixed}`);
    expect(issues).toEqual([]);
    expect(data?.events[0]?.title).toBe("Operation, One");
    expect(data?.events[0]?.summary).toBe("First paragraph, with a comma.\n\nSecond paragraph.");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readTimelineJs } from "../../src/io/readTimelineJs";

const read = (name: string) =>
  readTimelineJs(readFileSync(new URL(`../data/timelinejs/${name}`, import.meta.url), "utf8"));

/** Each broken file and its error: code, message fragment, and the row and column (sheets) or the path (JSON). */
const broken: [
  file: string,
  code: string,
  fragment: string,
  where: { row?: number; column?: string; path?: (string | number)[] },
][] = [
  ["bad-date.csv", "invalid_date", "month 13 does not exist", { row: 4, column: "Month" }],
  ["bad-year.csv", "invalid_date", 'Year "twenty" is not a year', { row: 4, column: "Year" }],
  [
    "missing-year.csv",
    "missing_date",
    '"Undated slide" has no start year',
    { row: 4, column: "Year" },
  ],
  [
    "misspelled-header.csv",
    "missing_column",
    "lacks the TimelineJS column Headline",
    { row: 1, column: "Headline" },
  ],
  ["empty.csv", "empty_file", "The file is empty", {}],
  ["not-json.json", "invalid_json", "The file is not valid JSON", {}],
  [
    "json-bad-date.json",
    "invalid_date",
    "February has 28 days",
    { path: ["events", 1, "start_date", "day"] },
  ],
  [
    "json-no-events.json",
    "invalid_type",
    'needs a list of slides under "events"',
    { path: ["events"] },
  ],
  [
    "day-without-month.csv",
    "invalid_date",
    "Day is given without a month",
    { row: 4, column: "Month" },
  ],
  [
    "end-before-start.csv",
    "invalid_date",
    "the end 2014 is before the start 2016",
    { row: 4, column: "End Year" },
  ],
  [
    "two-title-rows.csv",
    "duplicate_title",
    "A second title slide; the first is on line 2",
    { row: 3, column: "Type" },
  ],
  [
    "wrong-cell-count.csv",
    "too_many_cells",
    "This row has 20 cells but the header has 18",
    { row: 4, column: "column 19" },
  ],
];

describe("readTimelineJs(text) on the corpus in tests/data/timelinejs", () => {
  it.each(broken)("readTimelineJs(%s) reports %s where it is", (file, code, fragment, where) => {
    const { data, issues } = read(file);
    expect(data).toBeUndefined();
    const match = issues.find((issue) => issue.severity === "error" && issue.code === code);
    expect(match, JSON.stringify(issues, null, 1)).toBeDefined();
    expect(match!.message).toContain(fragment);
    expect(match!.row).toBe(where.row);
    expect(match!.column).toBe(where.column);
    expect(match!.path).toEqual(where.path ?? []);
  });

  it("readTimelineJs drops javascript:, data: and vbscript: links, however written, with one warning each", () => {
    const { data, issues } = read("unsafe-links.csv");
    const warnings = issues.filter((issue) => issue.code === "unsafe_link");
    expect(warnings.map((w) => w.found)).toEqual([
      "java\tscript:alert(1)",
      "JavaScript:alert(2)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "VBScript:msgbox",
    ]);
    expect(
      warnings.every((w) => w.severity === "warning" && w.row === 3 && w.column === "Text"),
    ).toBe(true);
    const event = data!.events[0]!;
    expect(event.summary).toBe("one two three four five");
    const urls = data!.sources.map((source) => source.url).filter((url) => url !== undefined);
    expect(urls).toEqual(["https://www.example.org/ok"]);
  });

  it("readTimelineJs keeps no markup from hostile HTML: nested tags, scripts, comments, a tag cut off at the end", () => {
    const { data, issues } = read("hostile-html.csv");
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const event = data!.events[0]!;
    expect(event.title).toBe("Bold ipt>alert(1) headline");
    expect(event.summary).toBe("Safe & sound — end.\n\nSecond\nline Example & Co");
    expect(`${event.title}${event.summary}`).not.toMatch(/<[a-z/!]/i);
    // The link inside a comment is not a source; the real one is.
    expect(data!.sources.map((source) => source.url)).toEqual([
      undefined,
      "https://www.example.org/x",
    ]);
    expect(data!.sources[1]).toMatchObject({ publisher: "Example & Co", title: "Example & Co" });
  });
});

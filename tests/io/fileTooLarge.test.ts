import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultMaxBytes, fileTooLarge } from "../../src/io/fileTooLarge";
import { readCsv } from "../../src/io/readCsv";
import { readDataset } from "../../src/io/readDataset";
import { readJson } from "../../src/io/readJson";
import { readTimelineJs } from "../../src/io/readTimelineJs";
import type { Dataset, ReadResult } from "../../src/model";

/** 51 MB of text that no reader would accept: each would give its own error if it read it. */
const huge = {
  json: `{"title": ${"x".repeat(51_000_000)}`,
  // A ZIP's magic number (not_csv) followed by an unclosed quote (unclosed_quote).
  csv: `PK\u0003\u0004"${"x".repeat(51_000_000)}`,
  timelineJsJson: `{"events": [${"x".repeat(51_000_000)}`,
  timelineJsSheet: `Year,Month,Day,Headline\n"${"x".repeat(51_000_000)}`,
};

/**
 * The budget of a case that reads one of those 51 MB texts: a few hundred milliseconds when the
 * machine is idle, seconds on a loaded 2-core one (the default 5 s is not enough there).
 */
const hugeBudget = 60_000;

const small = JSON.stringify({
  title: "Small",
  sources: [{ id: "s1", publisher: "P", title: "T" }],
  events: [{ id: "e1", kind: "operation", title: "Op", when: "2020", sources: ["s1"] }],
});
const smallCsv =
  "id,kind,title,when,sources\ne1,operation,Op,2020,s1\n#dataset\nfield,value\ntitle,Small\n#sources\nid,publisher,title\ns1,P,T\n";

/** The result's one issue, asserting it is the size error and that no data came back. */
function onlyTooLarge(result: ReadResult<Dataset>) {
  expect(result.data).toBeUndefined();
  expect(result.issues.map((i) => i.code)).toEqual(["file_too_large"]);
  return result.issues[0]!;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the readers' maxBytes", () => {
  it(
    "readJson(51 MB of broken JSON) gives file_too_large, not a syntax error: JSON.parse never runs",
    () => {
      const parse = vi.spyOn(JSON, "parse");
      const issue = onlyTooLarge(readJson(huge.json));
      expect(parse).not.toHaveBeenCalled();
      // The spy does see readJson's calls: a small text is parsed.
      readJson(small);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(issue).toMatchObject({
        severity: "error",
        path: [],
        expected: "at most 50,000,000 characters (50 MB)",
        found: "51,000,010 characters (51 MB)",
      });
      expect(issue.message).toBe(
        "The file is too large to read here: 51 MB of text (51,000,010 characters), over the limit of 50 MB (50,000,000 characters).",
      );
      expect(issue.hint).toMatch(/split the file/);
      expect(issue.hint).toMatch(/aggregate/);
      expect(issue.hint).toMatch(/maxBytes/);
      expect(issue.hint).toMatch(/readInWorker/);
    },
    hugeBudget,
  );

  it(
    "readCsv(51 MB of binary with a broken quote) gives file_too_large, not not_csv nor unclosed_quote",
    () => {
      onlyTooLarge(readCsv(huge.csv));
      // The same text under the limit is read, and refused for what it is.
      expect(readCsv(huge.csv, { maxBytes: Infinity }).issues.map((i) => i.code)).toEqual([
        "not_csv",
      ]);
    },
    hugeBudget,
  );

  it(
    "readTimelineJs(51 MB of broken JSON or sheet) gives file_too_large: JSON.parse never runs",
    () => {
      const parse = vi.spyOn(JSON, "parse");
      onlyTooLarge(readTimelineJs(huge.timelineJsJson));
      onlyTooLarge(readTimelineJs(huge.timelineJsSheet));
      expect(parse).not.toHaveBeenCalled();
      readTimelineJs('{"events": []}');
      expect(parse).toHaveBeenCalledTimes(1);
    },
    hugeBudget,
  );

  it("readJson(text, { maxBytes }) accepts exactly maxBytes characters and refuses one more", () => {
    expect(readJson(small, { maxBytes: small.length }).issues).toEqual([]);
    const issue = onlyTooLarge(readJson(small, { maxBytes: small.length - 1 }));
    expect(issue.found).toBe(`${small.length} characters (${small.length / 1e6} MB)`);
    expect(issue.expected).toBe(
      `at most ${small.length - 1} characters (${(small.length - 1) / 1e6} MB)`,
    );
  });

  it("readCsv(text, { maxBytes }) and readTimelineJs(text, { maxBytes }) apply the limit given", () => {
    expect(readCsv(smallCsv, { maxBytes: smallCsv.length }).issues).toEqual([]);
    onlyTooLarge(readCsv(smallCsv, { maxBytes: 10 }));
    const sheet = "Year,Headline\n2020,Op\n";
    expect(readTimelineJs(sheet, { maxBytes: 10 }).issues.map((i) => i.code)).toEqual([
      "file_too_large",
    ]);
    expect(readTimelineJs(sheet, { maxBytes: sheet.length }).data?.events).toHaveLength(1);
  });

  it(
    "readJson(text, { maxBytes: Infinity }) reads 51 MB, and reports the syntax error it holds",
    () => {
      const { issues } = readJson(huge.json, { maxBytes: Infinity });
      expect(issues.map((i) => i.code)).toEqual(["invalid_json"]);
    },
    hugeBudget,
  );

  it(
    "readJson(text, { maxBytes: NaN or negative }) uses the 50 MB default rather than no limit",
    () => {
      expect(defaultMaxBytes).toBe(50_000_000);
      onlyTooLarge(readJson(huge.json, { maxBytes: Number.NaN }));
      onlyTooLarge(readJson(huge.json, { maxBytes: -1 }));
      expect(readJson(small, { maxBytes: Number.NaN }).issues).toEqual([]);
    },
    hugeBudget,
  );

  it("readJson(text, { maxBytes: 0 }) refuses any text but the empty one, which is empty_file", () => {
    onlyTooLarge(readJson(small, { maxBytes: 0 }));
    expect(readJson("", { maxBytes: 0 }).issues.map((i) => i.code)).toEqual(["empty_file"]);
  });

  it("fileTooLarge(text, maxBytes) counts characters (text.length), not UTF-8 bytes", () => {
    // 10 characters, 30 bytes in UTF-8: within a limit of 10.
    expect(fileTooLarge("日本語日本語日本語日", 10)).toBeUndefined();
    expect(fileTooLarge("日本語日本語日本語日本", 10)?.code).toBe("file_too_large");
  });

  it("readDataset(text, { maxBytes }) passes the limit to the reader of each format", () => {
    const sheet = "Year,Month,Day,Headline\n2020,,,Op\n";
    for (const [text, format] of [
      [small, "json"],
      [smallCsv, "csv"],
      [sheet, "timelinejs"],
    ] as const) {
      const refused = readDataset(text, { maxBytes: 10 });
      expect(refused.format).toBe(format);
      onlyTooLarge(refused);
      expect(readDataset(text, { maxBytes: text.length }).issues.map((i) => i.code)).not.toContain(
        "file_too_large",
      );
    }
  });

  it(
    "readDataset(51 MB) refuses it by default, whatever the format guessed",
    () => {
      const parse = vi.spyOn(JSON, "parse");
      onlyTooLarge(readDataset(huge.json));
      onlyTooLarge(readDataset(huge.csv, { name: "big.csv" }));
      onlyTooLarge(readDataset(huge.timelineJsSheet));
      expect(parse).not.toHaveBeenCalled();
    },
    hugeBudget,
  );
});

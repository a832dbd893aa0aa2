import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { htmlToText } from "../../src/io/htmlToText";
import { parseDataset } from "../../src/io/parseDataset";
import { readCsv } from "../../src/io/readCsv";
import { readJson } from "../../src/io/readJson";
import { readTimelineJs } from "../../src/io/readTimelineJs";
import { writeCsv } from "../../src/io/writeCsv";
import { writeJson } from "../../src/io/writeJson";
import type { Dataset } from "../../src/model";
import { isHttpUrl } from "../../src/model/httpUrl";
import { arbitraryDataset } from "../arbitraries/arbitraryDataset";
import { payloads } from "../data/hostile/payloads";
import {
  call,
  casesRun,
  expectReadResult,
  fuzzParameters,
  mutatedText,
  mutatedValue,
  reportCounts,
} from "../helpers/fuzzHarness";

/** Valid datasets, already normalized (defaults applied), so they also serve as expected output. */
const validDataset: fc.Arbitrary<Dataset> = arbitraryDataset({ maxEvents: 6 }).map(
  (input) => parseDataset(input).data!,
);
const hostile = fc.constantFrom(...payloads.map((p) => p.text));

/** Text made of the characters CSV and JSON care about, plus hostile fragments. */
const structuredNoise = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ",",
        ";",
        '"',
        "\n",
        "\r\n",
        "{",
        "}",
        "[",
        "]",
        ":",
        "#",
        "#sources",
        "id",
        "title",
      ),
      fc.string({ maxLength: 5 }),
      hostile,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

// Thousands of cases per test on a shared 2-core machine: allow a minute per test.
vi.setConfig({ testTimeout: 60_000 });

afterAll(() => reportCounts("readers"));

describe("readJson and parseDataset fuzzing", () => {
  it("readJson(any string) returns issues, never throws, never hangs", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), structuredNoise), (text) =>
        expectReadResult(call("readJson", readJson, text)),
      ),
      fuzzParameters(500),
    );
  });

  it("readJson(any JSON value) returns issues, never throws, never hangs", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) =>
        expectReadResult(call("readJson", readJson, text)),
      ),
      fuzzParameters(500),
    );
  });

  it("readJson(mutated valid dataset text) returns a result, never throws, never hangs", () => {
    fc.assert(
      fc.property(mutatedText(validDataset.map((d) => writeJson(d))), (text) =>
        expectReadResult(call("readJson", readJson, text)),
      ),
      fuzzParameters(800),
    );
  });

  it("parseDataset(valid dataset with one value replaced) returns a result, never throws", () => {
    fc.assert(
      fc.property(mutatedValue(validDataset), (value) =>
        expectReadResult(call("parseDataset", parseDataset, value)),
      ),
      fuzzParameters(800),
    );
  });

  it("parseDataset(anything) returns issues, never throws, never hangs", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withObjectString: true,
          withNullPrototype: true,
          withMap: true,
          withSet: true,
          withBigInt: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (value) => {
          const result = call("parseDataset", parseDataset, value);
          expectReadResult(result);
        },
      ),
      fuzzParameters(500),
    );
  });

  it("readJson(writeJson(data)) gives every valid dataset back unchanged", () => {
    fc.assert(
      fc.property(validDataset, (data) => {
        const result = call("readJson", readJson, writeJson(data));
        expect(result.issues).toEqual([]);
        expect(result.data).toEqual(data);
      }),
      fuzzParameters(300),
    );
  });
});

describe("readCsv fuzzing", () => {
  it("readCsv(any text) returns issues with rows, never throws, never hangs", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), structuredNoise), (text) => {
        const result = call("readCsv", readCsv, text);
        expectReadResult(result);
      }),
      fuzzParameters(500),
    );
  });

  it("readCsv(mutated valid CSV) returns a result, never throws, never hangs", () => {
    fc.assert(
      fc.property(mutatedText(validDataset.map((d) => writeCsv(d))), (text) =>
        expectReadResult(call("readCsv", readCsv, text)),
      ),
      fuzzParameters(800),
    );
  });

  it("readCsv(writeCsv(data)) gives every valid dataset back unchanged", () => {
    fc.assert(
      fc.property(validDataset, (data) => {
        const result = call("readCsv", readCsv, writeCsv(data));
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(result.data).toEqual(data);
      }),
      fuzzParameters(300),
    );
  });
});

const header =
  "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";
const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;
const html = fc
  .array(
    fc.oneof(
      hostile,
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        "<p>",
        "</p>",
        "<br>",
        "<b>",
        "</b>",
        '<a href="https://example.org/x">',
        "</a>",
        "<a href='javascript:alert(1)'>",
        "&amp;",
        "&lt;",
        "&#x3C;",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "<style>",
        "<",
      ),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));
const yearCell = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.integer({ min: -5000, max: 50000 }).map(String),
  fc.string({ maxLength: 5 }),
);
const smallCell = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.constant(""),
  fc.string({ maxLength: 3 }),
);
const row = fc
  .tuple(
    yearCell,
    smallCell,
    smallCell,
    yearCell,
    smallCell,
    smallCell,
    hostile,
    html,
    fc.constantFrom("", "title", "era", "x"),
    fc.oneof(hostile, fc.constantFrom("", "Operations", "Legislation", "Arrests")),
  )
  .map(([y, m, d, ey, em, ed, headline, text, type, group]) =>
    [
      y,
      m,
      d,
      "",
      ey,
      em,
      ed,
      "",
      "",
      csvCell(headline),
      csvCell(text),
      "",
      "",
      "",
      "",
      type,
      csvCell(group),
      "",
    ].join(","),
  );
const timelineJsSheet = fc
  .array(row, { minLength: 1, maxLength: 8 })
  .map((rows) => [header, ...rows].join("\n"));
const timelineJsJson = fc
  .record({
    title: fc.option(fc.record({ text: fc.record({ headline: hostile, text: html }) }), {
      nil: undefined,
    }),
    events: fc.array(
      fc.record({
        start_date: fc.record({
          year: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.string({ maxLength: 4 })),
          month: fc.option(fc.integer({ min: 0, max: 13 }), { nil: undefined }),
        }),
        end_date: fc.option(fc.record({ year: fc.integer({ min: 1900, max: 2100 }) }), {
          nil: undefined,
        }),
        text: fc.record({ headline: hostile, text: html }),
        group: fc.option(hostile, { nil: undefined }),
        unique_id: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
  })
  .map((value) => JSON.stringify(value));

/** No imported link may be anything but http(s), whatever the slide HTML held. */
function expectOnlyHttpLinks(data: Dataset | undefined): void {
  for (const source of data?.sources ?? []) {
    if (source.url !== undefined) expect(isHttpUrl(source.url)).toBe(true);
  }
}

describe("readTimelineJs and htmlToText fuzzing", () => {
  it("readTimelineJs(generated sheets with hostile cells) returns a result, links only http(s)", () => {
    fc.assert(
      fc.property(timelineJsSheet, (text) => {
        const result = call("readTimelineJs", readTimelineJs, text);
        expectReadResult(result);
        expectOnlyHttpLinks(result.data);
      }),
      fuzzParameters(500),
    );
  });

  it("readTimelineJs(mutated sheets) returns a result, never throws, never hangs", () => {
    fc.assert(
      fc.property(mutatedText(timelineJsSheet), (text) => {
        const result = call("readTimelineJs", readTimelineJs, text);
        expectReadResult(result);
        expectOnlyHttpLinks(result.data);
      }),
      fuzzParameters(500),
    );
  });

  it("readTimelineJs(generated and mutated JSON) returns a result, never throws, never hangs", () => {
    fc.assert(
      fc.property(
        fc.oneof(timelineJsJson, mutatedText(timelineJsJson), fc.json({ maxDepth: 3 })),
        (text) => {
          const result = call("readTimelineJs", readTimelineJs, text);
          expectReadResult(result);
          expectOnlyHttpLinks(result.data);
        },
      ),
      fuzzParameters(700),
    );
  });

  it("htmlToText(hostile HTML) keeps no markup-making link and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(html, fc.string({ unit: "binary" })), (text) => {
        const result = call("htmlToText", htmlToText, text);
        expect(typeof result.text).toBe("string");
        for (const link of result.links) expect(isHttpUrl(link.href)).toBe(true);
      }),
      fuzzParameters(700),
    );
  });

  it("ran at least 7,000 reader cases in this file", () => {
    const total = [...casesRun.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(7_000);
  });
});

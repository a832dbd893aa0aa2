import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/io/parseDataset";
import { readCsv } from "../../../src/io/readCsv";
import { readJson } from "../../../src/io/readJson";
import { writeCsv } from "../../../src/io/writeCsv";
import type { Dataset, Issue } from "../../../src/model";

// The fields issue 18 added to the model (a figure's scope and correction, the dataset's metrics
// and coverage) through the CSV format: written, read back, and located when malformed.

const withEveryNewField: Dataset = parseDataset({
  title: "Scopes and corrections",
  coverage: "selection",
  metrics: {
    arrests_or_charged: { family: "arrests", label: "arrested; or charged|=@" },
    arrests_in_uk: { family: "arrests", label: "arrests in the UK", country: "GB" },
    countries: { kind: "overlapping" },
    unique_videos: { kind: "stock", label: " videos on the site " },
    declared_only: {},
  },
  sources: [{ id: "s1", publisher: "Europol", title: "Press release" }],
  events: [
    {
      id: "op-x",
      kind: "operation",
      title: "Operation X",
      when: "2024-11/2025-02-28",
      sources: ["s1"],
      figures: [
        { metric: "arrests", value: 79, source: "s1" },
        {
          metric: "suspects_identified",
          value: 1400,
          qualifier: "nearly",
          source: "s1",
          scope: "besides the 79 arrested; abroad|x@y=z",
        },
        {
          metric: "countries",
          value: 27,
          source: "s1",
          correction: "misreading",
          note: "27 experts, not 27 countries",
        },
        {
          metric: "arrests",
          value: 80,
          qualifier: "approximately",
          source: "s1",
          correction: "rounding",
          scope: " all countries ",
        },
      ],
    },
  ],
}).data!;

/** The code, row, column and hint of each issue, to compare at once. */
function located(issues: readonly Issue[]) {
  return issues.map(({ code, row, column, hint }) => ({ code, row, column, hint }));
}

const events = "id,kind,title,when,figures,sources\n";
const sources = [{ id: "s1", publisher: "Europol", title: "Press release" }];

describe("writeCsv(dataset) and readCsv(text) with scopes, corrections, metrics and coverage", () => {
  it("readCsv(writeCsv(dataset)) gives back a dataset that uses every new field", () => {
    expect(withEveryNewField.metrics).toBeDefined();
    const text = writeCsv(withEveryNewField);
    const { data, issues } = readCsv(text);
    expect(issues).toEqual([]);
    expect(data).toEqual(withEveryNewField);
  });

  it("writeCsv(dataset) writes figure attributes, a #metrics section and a coverage field", () => {
    const text = writeCsv(withEveryNewField);
    expect(text).toContain(
      "suspects_identified=nearly 1400@s1|scope=besides the 79 arrested\\; abroad\\|x\\@y\\=z",
    );
    expect(text).toContain(
      "countries=27@s1|correction=misreading|note=27 experts, not 27 countries",
    );
    expect(text).toContain(
      "arrests=approximately 80@s1|scope=\\ all countries\\ |correction=rounding",
    );
    expect(text).toContain("\ncoverage,selection\n");
    expect(text).toContain(
      [
        "#metrics",
        "metric,kind,family,label,country",
        "arrests_or_charged,,arrests,arrested; or charged|=@,",
        "arrests_in_uk,,arrests,arrests in the UK,GB",
        "countries,overlapping,,,",
        "unique_videos,stock,, videos on the site ,",
        "declared_only,,,,",
      ].join("\n"),
    );
  });

  it("readCsv(writeCsv(dataset)) keeps an empty metrics map, and no map stays no map", () => {
    const empty = { ...withEveryNewField, metrics: {} };
    expect(writeCsv(empty)).toContain("#metrics\nmetric\n");
    expect(readCsv(writeCsv(empty)).data).toEqual(empty);
    const { metrics: _, ...none } = withEveryNewField;
    expect(writeCsv(none as Dataset)).not.toContain("#metrics");
    expect(readCsv(writeCsv(none as Dataset)).data).toEqual(none);
  });

  it("readCsv(writeCsv(dataset)) gives back the default dataset, which uses every new field", () => {
    const text = readFileSync(
      new URL("../../../data/csam-operations.json", import.meta.url),
      "utf8",
    );
    const dataset = readJson(text).data!;
    const figures = dataset.events.flatMap((event) => event.figures);
    expect(figures.some((figure) => figure.scope !== undefined)).toBe(true);
    expect(figures.some((figure) => figure.correction === "misreading")).toBe(true);
    expect(figures.some((figure) => figure.correction === "rounding")).toBe(true);
    expect(dataset.coverage).toBe("selection");
    expect(Object.keys(dataset.metrics ?? {}).length).toBeGreaterThan(0);
    const { data, issues } = readCsv(writeCsv(dataset));
    expect(issues).toEqual([]);
    expect(data).toEqual(dataset);
  });

  it("readCsv(text) reads attributes loosely spelled and a #metrics header in another order", () => {
    const text = `${events}op,operation,Op,2024,arrests=5@s1|Scope=in Spain|CORRECTION=Rounding,s1

#metrics
Label,Name,Country
arrests in Spain,arrests_in_spain,ES
`;
    const { data, issues } = readCsv(text, { dataset: { title: "T", sources } });
    expect(issues).toEqual([]);
    expect(data!.events[0]!.figures[0]).toMatchObject({
      scope: "in Spain",
      correction: "rounding",
    });
    expect(data!.metrics).toEqual({
      arrests_in_spain: { label: "arrests in Spain", country: "ES" },
    });
  });

  it("readCsv(text, { dataset }) adds the #metrics rows to the metrics given, the rows winning", () => {
    const text = `${events}op,operation,Op,2024,arrests=5@s1,s1\n\n#metrics\nmetric,kind\nusers,measure\n`;
    const { data, issues } = readCsv(text, {
      dataset: {
        title: "T",
        sources,
        metrics: { users: { kind: "stock" }, countries: { kind: "overlapping" } },
      },
    });
    expect(issues).toEqual([]);
    expect(data!.metrics).toEqual({
      users: { kind: "measure" },
      countries: { kind: "overlapping" },
    });
  });

  it("readCsv(text) locates a malformed correction or an empty scope at the figure's row and column", () => {
    const text = `${events}op,operation,Op,2024,arrests=5@s1; arrests=6@s1|correction=misread,s1
op2,operation,Op 2,2024,arrests=5@s1|correction=typo,s1
op3,operation,Op 3,2024,countries=3@s1; arrests=5@s1|scope=  ,s1
`;
    const { data, issues } = readCsv(text, { dataset: { title: "T", sources } });
    expect(data).toBeUndefined();
    expect(located(issues)).toEqual([
      { code: "invalid_correction", row: 2, column: "figures", hint: 'did you mean "misreading"?' },
      {
        code: "invalid_correction",
        row: 3,
        column: "figures",
        hint: "leave |correction out for a claim of its own",
      },
      { code: "too_small", row: 4, column: "figures", hint: undefined },
    ]);
    expect(issues[0]!.path).toEqual(["events", 0, "figures", 1]);
    expect(issues[2]!.message).toContain("(item 2 of the cell)");
    expect(issues[2]!.path).toEqual(["events", 2, "figures", 1, "scope"]);
  });

  it("readCsv(text) locates a coverage that is neither selection nor complete at its #dataset row", () => {
    const text = `${events}op,operation,Op,2024,,s1\n\n#dataset\nfield,value\ntitle,T\ncoverage,selected\n`;
    const { data, issues } = readCsv(text, { dataset: { sources } });
    expect(data).toBeUndefined();
    expect(located(issues)).toEqual([
      { code: "invalid_value", row: 7, column: "value", hint: undefined },
    ]);
    expect(issues[0]!.expected).toBe("one of selection, complete");
  });

  it("readCsv(text) locates every malformed #metrics row at its row and column, with hints", () => {
    const text = `${events}op,operation,Op,2024,,s1

#metrics
metric,kind,family,label,country,kinds
Arrests-UK,,,,,
,count,,,,
users,stock,,,,
users,measure,,,,
arrests_or_charged,counts,Arrests,,UK,
`;
    const { data, issues } = readCsv(text, { dataset: { title: "T", sources } });
    expect(data).toBeUndefined();
    expect(located(issues)).toEqual([
      { code: "unknown_column", row: 5, column: "kinds", hint: 'did you mean "kind"?' },
      { code: "invalid_format", row: 6, column: "metric", hint: "write arrests_uk" },
      {
        code: "missing_metric",
        row: 7,
        column: "metric",
        hint: "write the metric's name, as in the figures (arrests=79@s1 → arrests)",
      },
      { code: "duplicate_metric", row: 9, column: "metric", hint: "merge the two rows into one" },
      { code: "invalid_value", row: 10, column: "kind", hint: 'did you mean "count"?' },
      { code: "invalid_format", row: 10, column: "family", hint: undefined },
      { code: "invalid_country", row: 10, column: "country", hint: 'did you mean "GB"?' },
    ]);
    expect(issues[3]!.message).toContain("already declared on line 8");
  });

  it("readCsv(text) reads the #metrics example of docs/csv-format.md", () => {
    const doc = readFileSync(new URL("../../../docs/csv-format.md", import.meta.url), "utf8");
    const example = /```csv\n(#metrics\n[\s\S]*?)```/.exec(doc)![1]!;
    const { data, issues } = readCsv(example, { dataset: { title: "T", sources } });
    expect(issues).toEqual([]);
    expect(data!.metrics).toEqual({
      arrests_or_charged: { family: "arrests", label: "arrested or charged" },
      arrests_in_uk: { family: "arrests", label: "arrests in the UK", country: "GB" },
      signatories_countries_agencies_charities: { kind: "overlapping", label: "signatories" },
      unique_videos: { kind: "stock", label: "videos on the site" },
    });
  });

  it("readCsv(text) suggests #metrics for a misspelled section marker", () => {
    const text = `${events}op,operation,Op,2024,,s1\n\n#metric\nmetric,kind\nusers,stock\n`;
    const { issues } = readCsv(text, { dataset: { title: "T", sources } });
    expect(located(issues)).toEqual([
      { code: "unknown_section", row: 4, column: undefined, hint: 'did you mean "#metrics"?' },
    ]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/readCsv";

const sources = [{ id: "s1", publisher: "Europol", title: "Press release" }];

describe("readCsv(text, options)", () => {
  it("readCsv(text) reads the example of docs/csv-format.md without any issue", () => {
    const doc = readFileSync(new URL("../../docs/csv-format.md", import.meta.url), "utf8");
    const example = /```csv\n([\s\S]*?)```/.exec(doc)![1]!;
    const { data, issues } = readCsv(example);
    expect(issues).toEqual([]);
    expect(data!.events[0]).toMatchObject({
      actors: [
        { actor: "europol", role: "coordinator" },
        { actor: "de-bka", role: "lead" },
      ],
      countries: ["DE", "NL"],
      figures: [
        { metric: "arrests", value: 79, qualifier: "exact", source: "s1" },
        {
          metric: "suspects_identified",
          value: 1400,
          qualifier: "nearly",
          source: "s1",
          asReported: "nearly 1,400 suspects",
          scope: "besides the 79 arrested",
        },
        {
          metric: "countries",
          value: 27,
          source: "s1",
          correction: "misreading",
          note: "27 experts, not 27 countries",
        },
      ],
    });
    expect(data!.notes).toEqual({ method: "Figures as first reported." });
    expect(data!.coverage).toBe("selection");
    expect(data!.metrics).toEqual({
      arrests_in_de: { family: "arrests", label: "arrests in Germany", country: "DE" },
      registered_users: { kind: "stock" },
    });
  });

  it("readCsv(text, { dataset }) reads a sheet of events alone with sources kept elsewhere", () => {
    const { data, issues } = readCsv("id,kind,title,when,sources\nop1,operation,Op,2024,s1\n", {
      dataset: { title: "Elsewhere", sources },
    });
    expect(issues).toEqual([]);
    expect(data!.title).toBe("Elsewhere");
    expect(data!.sources).toHaveLength(1);
  });

  it("readCsv(text) keeps unknown columns in extra with a warning and a did-you-mean hint", () => {
    const { data, issues } = readCsv(
      "id,kind,title,when,sources,Media,contries\nop1,operation,Op,2024,s1,https://x.org/a.jpg,DE\n",
      {
        dataset: { title: "T", sources },
      },
    );
    expect(data!.events[0]!.extra).toEqual({ Media: "https://x.org/a.jpg", contries: "DE" });
    expect(issues.map((issue) => [issue.code, issue.severity, issue.column, issue.hint])).toEqual([
      [
        "unknown_column",
        "warning",
        "Media",
        'name it "extra.Media" to keep it without this warning',
      ],
      ["unknown_column", "warning", "contries", 'did you mean "countries"?'],
    ]);
  });

  it("readCsv(text) matches headers loosely and reads qualifier aliases", () => {
    const { data, issues } = readCsv(
      'ID,Kind,Title,Date,Date Label,Source,Figures\nop1,operation,Op,2024,"late 2024",s1,"arrests=over 5@s1; x=about 2.5@s1"\n',
      {
        dataset: { title: "T", sources },
      },
    );
    expect(issues).toEqual([]);
    expect(data!.events[0]).toMatchObject({ when: "2024", dateLabel: "late 2024" });
    expect(data!.events[0]!.figures.map((f) => [f.qualifier, f.value])).toEqual([
      ["more than", 5],
      ["approximately", 2.5],
    ]);
  });

  it("readCsv(text) reads actor ids with colons and defaults the role to participant", () => {
    const { data } = readCsv(
      "id,kind,title,when,sources,actors\nop1,operation,Op,2024,s1,country:de:lead; europol\n",
      {
        dataset: {
          title: "T",
          sources,
          actors: [
            { id: "country:de", name: "Germany", kind: "country" },
            { id: "europol", name: "Europol", kind: "intergovernmental" },
          ],
        },
      },
    );
    expect(data!.events[0]!.actors).toEqual([
      { actor: "country:de", role: "lead" },
      { actor: "europol", role: "participant" },
    ]);
  });

  it("readCsv(text) warns about a row shorter than the header and reads the rest as empty", () => {
    const { data, issues } = readCsv(
      "id,kind,title,when,sources,tags\nop1,operation,Op,2024,s1\n",
      { dataset: { title: "T", sources } },
    );
    expect(data).toBeDefined();
    expect(issues).toMatchObject([{ code: "missing_cells", severity: "warning", row: 2 }]);
  });

  it("readCsv(text) names a TimelineJS sheet as such", () => {
    const { issues } = readCsv("Year,Month,Day,Headline,Text\n2014,,,A,b\n");
    expect(issues.find((issue) => issue.code === "missing_column")).toMatchObject({
      code: "missing_column",
      hint: "this looks like a TimelineJS sheet: read it with readTimelineJs",
    });
  });

  it("readCsv(text) does not treat a figure's escaped @ as the source separator", () => {
    const { data, issues } = readCsv(
      'id,kind,title,when,sources,figures\nop1,operation,Op,2024,s1,"arrests=5@s1|note=mail me \\@ x\\=y\\|z\\; w"\n',
      {
        dataset: { title: "T", sources },
      },
    );
    expect(issues).toEqual([]);
    expect(data!.events[0]!.figures[0]!.note).toBe("mail me @ x=y|z; w");
  });

  it("readCsv(text) keeps control characters in cells as text, as readJson does", () => {
    const title = "Bell \u0007; escape \u001b[31mred\u001b[0m; NUL \u0000; DEL \u007f";
    const { data, issues } = readCsv(
      `id,kind,title,when,sources,extra.\u0001\nop1,operation,${title},2024,s1,\u000b\u0002x\n`,
      { dataset: { title: "T", sources } },
    );
    expect(issues).toEqual([]);
    expect(data!.events[0]!.title).toBe(title);
    expect(data!.events[0]!.extra).toEqual({ "\u0001": "\u000b\u0002x" });
  });

  it("readCsv(text) refuses a file starting with control characters as binary (not_csv)", () => {
    for (const text of [
      "\u0000\u0000id,kind",
      "PK\u0003\u0004id,kind,title",
      "id,kind,title,\u0007",
    ]) {
      const { data, issues } = readCsv(text);
      expect(data, JSON.stringify(text)).toBeUndefined();
      expect(issues.map((i) => i.code)).toEqual(["not_csv"]);
    }
    // Past the first 16 characters, the same character is cell text.
    const late = readCsv("id,kind,title,when,sources\nop1,operation,\u0007,2024,s1\n", {
      dataset: { title: "T", sources },
    });
    expect(late.issues).toEqual([]);
  });

  it("readCsv(text) keeps the text after extra. as written: spaces around a key are part of it", () => {
    const { data, issues } = readCsv(
      "id,kind,title,when,sources, extra. note ,extra.\u2028x\u2028, Media \nop1,operation,Op,2024,s1,a,b,c\n",
      { dataset: { title: "T", sources } },
    );
    expect(issues.map((i) => i.code)).toEqual(["unknown_column"]);
    // Unknown columns without the prefix are still named by their trimmed header.
    expect(data!.events[0]!.extra).toEqual({ " note ": "a", "\u2028x\u2028": "b", Media: "c" });
  });
});

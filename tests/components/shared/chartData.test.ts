import { describe, expect, it } from "vitest";
import { resolveDashboardOptions } from "../../../src/components/link/createDashboard";
import { resolveNetworkOptions } from "../../../src/components/network/options";
import { resolvePresentationOptions } from "../../../src/components/presentation/createPresentation";
import { mergeOptions } from "../../../src/components/shared/accessor";
import {
  emptyDataset,
  isReadResult,
  readChartData,
} from "../../../src/components/shared/chartData";
import { resolveTrendOptions } from "../../../src/components/trend/options";
import { readCsv } from "../../../src/io/readCsv";

describe("readChartData", () => {
  const dataset = emptyDataset();

  it("readChartData(dataset) draws it with no issues", () => {
    expect(isReadResult(dataset)).toBe(false);
    expect(readChartData(dataset)).toEqual({ dataset, issues: [] });
  });

  it("readChartData(result with errors) draws nothing and reports every issue", () => {
    const result = readCsv("id,kind,title,when,sources\nop1,raid,Test,2025-13-45,s1\n");
    expect(isReadResult(result)).toBe(true);
    const { dataset: drawn, issues } = readChartData(result);
    expect(drawn).toBeUndefined();
    expect(issues).toBe(result.issues);
    expect(issues.some((i) => i.severity === "error")).toBe(true);
  });

  it("readChartData(result with warnings only) draws the data", () => {
    const warning = { code: "w", severity: "warning" as const, path: [], message: "kept" };
    expect(readChartData({ data: dataset, issues: [warning] })).toEqual({ dataset, issues: [] });
  });

  it("readChartData({ data: undefined, issues: [] }) reports no_data rather than a blank chart", () => {
    const { dataset: drawn, issues } = readChartData({ data: undefined, issues: [] });
    expect(drawn).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(["no_data"]);
  });
});

describe("resolveXOptions", () => {
  it("mergeOptions(defaults, partial) drops undefined, so update({ x: undefined }) restores the default", () => {
    expect(mergeOptions({ a: 1, b: 2 }, { b: undefined })).toEqual({ a: 1, b: 2 });
    expect(mergeOptions({ a: 1, b: 2 }, { b: 3 })).toEqual({ a: 1, b: 3 });
  });

  it("every chart's resolveXOptions fills its defaults and keeps what is given", () => {
    expect(resolveNetworkOptions({ seed: undefined, height: 300 })).toMatchObject({
      seed: 1,
      height: 300,
    });
    expect(resolveTrendOptions({ period: "quarter", height: undefined })).toMatchObject({
      period: "quarter",
      height: 320,
      mode: "stacked",
    });
    expect(resolvePresentationOptions({ theme: "dark" })).toMatchObject({
      theme: "dark",
      stageHeight: 0,
      globalKeys: true,
      step: 0,
    });
    expect(resolveDashboardOptions({ network: { height: 200 } })).toMatchObject({
      timeline: { overview: true },
      network: { height: 200 },
      trend: { height: 300 },
      delay: 150,
    });
  });

  it("resolveXOptions(options) does not mutate its input", () => {
    const given = { height: undefined, seed: 7 };
    resolveNetworkOptions(given);
    expect(given).toEqual({ height: undefined, seed: 7 });
  });
});

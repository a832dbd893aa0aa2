import { describe, expect, it } from "vitest";
import { parseCss, selectorSpecificity } from "../../src/export/parseCss";

describe("parseCss", () => {
  it("parseCss(text) splits selector lists, drops comments and at-rule blocks", () => {
    const rules = parseCss(`/* x */ .a, .b > rect { fill: red; stroke: blue !important }
      @media (prefers-color-scheme: dark) { .a { fill: white } }
      @keyframes k { from { opacity: 0 } }
      .c { --jl-x: var(--y, 1px); }`);
    expect(rules.map((r) => r.selector)).toEqual([".a", ".b > rect", ".c"]);
    expect(rules[1]!.declarations).toEqual([
      { property: "fill", value: "red", important: false },
      { property: "stroke", value: "blue", important: true },
    ]);
    expect(rules[2]!.declarations[0]).toEqual({
      property: "--jl-x",
      value: "var(--y, 1px)",
      important: false,
    });
  });

  it("selectorSpecificity(selector) counts ids, classes/attributes/pseudo-classes and types", () => {
    expect(selectorSpecificity(".jl-root .jl-mark[data-kind]")).toEqual([0, 3, 0]);
    expect(selectorSpecificity("#a svg > g.b")).toEqual([1, 1, 2]);
    expect(selectorSpecificity(":where(.a) rect")).toEqual([0, 0, 1]);
  });
});

import { describe, expect, it } from "vitest";
import { resolveVariables } from "../../src/export/resolveVariables";

describe("resolveVariables", () => {
  it("resolveVariables(value, lookup) substitutes values, nested vars and fallbacks", () => {
    const vars: Record<string, string> = { "--a": "#111", "--b": "var(--a)" };
    const lookup = (name: string) => vars[name];
    expect(resolveVariables("var(--b)", lookup)).toBe("#111");
    expect(resolveVariables("var(--missing, var(--a))", lookup)).toBe("#111");
    expect(resolveVariables("1px solid var(--a)", lookup)).toBe("1px solid #111");
    expect(resolveVariables("var(--missing)", lookup)).toBeUndefined();
  });

  it("resolveVariables(value, lookup) gives up on a cycle instead of looping", () => {
    const vars: Record<string, string> = { "--a": "var(--b)", "--b": "var(--a)" };
    expect(resolveVariables("var(--a)", (n) => vars[n])).toBeUndefined();
  });
});

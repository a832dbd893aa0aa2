import { describe, expect, it } from "vitest";
import { isWhen } from "../../src/time/index.js";

describe("isWhen", () => {
  it("isWhen(text) accepts what parseWhen accepts", () => {
    expect(isWhen("2024-Q4")).toBe(true);
    expect(isWhen(" 2023/.. ")).toBe(true);
    expect(isWhen("2025-13-40")).toBe(false);
    expect(isWhen("")).toBe(false);
  });
});

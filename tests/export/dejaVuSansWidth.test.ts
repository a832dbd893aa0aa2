import { describe, expect, it } from "vitest";

describe("dejaVuSansWidth", () => {
  it("dejaVuSansWidth(text, size) scales with the size and knows narrow from wide letters", async () => {
    const { dejaVuSansWidth } = await import("../../src/export/dejaVuSansWidth");
    expect(dejaVuSansWidth("i", 10)).toBeLessThan(dejaVuSansWidth("W", 10));
    expect(dejaVuSansWidth("Europol", 24)).toBeCloseTo(2 * dejaVuSansWidth("Europol", 12), 6);
    // DejaVu Sans: a space is 0.318 em, digits 0.636 em.
    expect(dejaVuSansWidth(" 0", 1000)).toBe(318 + 636);
    // Outside the table (CJK), the shared estimate applies.
    expect(dejaVuSansWidth("中", 10)).toBeGreaterThan(0);
  });
});

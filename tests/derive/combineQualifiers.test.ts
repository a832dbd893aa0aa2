import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineQualifiers, isApproximate, isLowerBound } from "../../src/derive/combineQualifiers";
import { qualifiers } from "./helpers";

describe("combineQualifiers", () => {
  it("combineQualifiers(qualifiers) follows the documented lattice", () => {
    expect(combineQualifiers([])).toBe("exact");
    expect(combineQualifiers(["exact", "exact"])).toBe("exact");
    for (const q of qualifiers) {
      expect(combineQualifiers([q])).toBe(q);
      expect(combineQualifiers([q, "exact", q])).toBe(q);
    }
    expect(combineQualifiers(["nearly", "up to"])).toBe("up to");
    expect(combineQualifiers(["nearly", "approximately"])).toBe("approximately");
    expect(combineQualifiers(["up to", "approximately"])).toBe("approximately");
    expect(combineQualifiers(["more than", "at least"])).toBe("at least");
    expect(combineQualifiers(["more than", "nearly"])).toBe("at least");
    expect(combineQualifiers(["approximately", "at least", "exact"])).toBe("at least");
  });

  it("combineQualifiers(qualifiers) is a lower bound whenever any part is, and does not depend on order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...qualifiers)), (list) => {
        const combined = combineQualifiers(list);
        expect(isLowerBound(combined)).toBe(list.some(isLowerBound));
        expect(combineQualifiers([...list].reverse())).toBe(combined);
        if (!list.some(isLowerBound))
          expect(isApproximate(combined)).toBe(list.some(isApproximate));
        // Joining with its own result changes nothing (idempotent, associative).
        expect(combineQualifiers([...list, combined])).toBe(combined);
      }),
    );
  });
});

import type { Qualifier } from "../model";

/**
 * Whether a qualifier makes the number a lower bound ("at least", "more than").
 * @example isLowerBound("more than"); // true
 */
export function isLowerBound(qualifier: Qualifier): boolean {
  return qualifier === "at least" || qualifier === "more than";
}

/**
 * Whether a qualifier makes the number an estimate or an upper bound ("approximately",
 * "nearly", "up to") rather than a count or a floor.
 * @example isApproximate("nearly"); // true
 */
export function isApproximate(qualifier: Qualifier): boolean {
  return qualifier === "approximately" || qualifier === "nearly" || qualifier === "up to";
}

/**
 * The qualifier of a sum of numbers with these qualifiers: the join in this lattice, where a
 * higher level absorbs a lower one (docs/figures.md explains why):
 *
 * ```
 *   at least          ← any lower bound present, mixed with anything but "more than" alone
 *   more than         ← only "more than" lower bounds, otherwise exact
 *   approximately     ← estimates mixed ("approximately", or "nearly" with "up to" … )
 *   up to             ← only "up to" / "nearly" besides exact figures
 *   nearly            ← only "nearly" besides exact figures
 *   exact             ← every part exact (also the empty sum, which is exactly 0)
 * ```
 *
 * Lower bounds win over estimates because the first thing a reader must know about a total
 * is that it may undercount: "at least 1,425" when 25 of it is "at least" and 1,400 "nearly".
 * That total is then a lower bound up to the estimate's error; callers that care can also
 * check {@link isApproximate} on the parts.
 *
 * @example
 * combineQualifiers(["exact", "exact"]); // "exact"
 * combineQualifiers(["exact", "more than"]); // "more than"
 * combineQualifiers(["more than", "at least"]); // "at least"
 * combineQualifiers(["nearly", "exact"]); // "nearly"
 * combineQualifiers(["nearly", "up to"]); // "up to"
 * combineQualifiers(["approximately", "at least"]); // "at least"
 */
export function combineQualifiers(qualifiers: Iterable<Qualifier>): Qualifier {
  let lower = false;
  let onlyMoreThan = true;
  let estimate = false;
  let onlyNearly = true;
  let onlyBelow = true;
  for (const q of qualifiers) {
    if (isLowerBound(q)) {
      lower = true;
      if (q !== "more than") onlyMoreThan = false;
    } else if (isApproximate(q)) {
      estimate = true;
      if (q !== "nearly") onlyNearly = false;
      if (q === "approximately") onlyBelow = false;
    }
  }
  if (lower) return onlyMoreThan && !estimate ? "more than" : "at least";
  if (estimate) return onlyNearly ? "nearly" : onlyBelow ? "up to" : "approximately";
  return "exact";
}

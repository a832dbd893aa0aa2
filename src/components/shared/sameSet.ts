/**
 * Whether two sets hold the same members: a linked view tells every chart of every highlight,
 * and a chart redraws only when its own changes.
 * @example sameSet(new Set(["a", "b"]), new Set(["b", "a"])); // true
 */
export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const member of a) if (!b.has(member)) return false;
  return true;
}

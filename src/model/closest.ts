/**
 * Edit distance between two short strings where swapping two neighbours counts as one edit
 * (optimal string alignment), since "titel" for "title" is the commonest typo.
 */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate nearest to `text` when it is near enough to be a likely typo, else undefined.
 * @example closest("particpant", ["lead", "participant"]) // "participant"
 */
export function closest(text: string, candidates: Iterable<string>): string | undefined {
  const lower = text.toLowerCase().trim();
  const allowed = Math.max(1, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip candidates too far off before
    // the quadratic comparison, so a megabyte-long unknown header or key cannot hang a page.
    if (Math.abs(lower.length - candidate.length) > allowed) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

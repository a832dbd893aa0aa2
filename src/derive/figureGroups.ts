import type { DataEvent, Figure } from "../model";

// An event's figures as claims, counted and measured without building them (figureClaims.ts
// builds them, with qualifiers, conflicts and the chosen figure): what a timeline's first render
// needs, so the script-tag core carries this module and not that one.

/** Figures of one event that make one claim: the same metric and scope. */
export interface FigureGroup {
  metric: string;
  scope: string | undefined;
  figures: Figure[];
}

/**
 * An event's figures grouped by metric and scope (only `metric`'s when given): one claim per
 * group, in order of first appearance.
 */
export function figuresByMetric(event: DataEvent, metric?: string): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const figure of event.figures) {
    if (metric !== undefined && figure.metric !== metric) continue;
    const key = `${figure.metric}\u0000${figure.scope ?? ""}`;
    const group = groups.get(key);
    if (group) group.figures.push(figure);
    else groups.set(key, { metric: figure.metric, scope: figure.scope, figures: [figure] });
  }
  return [...groups.values()];
}

/**
 * The highest value of an event's first claim on `metric` (`figureClaims(event, metric)[0]?.high`)
 * without building the claim: what a timeline sizes its marks by (`sizeBy`). Built claims carry
 * qualifiers, conflicts and the chosen figure, code a plain timeline page never runs; this keeps
 * it out of the script-tag core.
 * @example highestClaimValue(event, "arrests"); // 79
 */
export function highestClaimValue(event: DataEvent, metric: string): number | undefined {
  for (const { figures } of figuresByMetric(event, metric)) {
    let high: number | undefined;
    for (const f of figures)
      if (f.correction === undefined && (high === undefined || f.value > high)) high = f.value;
    if (high !== undefined) return high;
  }
  return undefined;
}

/**
 * How many claims `figureClaims` would return for these events, and how many of them are
 * conflicts, without building them: a chart's summary counts them after the first paint, where
 * building 100,000 claims kept the page busy for ~50 ms.
 * @example countFigureClaims(dataset.events); // the default dataset: { claims: 115, conflicting: 11 }
 */
export function countFigureClaims(events: readonly DataEvent[]): {
  claims: number;
  conflicting: number;
} {
  let claims = 0;
  let conflicting = 0;
  for (const event of events) {
    // One figure is one claim that cannot disagree: no grouping needed (most events).
    if (event.figures.length <= 1) {
      claims += event.figures.length;
      continue;
    }
    for (const { figures: all } of figuresByMetric(event)) {
      const figures = all.filter((f) => f.correction === undefined);
      if (figures.length === 0) continue;
      claims++;
      if (figures.some((f) => f.value !== figures[0]!.value)) conflicting++;
    }
  }
  return { claims, conflicting };
}

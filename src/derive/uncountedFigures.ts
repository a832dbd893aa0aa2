import type { DataEvent, Metrics, ResolvedMetric } from "../model";
import { metricInfo } from "../model/metricInfo";
import { figureClaims } from "./figureClaims";
import { type Period, periodAt } from "./periodOf";
import { placeEvent } from "./placeEvent";
import type { Attribute, UncountedFigure } from "./totalsTypes";

/**
 * The metric names the events' figures use, each once, in order of first use.
 * @example metricNames(dataset.events); // ["arrests", "victims_identified", …]
 */
export function metricNames(events: readonly DataEvent[]): string[] {
  const names = new Set<string>();
  for (const event of events) for (const f of event.figures) names.add(f.metric);
  return [...names];
}

/**
 * The related figures of events that have no figure of `metric` itself: figures of metrics in
 * its family, and figures of `metric` with a scope.
 * @example uncountedFigures(dataset.events, "arrests", dataset.metrics, "year", "announced", undefined);
 */
export function uncountedFigures(
  events: readonly DataEvent[],
  metric: string,
  metrics: Metrics | undefined,
  period: Period,
  attribute: Attribute,
  now: number | undefined,
): UncountedFigure[] {
  const known = metricNames(events);
  const related = new Map<string, ResolvedMetric>();
  for (const name of known) {
    const info = metricInfo(name, metrics, known);
    if (info.family === metric) related.set(name, info);
  }
  const out: UncountedFigure[] = [];
  const extentOptions = now === undefined ? {} : { now };
  for (const event of events) {
    const own = event.figures.some(
      (f) => f.metric === metric && f.scope === undefined && f.correction === undefined,
    );
    if (own) continue;
    const claims = figureClaims(event).filter(
      (c) => related.has(c.metric) || (c.metric === metric && c.scope !== undefined),
    );
    if (claims.length === 0) continue;
    const placed = placeEvent(event, [], attribute, period, extentOptions);
    const name = periodAt(placed.index, period).period;
    for (const claim of claims) {
      const label = related.get(claim.metric)?.label ?? claim.metric.replaceAll("_", " ");
      out.push({
        event: event.id,
        period: name,
        metric: claim.metric,
        ...(claim.scope !== undefined ? { scope: claim.scope } : {}),
        label: claim.scope !== undefined ? `${label} (${claim.scope})` : label,
        value: claim.low,
        qualifier: claim.qualifier,
        sources: claim.sources,
      });
    }
  }
  return out;
}

// What one event adds to the totals: its value and qualifier (contributionOf), the facet values
// it counts under (facetValuesOf), and with `several: "parts"` its own country parts.
import type { DataEvent, Metrics, Qualifier, Source } from "../model";
import { metricInfo } from "../model/metricInfo";
import { isLowerBound } from "./combineQualifiers";
import { claimOf, type FigureClaim, type FigureClaimsOptions } from "./figureClaims";
import { allFacet, noFacet, severalFacet, type TotalsFacet } from "./totalsTypes";

/** One event's part of a total: its value, the qualifier and sources behind it. */
export interface Contribution {
  value: number;
  qualifier: Qualifier;
  sources: string[];
  /** The `asOf` dates of the figures behind the value. */
  asOf: string[];
}

/**
 * With `several: "parts"`, a multi-country event's figure split by its own country-level
 * figures (`arrests_gb`, or a metric declared with a `country`): each part to its country and
 * the rest to {@link severalFacet}. Undefined when the event has no such figure, or its parts
 * add up to more than its figure (the sources then do not allow a split).
 * @example countryParts(event, "arrests", whole, dataset.metrics, metricNames(events), {}, sourceById);
 */
export function countryParts(
  event: DataEvent,
  metric: string,
  whole: Contribution,
  metrics: Metrics | undefined,
  known: readonly string[],
  claimOptions: FigureClaimsOptions,
  sourceById: ReadonlyMap<string, Source>,
): (Omit<Contribution, "asOf"> & { facet: string })[] | undefined {
  const out: (Omit<Contribution, "asOf"> & { facet: string })[] = [];
  for (const name of new Set(event.figures.map((f) => f.metric))) {
    const info = metricInfo(name, metrics, known);
    if (info.family !== metric || !info.country || !event.countries.includes(info.country))
      continue;
    const claim = claimOf(event, name, claimOptions, sourceById);
    if (!claim || out.some((p) => p.facet === info.country)) continue;
    const part = contributionOf(claim, "low");
    out.push({
      facet: info.country,
      value: part.value,
      qualifier: part.qualifier,
      sources: part.sources,
    });
  }
  if (out.length === 0) return undefined;
  const sum = out.reduce((s, p) => s + p.value, 0);
  if (sum > whole.value) return undefined;
  const rest = whole.value - sum;
  if (rest > 0) {
    const partsExact = out.every((p) => p.qualifier === "exact");
    // The rest of a count minus counts is what the whole is; minus floors it is a ceiling.
    const qualifier: Qualifier = partsExact
      ? whole.qualifier
      : whole.qualifier === "exact" && out.every((p) => isLowerBound(p.qualifier))
        ? "up to"
        : "approximately";
    out.push({ facet: severalFacet, value: rest, qualifier, sources: whole.sources });
  }
  return out;
}

/**
 * The value an event contributes, from its claim: the low end, the high end or the preferred figure.
 * @example contributionOf(claimOf(event, "arrests")!, "low").value;
 */
export function contributionOf(
  claim: FigureClaim,
  claimChoice: "low" | "high" | "preferred",
): Contribution {
  const sourcesAt = (value: number) =>
    claim.figures.filter((f) => f.value === value).map((f) => f.source);
  const asOfAt = (value: number) =>
    claim.figures.flatMap((f) => (f.value === value && f.asOf ? [f.asOf] : []));
  if (claimChoice === "preferred" && claim.chosen) {
    const { chosen } = claim;
    return {
      value: chosen.value,
      qualifier: chosen.qualifier,
      sources: [chosen.source],
      asOf: chosen.asOf ? [chosen.asOf] : [],
    };
  }
  if (claimChoice === "high") {
    // The highest of disagreeing reports is a ceiling ("up to") unless its own source gave it
    // as a floor.
    const qualifier =
      claim.isConflict && !isLowerBound(claim.highQualifier) ? "up to" : claim.highQualifier;
    return {
      value: claim.high,
      qualifier,
      sources: sourcesAt(claim.high),
      asOf: asOfAt(claim.high),
    };
  }
  return {
    value: claim.low,
    qualifier: claim.qualifier,
    sources: sourcesAt(claim.low),
    asOf: asOfAt(claim.low),
  };
}

/**
 * The facet values an event counts under: its kind, lead actors, countries or tags, or "(none)".
 * @example facetValuesOf(event, "country"); // ["GB", "US"]
 */
export function facetValuesOf(event: DataEvent, facet: TotalsFacet): string[] {
  let values: string[];
  switch (facet) {
    case "none":
      return [allFacet];
    case "kind":
      return [event.kind];
    case "leadActor":
      values = event.actors.filter((a) => a.role === "lead").map((a) => a.actor);
      break;
    case "country":
      values = event.countries;
      break;
    case "tag":
      values = event.tags;
      break;
  }
  const unique = [...new Set(values)];
  return unique.length > 0 ? unique : [noFacet];
}

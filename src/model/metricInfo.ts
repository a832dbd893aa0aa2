import { countryCodes } from "./countryCodes";
import type { MetricInfo, MetricKind, Metrics } from "./metric";
import { readableMetric } from "./readableMetric";

export { readableMetric } from "./readableMetric";

// What a metric is, read from a dataset's declarations or from its name: plain functions without
// zod (the schemas are in metric.ts; model/index.ts exports both), so that the charts and the
// script-tag core use them without carrying the schemas.

/** What {@link metricInfo} gives: every field resolved. */
export interface ResolvedMetric {
  name: string;
  kind: MetricKind;
  family?: string;
  label: string;
  country?: string;
}

const overlappingNames =
  /^(countries|cities|states|us_states|police_agencies|agencies|participants|experts|signatories|members_states)(_|$)|(^|_)(countries|cities|agencies|states)(_|$)|_signed$/;
const stockNames =
  /(^|_)(users|members|subscribers|registered_users|site_users|forum_members|site_subscribers)$|^cumulative_|_since_\d{4}$/;
const measureNames =
  /(_pct|_percent|_years?|_days?|_days_before|_years_after|_required.*)$|^(share|sentence|preservation_period|ratifications_required)_|^ratifications_required/;

/**
 * The kind of a metric from its name alone, for datasets that do not declare it: names about
 * countries, cities, agencies, participants, experts or signatories are `overlapping`; users,
 * members, subscribers and `cumulative_…`/`…_since_2014` are `stock`; percentages, years, days
 * and thresholds are `measure`; everything else is a `count`.
 * @example defaultMetricKind("countries"); // "overlapping"
 * @example defaultMetricKind("registered_users"); // "stock"
 * @example defaultMetricKind("arrests"); // "count"
 */
export function defaultMetricKind(metric: string): MetricKind {
  if (measureNames.test(metric)) return "measure";
  if (stockNames.test(metric)) return "stock";
  if (overlappingNames.test(metric)) return "overlapping";
  return "count";
}

/**
 * A metric's kind, family, label and country: what the dataset declares (`metrics`), else the
 * defaults from its name. `known` lists the other metric names to find a family among (the
 * dataset's, say); the declared families are always candidates.
 * @example metricInfo("arrests_or_charged", { arrests_or_charged: { family: "arrests" } }).family; // "arrests"
 * @example metricInfo("arrests_in_spain", undefined, ["arrests"]).family; // "arrests"
 */
export function metricInfo(
  metric: string,
  metrics?: Readonly<Metrics>,
  known: Iterable<string> = [],
  locale = "en",
): ResolvedMetric {
  const declared = metrics && Object.hasOwn(metrics, metric) ? metrics[metric] : undefined;
  const family = declared?.family ?? defaultFamily(metric, known);
  const country = declared?.country ?? (family ? defaultCountry(metric, family) : undefined);
  return {
    name: metric,
    kind: declared?.kind ?? defaultMetricKind(metric),
    ...(family && family !== metric ? { family } : {}),
    label: localLabel(declared?.label, locale) ?? readableMetric(metric),
    ...(country ? { country } : {}),
  };
}

/** A declared label in a locale: the tag, its language, English, else the first given. */
function localLabel(label: MetricInfo["label"], locale: string): string | undefined {
  if (label === undefined || typeof label === "string") return label;
  const tag = locale.replace(/_/g, "-");
  const language = tag.split("-")[0] ?? tag;
  const byLower = new Map(Object.entries(label).map(([k, v]) => [k.toLowerCase(), v]));
  return (
    byLower.get(tag.toLowerCase()) ??
    byLower.get(language.toLowerCase()) ??
    byLower.get("en") ??
    Object.values(label)[0]
  );
}

/** Whether figures of this metric may be added up over events (its kind is `count`). */
export function isSummable(metric: string, metrics?: Readonly<Metrics>): boolean {
  return metricInfo(metric, metrics).kind === "count";
}

function defaultFamily(metric: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const other of known) {
    if (other !== metric && metric.startsWith(`${other}_`) && (!best || other.length > best.length))
      best = other;
  }
  return best;
}

function defaultCountry(metric: string, family: string): string | undefined {
  const rest = metric.slice(family.length + 1);
  if (!/^[a-z]{2}$/.test(rest)) return undefined;
  const code = rest.toUpperCase();
  return countryCodes.has(code) ? code : undefined;
}

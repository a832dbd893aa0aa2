import * as z from "zod/mini";
import { CountryCode } from "./countryCode";

/** The form of a metric's name; `fromZodIssues` recognises the schema's error by it. */
export const metricNamePattern = /^[a-z][a-z0-9_]*$/;

/** A metric's name: snake_case, such as `arrests` or `suspects_identified`. */
export const MetricName = z.string().check(
  // The data author's wording of the error is `fromZodIssues`'s, in the reader's language.
  z.regex(metricNamePattern),
);

/**
 * What kind of number a metric is, which says whether it may be added up over events:
 *
 * - `count`: people or things counted once per event (arrests, suspects identified, sites taken
 *   down). Totals over events add up, as far as the events do not overlap.
 * - `overlapping`: a count that does not add up over events, because two events may count the
 *   same members (countries involved, participating agencies, experts): 17 countries in one
 *   operation and 12 in another are not 29 countries.
 * - `stock`: a snapshot of a size at one time (registered users, forum members, cumulative totals
 *   since a year): two snapshots do not add up.
 * - `measure`: not a count at all (a sentence in years, a share in percent, a threshold).
 *
 * Only `count` metrics are summed by `totalsByPeriod` and the trend; the others are shown per event.
 * @example MetricKind.parse("overlapping")
 */
export const MetricKind = z.enum(["count", "overlapping", "stock", "measure"]);
export type MetricKind = z.infer<typeof MetricKind>;

/**
 * What a dataset declares about one metric, in its `metrics` map; every field is optional and
 * has a default read from the metric's name (see {@link metricInfo}).
 * @example MetricInfo.parse({ kind: "count", family: "arrests", label: "arrests or convictions" })
 */
export const MetricInfo = z.strictObject({
  /** Whether it adds up over events; default from the name (see {@link defaultMetricKind}). */
  kind: z.optional(MetricKind),
  /**
   * The metric this one is a variant or a part of (`arrests_or_convictions` → `arrests`): a
   * chart that totals `arrests` names the figures of this metric it did not count. Default: the
   * longest other metric name this one begins with followed by `_` (`arrests_in_spain` → `arrests`).
   */
  family: z.optional(MetricName),
  /**
   * A reader's wording, e.g. "arrests or convictions", or one per locale (`{ en: "arrests in the
   * UK", fr: "arrestations au Royaume-Uni" }`: the reader's locale, else its language, else
   * `en`); default a readable form of the name (see {@link readableMetric}).
   */
  label: z.optional(
    z.union([
      z.string().check(z.minLength(1)),
      z.record(z.string(), z.string().check(z.minLength(1))),
    ]),
  ),
  /**
   * The one country a figure of this metric counts in (`arrests_gb` → GB): a trend stacked by
   * country uses it to place part of a multi-country operation's figure. Default: the last two
   * letters of a name `<family>_<cc>` when they are an ISO code, else none.
   */
  country: z.optional(CountryCode),
});
export type MetricInfo = z.infer<typeof MetricInfo>;

/**
 * A dataset's declarations about its metrics, keyed by metric name.
 * @example Metrics.parse({ arrests_or_charged: { family: "arrests" }, countries: { kind: "overlapping" } })
 */
export const Metrics = z.record(MetricName, MetricInfo);
export type Metrics = z.infer<typeof Metrics>;

import * as z from "zod/mini";
import { EdtfDate } from "./edtfDate";
import { Id } from "./id";
import { metricNamePattern } from "./metric";

/**
 * How a reported number was worded by its source. "at least", "more than" and "nearly" are kept
 * because a total that includes one of them is itself only a bound.
 */
export const Qualifier = z.enum([
  "exact",
  "approximately",
  "nearly",
  "at least",
  "more than",
  "up to",
]);
export type Qualifier = z.infer<typeof Qualifier>;

/** Metrics with a conventional name; any other snake_case metric is allowed too. */
export const knownMetrics = [
  "arrests",
  "suspects_identified",
  "victims_identified",
  "victims_safeguarded",
  "countries",
  "sites_taken_down",
  "charged",
  "convictions",
] as const;

/**
 * One number reported by one source about one event ("nearly 1,400 suspects identified").
 * Two sources that disagree give two figures with the same metric: both are kept, never summed.
 * @example Figure.parse({ metric: "arrests", value: 184, source: "s02" })
 */
export const Figure = z.strictObject({
  metric: z.string().check(z.regex(metricNamePattern), z.meta({ examples: [...knownMetrics] })),
  value: z.number().check(z.nonnegative()),
  qualifier: z._default(Qualifier, "exact"),
  /** The one source that reported this number. */
  source: Id,
  /** The date the number was true on, when the source gives one. */
  asOf: z.optional(EdtfDate),
  /** The source's own wording, e.g. "nearly 1,400 suspects". */
  asReported: z.optional(z.string()),
  /** Unit when the value is not a count, e.g. "percent", "years". */
  unit: z.optional(z.string()),
  /**
   * What this figure counts when it is narrower or other than the metric's plain meaning, in the
   * source's terms, e.g. "besides the 79 arrested". Figures of one metric with different scopes
   * are separate claims (never a conflict), and only figures without a scope are totalled.
   */
  scope: z.optional(z.string().check(z.minLength(1))),
  /**
   * Set when this figure is known not to be a claim of its own: "misreading" (the data misread
   * its source, e.g. 27 experts read as 27 countries) or "rounding" (a headline rounding of a
   * figure the same report gives exactly). It is kept for the record, with `note` saying why,
   * and never drawn, totalled or compared.
   */
  correction: z.optional(z.enum(["misreading", "rounding"])),
  note: z.optional(z.string()),
});
export type Figure = z.infer<typeof Figure>;

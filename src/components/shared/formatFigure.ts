import { formatCount } from "../../derive/formatCount";
import { t } from "../../i18n/catalog";
import { isMessageKey, type MessageKey } from "../../i18n/messages";
import type { Figure, Qualifier } from "../../model";
import { readableMetric } from "../../model/readableMetric";

/**
 * The words of a qualifier in a locale (`nearly` → "près de"), from the message catalogue;
 * English where a locale has no wording. Exact figures have no word.
 *
 * @example
 * qualifierText("at least", "de"); // "mindestens"
 */
export function qualifierText(qualifier: Qualifier, locale = "en"): string {
  // Unvalidated data (a chart given a raw object) may have no qualifier: no word, as before.
  if (typeof qualifier !== "string" || qualifier === "exact") return "";
  return t(locale, `qualifier.${qualifier.replace(" ", "_") as "at_least"}`);
}

/**
 * A metric's name for people: `suspects_identified` → "suspects identified". With a `count` of
 * exactly 1 its first word, when a regular English plural, is made singular ("1 site taken
 * down", not "1 sites taken down"); metric names are English identifiers.
 *
 * @example
 * metricLabel("victims_safeguarded"); // "victims safeguarded"
 * metricLabel("sites_taken_down", 1); // "site taken down"
 */
export function metricLabel(metric: string, count?: number, locale = "en"): string {
  // The catalogue names the common metrics in every language; English keeps the rule below.
  if (!locale.startsWith("en") && isMessageKey(`metric.${metric}`))
    return t(locale, `metric.${metric}` as MessageKey, { n: count ?? 2 });
  const label = readableMetric(metric);
  return count === 1 ? label.replace(/^[a-z]+/i, singular) : label;
}

/** A regular English plural made singular (countries → country, searches → search, sites → site); other words as they are. */
function singular(word: string): string {
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|ss|x)es$/i.test(word)) return word.slice(0, -2);
  if (/[^su]s$/i.test(word) && !/(is|us|ss)$/i.test(word)) return word.slice(0, -1);
  return word;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the reader's locale, never rounded: 1393 → "1,393" (en), "1 393" (fr).
 *
 * @example
 * formatNumber(1393, "de"); // "1.393"
 */
export function formatNumber(value: number, locale = "en"): string {
  // English whole numbers without ICU, as the summary writes them (formatCount): a page's first
  // Intl.NumberFormat costs 15–30 ms.
  if (
    (locale === "en" || locale === "en-US") &&
    Number.isSafeInteger(value) &&
    !Object.is(value, -0)
  )
    return formatCount(value);
  let format = numberFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    } catch {
      return String(value);
    }
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * One figure as a claim a reader can check: qualifier, number (never rounded), unit and metric,
 * e.g. "nearly 1,400 suspects identified".
 *
 * @example
 * formatFigure({ metric: "suspects_identified", value: 1400, qualifier: "nearly", source: "s1" });
 * // "nearly 1,400 suspects identified"
 */
export function formatFigure(
  figure: Pick<Figure, "metric" | "value" | "qualifier" | "unit">,
  locale = "en",
): string {
  const words = qualifierText(figure.qualifier, locale);
  const number = formatNumber(figure.value, locale);
  const unit = figure.unit ? ` ${figure.unit}` : "";
  return `${words ? `${words} ` : ""}${number}${unit} ${metricLabel(figure.metric, figure.value, locale)}`;
}

import { formatCalendar } from "./formatCalendar.js";
import { resolveTimeWords, type TimeWords } from "./timeWords.js";
import type { Bound, DatePart, When } from "./types.js";

/** Options for {@link formatWhen}. */
export interface FormatWhenOptions {
  /**
   * A BCP 47 locale tag: `en` (British style), `en-US`, `fr`, `de`, `es`, `ar` or `he`, or a
   * regional variant of one; others fall back to `en`. Default: `"en"`.
   *
   * @example
   * formatWhen(when, { locale: "fr" });
   */
  locale?: string;
  /**
   * Abbreviated (`"short"`, "Apr 2025") or full (`"long"`, "April 2025") month names.
   * Default: `"short"`.
   *
   * @example
   * formatWhen(when, { style: "long" });
   */
  style?: "long" | "short";
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function yearText(year: number, words: TimeWords): string {
  return year > 0 ? String(year) : `${1 - year} ${words.era}`;
}

function eraSuffix(year: number, words: TimeWords): string {
  return year > 0 ? "" : ` ${words.era}`;
}

function formatDatePart(part: DatePart, words: TimeWords, long: boolean): string {
  const { year } = part;
  const marks: string[] = [];
  let text: string;
  switch (part.precision) {
    case "day":
      text =
        formatCalendar(long ? words.dayLong : words.dayShort, words, {
          year,
          month: part.month ?? 1,
          day: part.day ?? 1,
        }) + eraSuffix(year, words);
      break;
    case "month":
      text =
        formatCalendar(long ? words.monthLong : words.monthShort, words, {
          year,
          month: part.month ?? 1,
          day: 1,
        }) + eraSuffix(year, words);
      break;
    case "season": {
      const season = part.season ?? "spring";
      // Winter runs from December into the next year, so name both years.
      const y =
        season === "winter"
          ? year > 0 && Math.floor(year / 100) === Math.floor((year + 1) / 100)
            ? `${year}–${String(year + 1).slice(-2)}`
            : `${yearText(year, words)}–${yearText(year + 1, words)}`
          : yearText(year, words);
      text = fill(words.season, { season: words.seasons[season], year: y });
      break;
    }
    case "quarter": {
      const q = part.quarter ?? 1;
      if (part.approximate) {
        const template = q === 1 ? words.early : q === 4 ? words.late : words.mid;
        text = fill(template, { year: yearText(year, words) });
        if (part.uncertain) marks.push(words.uncertain);
        return marks.length ? `${text} (${marks.join(", ")})` : text;
      }
      text = fill(words.quarter, { q: String(q), year: yearText(year, words) });
      break;
    }
    case "year":
      text = yearText(year, words);
      break;
    case "decade":
      text = fill(words.decade, { year: String(year) });
      break;
    case "century":
      text = words.century(Math.floor(year / 100) + 1);
      break;
  }
  if (part.approximate) marks.push(words.approximate);
  if (part.uncertain) marks.push(words.uncertain);
  return marks.length ? `${text} (${marks.join(", ")})` : text;
}

function formatBound(bound: Bound, words: TimeWords, long: boolean): string {
  if ("open" in bound) return words.ongoing;
  if ("unknown" in bound) return words.unknown;
  return formatDatePart(bound, words, long);
}

/**
 * Writes a {@link When} for people, as precise as it is known and in their language: a span's
 * sides are joined by a spaced en dash, approximate quarters read as early/mid/late, and
 * calendar dates never shift with the time zone.
 *
 * @example
 * formatWhen(parseWhen("2025-04-02").value); // "2 Apr 2025"
 * formatWhen(parseWhen("2024-Q4~").value); // "late 2024"
 * formatWhen(parseWhen("2023/..").value, { locale: "de" }); // "2023 – laufend"
 */
export function formatWhen(when: When, options: FormatWhenOptions = {}): string {
  const words = resolveTimeWords(options.locale);
  const long = options.style === "long";
  if (when.type === "date") return formatDatePart(when.date, words, long);
  if ("open" in when.start && "precision" in when.end)
    return fill(words.until, { end: formatDatePart(when.end, words, long) });
  return `${formatBound(when.start, words, long)} – ${formatBound(when.end, words, long)}`;
}

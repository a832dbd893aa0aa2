import { handWords } from "./handWords.js";
import { roman } from "./roman.js";
import type { Season } from "./types.js";

/**
 * The words and date patterns {@link formatWhen} uses for one locale; `{year}`, `{q}`,
 * `{season}` and `{end}` are replaced.
 *
 * Month and era names are tables (the same strings as date-fns' locales), not
 * `Intl.DateTimeFormat`: ICU versions disagree ("Sep." / "Sept." in German, eras), and the SVG
 * rendered in Node must match the browser's. The tables cost about 0.7 KB gzip in the embed,
 * date-fns' locales cost 7 KB.
 *
 * @example
 * timeWords.fr.ongoing; // "en cours"
 */
export interface TimeWords {
  /** Month names, January first: abbreviated and wide, as used in a date ("MMM", "MMMM"). */
  months: { short: readonly string[]; long: readonly string[] };
  /** Abbreviated month names standing alone ("LLL"), where they differ from `months.short`. */
  monthsAlone?: readonly string[];
  /** Full month names standing alone ("LLLL"), where they differ from `months.long` (Russian "январь", not "января"). */
  monthsAloneLong?: readonly string[];
  /** The abbreviated name of the era before year 1 ("BC"). */
  era: string;
  /**
   * Patterns for a day and a month, short and long style: `d`/`dd` day, `M`/`MM` month number,
   * `MMM`/`MMMM` month in a date, `LLL`/`LLLL` month alone, `y` year, text in single quotes kept
   * as is.
   */
  dayShort: string;
  dayLong: string;
  monthShort: string;
  monthLong: string;
  approximate: string;
  uncertain: string;
  ongoing: string;
  unknown: string;
  /** A span with an open start, e.g. "until {end}". */
  until: string;
  seasons: Record<Season, string>;
  season: string;
  quarter: string;
  /** Approximate quarters read as early (Q1), mid (Q2, Q3) and late (Q4). */
  early: string;
  mid: string;
  late: string;
  decade: string;
  century: (n: number) => string;
}

/** Twelve comma-separated names as a list (shorter in the bundle than twelve literals). */
const list = (names: string): readonly string[] => names.split(",");

const englishOrdinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
};

const enMonths = {
  short: list("Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec"),
  long: list(
    "January,February,March,April,May,June,July,August,September,October,November,December",
  ),
};

const en: TimeWords = {
  months: enMonths,
  era: "BC",
  dayShort: "d MMM y",
  dayLong: "d MMMM y",
  monthShort: "LLL y",
  monthLong: "LLLL y",
  approximate: "approx.",
  uncertain: "uncertain",
  ongoing: "ongoing",
  unknown: "unknown",
  until: "until {end}",
  seasons: { spring: "spring", summer: "summer", autumn: "autumn", winter: "winter" },
  season: "{season} {year}",
  quarter: "Q{q} {year}",
  early: "early {year}",
  mid: "mid {year}",
  late: "late {year}",
  decade: "{year}s",
  century: (n) => `${englishOrdinal(n)} century`,
};

/**
 * The dictionary of {@link TimeWords} by supported locale: `en` (British style, the default),
 * `en-US`, `fr`, `de`, `es`, `ar` and `he`.
 *
 * @example
 * timeWords.de.seasons.autumn; // "Herbst"
 */
export const timeWords: Record<"en" | "en-US" | "fr" | "de" | "es" | "ar" | "he", TimeWords> = {
  en,
  "en-US": {
    ...en,
    dayShort: "MMM d, y",
    dayLong: "MMMM d, y",
    seasons: { ...en.seasons, autumn: "fall" },
  },
  ...handWords,
};

/**
 * A century's name from a message of the catalogue: `{n}` the number, `{n, roman}` in Roman
 * numerals ("{n, roman} secolo" → "XXI secolo"), and English ordinals for the English message.
 * Generated locale modules build their `century` with it.
 *
 * @example
 * centuryWords("{n}. Jahrhundert")(21); // "21. Jahrhundert"
 */
export function centuryWords(template: string): (n: number) => string {
  if (template.includes("selectordinal")) return en.century;
  return (n) =>
    template.replace(/\{n(?:,\s*(roman))?\}/g, (_, kind?: string) => (kind ? roman(n) : String(n)));
}

/** Date words added by locale modules (`registerTimeWords`), by lower-case tag. */
const registered = new Map<string, TimeWords>();

/**
 * Makes a locale's date words available to {@link resolveTimeWords} (and so to every chart),
 * as `registerLocale` does with a generated locale module (`src/time/locales/<tag>.ts`).
 *
 * @example
 * import it from "jointline/time/locales/it"; registerTimeWords("it", it);
 */
export function registerTimeWords(locale: string, words: TimeWords): void {
  registered.set(locale.replace(/_/g, "-").toLowerCase(), words);
}

/**
 * The {@link TimeWords} for a BCP 47 locale tag: an exact match, else its language, else `en`.
 * The six built-in locales come first, so their output never depends on what was registered;
 * other locales need their module registered (`registerLocale` or `loadLocale`).
 *
 * @example
 * resolveTimeWords("fr-CA") === timeWords.fr; // true
 * resolveTimeWords("ja") === timeWords.en; // true, until the Japanese module is registered
 */
export function resolveTimeWords(locale = "en"): TimeWords {
  const tag = String(locale).replace(/_/g, "-").toLowerCase();
  if (tag === "en-us") return timeWords["en-US"];
  const language = tag.split("-")[0] ?? "";
  // A registered regional or private tag (the pseudo-locale en-XA) before its language's.
  const exact = registered.get(tag);
  if (exact && tag !== language) return exact;
  if (Object.hasOwn(timeWords, language)) return timeWords[language as keyof typeof timeWords];
  // Chinese in Taiwan and Hong Kong reads the traditional script.
  const steps = [tag, ...(tag === "zh-hk" || tag.startsWith("zh-hant") ? ["zh-tw"] : []), language];
  for (const step of steps) {
    const words = registered.get(step);
    if (words) return words;
  }
  // A language registered only with a region (zh-CN, pt-BR): its first region.
  for (const [key, words] of registered) if (key.split("-")[0] === language) return words;
  return timeWords.en;
}

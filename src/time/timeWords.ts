import type { Locale } from "date-fns";
import { ar, de, enGB, enUS, es, fr, he } from "date-fns/locale";
import type { Season } from "./types.js";

/**
 * The words and date-fns patterns {@link formatWhen} uses for one locale; `{year}`, `{q}`,
 * `{season}` and `{end}` are replaced.
 *
 * @example
 * timeWords.fr.ongoing; // "en cours"
 */
export interface TimeWords {
  /** The date-fns locale for month names and day patterns. */
  locale: Locale;
  /** date-fns patterns for a day and a month, short and long style. */
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

const roman = (n: number): string => {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out || String(n);
};

const englishOrdinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
};

const en: TimeWords = {
  locale: enGB,
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
    locale: enUS,
    dayShort: "MMM d, y",
    dayLong: "MMMM d, y",
    seasons: { ...en.seasons, autumn: "fall" },
  },
  fr: {
    locale: fr,
    dayShort: "d MMM y",
    dayLong: "d MMMM y",
    monthShort: "LLL y",
    monthLong: "LLLL y",
    approximate: "env.",
    uncertain: "incertain",
    ongoing: "en cours",
    unknown: "inconnu",
    until: "jusqu’à {end}",
    seasons: { spring: "printemps", summer: "été", autumn: "automne", winter: "hiver" },
    season: "{season} {year}",
    quarter: "T{q} {year}",
    early: "début {year}",
    mid: "mi-{year}",
    late: "fin {year}",
    decade: "années {year}",
    century: (n) => `${roman(n)}e siècle`,
  },
  de: {
    locale: de,
    dayShort: "d. MMM y",
    dayLong: "d. MMMM y",
    monthShort: "LLL y",
    monthLong: "LLLL y",
    approximate: "ca.",
    uncertain: "unsicher",
    ongoing: "laufend",
    unknown: "unbekannt",
    until: "bis {end}",
    seasons: { spring: "Frühling", summer: "Sommer", autumn: "Herbst", winter: "Winter" },
    season: "{season} {year}",
    quarter: "Q{q} {year}",
    early: "Anfang {year}",
    mid: "Mitte {year}",
    late: "Ende {year}",
    decade: "{year}er",
    century: (n) => `${n}. Jahrhundert`,
  },
  es: {
    locale: es,
    dayShort: "d MMM y",
    dayLong: "d 'de' MMMM 'de' y",
    monthShort: "LLL y",
    monthLong: "LLLL 'de' y",
    approximate: "aprox.",
    uncertain: "incierto",
    ongoing: "en curso",
    unknown: "desconocido",
    until: "hasta {end}",
    seasons: { spring: "primavera", summer: "verano", autumn: "otoño", winter: "invierno" },
    season: "{season} de {year}",
    quarter: "T{q} {year}",
    early: "principios de {year}",
    mid: "mediados de {year}",
    late: "finales de {year}",
    decade: "años {year}",
    century: (n) => `siglo ${roman(n)}`,
  },
  ar: {
    locale: ar,
    dayShort: "d MMM y",
    dayLong: "d MMMM y",
    monthShort: "LLL y",
    monthLong: "LLLL y",
    approximate: "تقريبًا",
    uncertain: "غير مؤكد",
    ongoing: "مستمر",
    unknown: "غير معروف",
    until: "حتى {end}",
    seasons: { spring: "ربيع", summer: "صيف", autumn: "خريف", winter: "شتاء" },
    season: "{season} {year}",
    quarter: "الربع {q} {year}",
    early: "أوائل {year}",
    mid: "منتصف {year}",
    late: "أواخر {year}",
    decade: "عقد {year}",
    century: (n) => `القرن ${n}`,
  },
  he: {
    locale: he,
    dayShort: "d בMMM y",
    dayLong: "d בMMMM y",
    monthShort: "LLL y",
    monthLong: "LLLL y",
    approximate: "בקירוב",
    uncertain: "לא ודאי",
    ongoing: "מתמשך",
    unknown: "לא ידוע",
    until: "עד {end}",
    seasons: { spring: "אביב", summer: "קיץ", autumn: "סתיו", winter: "חורף" },
    season: "{season} {year}",
    quarter: "רבעון {q} {year}",
    early: "תחילת {year}",
    mid: "אמצע {year}",
    late: "סוף {year}",
    decade: "שנות ה-{year}",
    century: (n) => `המאה ה-${n}`,
  },
};

/**
 * The {@link TimeWords} for a BCP 47 locale tag: an exact match, else its language, else `en`.
 *
 * @example
 * resolveTimeWords("fr-CA") === timeWords.fr; // true
 * resolveTimeWords("ja") === timeWords.en; // true
 */
export function resolveTimeWords(locale = "en"): TimeWords {
  const tag = String(locale).replace(/_/g, "-").toLowerCase();
  if (tag === "en-us") return timeWords["en-US"];
  const language = tag.split("-")[0] ?? "";
  return Object.hasOwn(timeWords, language)
    ? timeWords[language as keyof typeof timeWords]
    : timeWords.en;
}

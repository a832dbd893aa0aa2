import { resolveTimeWords } from "./timeWords.js";

/**
 * A calendar year as a reader writes it: astronomical years up to 0 in the era before year 1
 * (0 is "1 BC", -43 is "44 BC", as `formatWhen` writes them), later years as they are.
 * @example formatYear(2024); // "2024"
 * @example formatYear(-43); // "44 BC"
 * @example formatYear(-43, "fr"); // "44 av. J.-C"
 */
export function formatYear(year: number, locale = "en"): string {
  return year > 0 ? String(year) : `${1 - year} ${resolveTimeWords(locale).era}`;
}

/**
 * A period name of `totalsByPeriod` ("2011", "2011-Q2", "2011-04", astronomical "-0043") as a
 * reader writes it: unchanged from year 1 on, with the era before year 1 ("44 BC", "Q2 44 BC",
 * "04 44 BC"). Anything else is returned as it is.
 * @example formatPeriod("-0043-Q2"); // "Q2 44 BC"
 */
export function formatPeriod(period: string, locale = "en"): string {
  const match = /^(-?\d{4,})(?:-(Q[1-4]|\d{2}))?$/.exec(period);
  if (!match) return period;
  const year = Number(match[1]);
  if (year > 0) return period;
  return match[2] ? `${match[2]} ${formatYear(year, locale)}` : formatYear(year, locale);
}

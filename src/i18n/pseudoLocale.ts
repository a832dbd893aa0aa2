import { registerTimeWords, timeWords } from "../time/timeWords.js";
import { deriveMessages, registerMessages } from "./catalog.js";
import { en, type MessageKey, type Messages } from "./messages.js";

const accents: Record<string, string> = {
  a: "á",
  c: "ç",
  e: "é",
  i: "í",
  n: "ñ",
  o: "ö",
  u: "ü",
  y: "ý",
  A: "Å",
  C: "Ç",
  E: "É",
  I: "Î",
  N: "Ñ",
  O: "Ö",
  U: "Ü",
  Y: "Ý",
};

/**
 * A text as the pseudo-locale writes it: letters accented, about 40 % longer, in brackets
 * ("Show table" → "[Šhöw táblé ·········]"), so that text cut off, overlapping or left in
 * English shows up in development. `{placeholders}` and ICU syntax are kept.
 *
 * @example
 * pseudoText("Reset"); // "[Rését ··]"
 */
export function pseudoText(text: string): string {
  let out = "";
  let depth = 0;
  let letters = 0;
  for (const c of text) {
    if (c === "{") depth++;
    if (depth === 0 && /[A-Za-z]/.test(c)) letters++;
    // Inside a placeholder only the words of a plural's branches change ("{n, plural, one {#…}}").
    out += depth === 0 || (depth > 1 && c !== "#") ? (accents[c] ?? c) : c;
    if (c === "}") depth--;
  }
  const pad = "·".repeat(Math.max(1, Math.round(Math.max(letters, text.length / 2) * 0.4)));
  return `[${out} ${pad}]`;
}

/** The tag of the pseudo-locale (the one Android and Chromium use for accented English). */
export const pseudoLocaleTag = "en-XA";

/**
 * Registers the pseudo-locale `en-XA`: every message and date word through {@link pseudoText}.
 * For stories and tests, never shipped to readers.
 *
 * @example
 * registerPseudoLocale();
 * createTimeline(element, data, { locale: "en-XA" });
 */
export function registerPseudoLocale(): void {
  const messages: Messages = {};
  for (const key of Object.keys(en) as MessageKey[]) messages[key] = pseudoText(en[key]);
  registerMessages(pseudoLocaleTag, messages);
  // Areas defined later (a part loaded after this call) are accented too.
  deriveMessages(pseudoLocaleTag, pseudoText);
  const words = timeWords.en;
  const months = (names: readonly string[]) => names.map((name) => pseudoText(name));
  registerTimeWords(pseudoLocaleTag, {
    ...words,
    months: { short: months(words.months.short), long: months(words.months.long) },
    approximate: pseudoText(words.approximate),
    uncertain: pseudoText(words.uncertain),
    ongoing: pseudoText(words.ongoing),
    unknown: pseudoText(words.unknown),
    until: pseudoText(words.until),
    seasons: {
      spring: pseudoText(words.seasons.spring),
      summer: pseudoText(words.seasons.summer),
      autumn: pseudoText(words.seasons.autumn),
      winter: pseudoText(words.seasons.winter),
    },
    season: pseudoText(words.season),
    quarter: pseudoText(words.quarter),
    early: pseudoText(words.early),
    mid: pseudoText(words.mid),
    late: pseudoText(words.late),
  });
}

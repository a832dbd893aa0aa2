/**
 * The English source of every message a reader sees, keyed by where it is used. Other locales
 * translate these keys in `src/i18n/locales/<tag>.json`; a key a locale lacks falls back to the
 * text here (see {@link fallbackReport}). Syntax: `{name}` placeholders and ICU plurals
 * (`{n, plural, one {# event} other {# events}}`), see {@link formatMessage}.
 *
 * Keep a message short: it is drawn in a chart, and a translation is often 40 % longer.
 *
 * @example
 * en["time.ongoing"]; // "ongoing"
 */
export const en = {
  // Date words (src/time): generated into each locale's date-word module by
  // scripts/generateLocales.ts.
  "time.approximate": "approx.",
  "time.uncertain": "uncertain",
  "time.ongoing": "ongoing",
  "time.unknown": "unknown",
  "time.until": "until {end}",
  "time.spring": "spring",
  "time.summer": "summer",
  "time.autumn": "autumn",
  "time.winter": "winter",
  "time.season": "{season} {year}",
  "time.quarter": "Q{q} {year}",
  "time.early": "early {year}",
  "time.mid": "mid {year}",
  "time.late": "late {year}",
  "time.decade": "{year}s",
  "time.century": "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} century",
} as const;

/** A message's key, such as `"time.ongoing"`. */
export type MessageKey = keyof typeof en;

/** A locale's messages: any subset of the keys (the rest fall back to English). */
export type Messages = Partial<Record<MessageKey, string>>;

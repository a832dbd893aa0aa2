/**
 * The locales whose interface is translated whole (`src/i18n/locales/<tag>.json` holds every
 * key of the English catalogue; a test checks it). Every other shipped locale has its date
 * words and, where its JSON gives them, the date-word messages; the rest of its interface falls
 * back to English per string, reported by `fallbackReport`.
 */
export const translatedLocales: readonly string[] = [
  "en",
  "fr",
  "de",
  "es",
  "it",
  "pt",
  "nl",
  "pl",
  "ar",
  "he",
  "ja",
  "zh-CN",
  "ru",
  "uk",
  "tr",
];

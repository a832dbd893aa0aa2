import { registerEnglish, translate } from "./catalog.js";
import type { MessageParams } from "./formatMessage.js";

/** The `t` of one area: its keys only, typed, with the area's English as the fallback. */
export type AreaTranslate<M> = (
  locale: string | undefined,
  key: keyof M & string,
  params?: MessageParams,
) => string;

/**
 * Declares the English messages of one area of the library (the CSV reader, the CLI, the
 * validation report…) and returns the `t` that reads them. An area's words live beside the code
 * that shows them, so a part of the script-tag embed carries its own English and the core only
 * the core's; translations are `src/i18n/locales/<area>/<tag>.json`, merged into each locale's
 * part by `scripts/generateLocales.ts`. Keys start with the area's name (`csv.…`).
 *
 * @example
 * const tCsv = defineMessages({ "csv.emptyFile": "The file is empty." });
 * tCsv("fr", "csv.emptyFile"); // "Le fichier est vide." once French is loaded
 */
export function defineMessages<const M extends Readonly<Record<string, string>>>(
  english: M,
): AreaTranslate<M> {
  registerEnglish(english);
  return (locale, key, params) => translate(locale, key, english[key] as string, params);
}

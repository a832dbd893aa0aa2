import { registerTimeWords, type TimeWords } from "../time/timeWords.js";
import { registerMessages } from "./catalog.js";

/**
 * One locale's part: its date words (generated from date-fns, `src/time/locales/<tag>.ts`) and
 * its interface messages (`src/i18n/locales/<tag>.json` and each area's
 * `src/i18n/locales/<area>/<tag>.json`, any subset of the English keys). The
 * default export of `src/i18n/locales/<tag>.ts`.
 */
export interface LocalePart {
  /** The BCP 47 tag, e.g. `"pt-BR"`. */
  tag: string;
  words?: TimeWords;
  /** Any subset of the keys of the core and of every area (`defineMessages`). */
  messages: Readonly<Record<string, string>>;
}

/**
 * Makes a locale part available to every chart: its messages to {@link t} and its date words
 * to `formatWhen`. For ESM users who bundle the locales they ship.
 *
 * @example
 * import it from "jointline/locales/it";
 * registerLocale(it);
 * createTimeline(element, data, { locale: "it" });
 */
export function registerLocale(part: LocalePart): void {
  registerMessages(part.tag, part.messages);
  if (part.words) registerTimeWords(part.tag, part.words);
}

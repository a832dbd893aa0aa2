import { t } from "../../../i18n/catalog";

/**
 * Every word the chart chrome prints (headline block, source line, footer, legends in exports),
 * in one place. Functions take the numbers and names they put into a sentence.
 */
export interface ChromeMessages {
  /** Before one source's name. */
  source: string;
  /** Before several sources' names. */
  sources: string;
  /** After the names listed, when more sources were used. */
  andMore: (count: string) => string;
  /** The word between the last two names of a list. */
  and: string;
  /** The link to the data file. */
  getTheData: string;
  /** Before the content note. */
  contentNote: string;
  /** Before the chart notes. */
  notes: string;
  /** The accessible name of the chrome's header and footer. */
  chartHeader: string;
  chartFooter: string;
}

/**
 * The chrome's words in a locale, from the message catalogue (English for a locale that is not
 * loaded).
 * @example chromeMessagesIn("fr").getTheData // "Télécharger les données"
 */
export function chromeMessagesIn(locale?: string): ChromeMessages {
  return {
    source: t(locale, "chrome.source"),
    sources: t(locale, "chart.sources"),
    andMore: (count: string) => t(locale, "chrome.andMore", { count }),
    and: t(locale, "chrome.and"),
    getTheData: t(locale, "chrome.getTheData"),
    contentNote: t(locale, "chart.contentNote"),
    notes: t(locale, "chrome.notes"),
    chartHeader: t(locale, "chrome.header"),
    chartFooter: t(locale, "chrome.footer"),
  };
}

/**
 * The chrome's English words.
 * @example chromeMessages.andMore("12") // "and 12 more"
 */
export const chromeMessages: ChromeMessages = chromeMessagesIn("en");

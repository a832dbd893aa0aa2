import type { Dataset, Source } from "../../../model";
import { isHttpUrl } from "../../../model/isHttpUrl";
import type { ChromeOptions, ChromeSetting } from "./chromeOptions";
import { maybeChrome } from "./chromeOptions";
import { type ChromeMessages, chromeMessagesIn } from "./messages";
import { formatSourceLine, publishersOf } from "./sourceLine";

/** The chrome's texts, resolved: a piece that is off or has no text is absent. */
export interface ChromeContent {
  headline?: string;
  dek?: string;
  contentNote?: string;
  notes?: string;
  sourceLine?: string;
  byline?: string;
  /** An http(s) URL of the data, for "Get the data". */
  dataUrl?: string;
  /** Whether the legend is drawn. */
  legend: boolean;
  /** The locale of the chrome's own words ("Sources", "Get the data"); default English. */
  locale?: string;
}

function pick(option: string | false | undefined, fallback: string | undefined) {
  const text = option === false ? undefined : (option ?? fallback);
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The chrome's texts for `dataset` under `setting`: each piece from the options, else from the
 * dataset (`title`, `description`, `contentNote`, `chartNotes`, `byline`); the source line written
 * from `shownSources` (the sources of what the chart shows, see `sourcesOf`).
 *
 * @example resolveChrome(dataset, { byline: "Data desk" }, sourcesOf(dataset, dataset.events))
 */
export function resolveChrome(
  dataset: Dataset,
  setting: ChromeSetting | undefined,
  shownSources: readonly Source[],
  options: { locale?: string; messages?: ChromeMessages } = {},
): ChromeContent {
  const chrome: ChromeOptions | false = maybeChrome(setting);
  if (chrome === false) return { legend: false };
  const content: ChromeContent = { legend: chrome.legend ?? true };
  if (options.locale) content.locale = options.locale;
  const set = (
    key: Exclude<keyof ChromeContent, "legend" | "locale">,
    value: string | undefined,
  ) => {
    if (value !== undefined) content[key] = value;
  };
  set("headline", pick(chrome.headline, dataset.title));
  set("dek", pick(chrome.dek, dataset.description));
  set("contentNote", pick(chrome.contentNote, dataset.contentNote));
  set("notes", pick(chrome.notes, dataset.chartNotes));
  set("byline", pick(chrome.byline, dataset.byline));
  set(
    "sourceLine",
    pick(
      chrome.sourceLine,
      chrome.sourceLine === undefined
        ? formatSourceLine(publishersOf(shownSources), {
            ...(chrome.maxSources !== undefined ? { max: chrome.maxSources } : {}),
            ...(options.locale ? { locale: options.locale } : {}),
            messages: options.messages ?? chromeMessagesIn(options.locale),
          })
        : undefined,
    ),
  );
  if (typeof chrome.dataUrl === "string" && isHttpUrl(chrome.dataUrl))
    content.dataUrl = chrome.dataUrl;
  return content;
}

import { formatMessage, type MessageParams } from "./formatMessage.js";
import { en, type MessageKey, type Messages } from "./messages.js";

const catalogs = new Map<string, Messages>([["en", en]]);
/** Per locale, the keys that were asked for and fell back to English. */
const fellBack = new Map<string, Set<MessageKey>>();
const warned = new Set<string>();

/** `fr-CA` → `fr-ca`, `en_GB` → `en-gb`: how the catalogue keys its locales. */
const keyOf = (locale: string) => locale.replace(/_/g, "-").toLowerCase();

/**
 * Adds (or extends) a locale's messages, as the module of a locale does when it is imported or
 * loaded (see `loadLocale`). Later calls add to and override earlier ones.
 *
 * @example
 * registerMessages("it", { "time.ongoing": "in corso" });
 */
export function registerMessages(locale: string, messages: Messages): void {
  const key = keyOf(locale);
  catalogs.set(key, { ...catalogs.get(key), ...messages });
}

/** Whether messages for the locale (or its language) are registered. */
export function hasMessages(locale: string): boolean {
  const key = keyOf(locale);
  return catalogs.has(key) || catalogs.has(key.split("-")[0] ?? "");
}

/**
 * The catalogues a locale reads, most specific first: `pt-BR` → `pt-br`, `pt`, then English.
 * A script subtag stays with its region (`zh-Hant-TW` → `zh-hant-tw`, `zh-hant`, `zh`).
 */
function chain(locale: string): string[] {
  const parts = keyOf(locale).split("-");
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(parts.slice(0, n).join("-"));
  // Chinese in traditional script is written for Taiwan and Hong Kong.
  if (out[0] === "zh-tw" || out[0] === "zh-hk") out.splice(1, 0, "zh-hant");
  return out;
}

/**
 * The text of a message in a locale, its placeholders filled: the locale's own wording, else
 * its language's (`fr-CA` → `fr`), else English — never a blank. A key that falls back to
 * English is recorded for {@link fallbackReport}, and the first fallback of a locale warns once
 * in the console.
 *
 * @example
 * t("fr", "time.ongoing"); // "en cours" (once the French messages are registered)
 * t("en", "time.quarter", { q: 4, year: "2024" }); // "Q4 2024"
 */
export function t(locale: string | undefined, key: MessageKey, params?: MessageParams): string {
  const tag = locale ?? "en";
  for (const step of chain(tag)) {
    const text = catalogs.get(step)?.[key];
    if (text !== undefined) return params ? formatMessage(text, params, tag) : text;
  }
  const language = chain(tag).at(-1);
  if (language !== "en") noteFallback(tag, key);
  const text = en[key] as string;
  return params ? formatMessage(text, params, tag) : text;
}

function noteFallback(locale: string, key: MessageKey): void {
  const tag = keyOf(locale);
  const keys = fellBack.get(tag) ?? new Set<MessageKey>();
  fellBack.set(tag, keys);
  keys.add(key);
  if (!warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `jointline: no "${locale}" wording for some text, shown in English (first: ${key}); fallbackReport("${locale}") lists them.`,
    );
  }
}

/**
 * Which messages a locale showed in English because it has no wording for them, in the order
 * they were first asked for: what a translator of that locale should add.
 *
 * @example
 * createTimeline(element, data, { locale: "sw" });
 * fallbackReport("sw"); // ["timeline.showTable", "time.ongoing", …]
 */
export function fallbackReport(locale: string): MessageKey[] {
  return [...(fellBack.get(keyOf(locale)) ?? [])];
}

/**
 * The keys of the English catalogue a locale's registered messages do not translate (whether
 * or not they were shown yet).
 *
 * @example
 * missingMessages("it"); // []
 */
export function missingMessages(locale: string): MessageKey[] {
  const steps = chain(locale).filter((step) => step !== "en");
  return (Object.keys(en) as MessageKey[]).filter(
    (key) => !steps.some((step) => catalogs.get(step)?.[key] !== undefined),
  );
}

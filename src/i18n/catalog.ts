import { formatMessage, type MessageParams } from "./formatMessage.js";
import { en, type MessageKey } from "./messages.js";

/** Any locale's messages, the core's and every area's (see `defineMessages`), by key. */
type Wording = Readonly<Record<string, string | undefined>>;

const catalogs = new Map<string, Wording>([["en", en]]);
/** The English of every key known so far: the core's and each area's once it is defined. */
const english: Record<string, string> = { ...en };
/** Locales whose wording is made from the English (the pseudo-locale), for keys they lack. */
const derived = new Map<string, (text: string) => string>();
/** Per locale, the keys that were asked for and fell back to English. */
const fellBack = new Map<string, Set<string>>();
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
export function registerMessages(locale: string, messages: Wording): void {
  const key = keyOf(locale);
  catalogs.set(key, { ...catalogs.get(key), ...messages });
}

/** Whether messages were registered for exactly this locale (`pt-BR`, not only its `pt`). */
export function hasOwnMessages(locale: string): boolean {
  return catalogs.has(keyOf(locale));
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
  return translate(locale, key, en[key], params);
}

/**
 * {@link t} for any key, given its English: what an area's own `t` (see `defineMessages`) and
 * the core's share.
 */
export function translate(
  locale: string | undefined,
  key: string,
  englishText: string,
  params?: MessageParams,
): string {
  const tag = locale ?? "en";
  const steps = chain(tag);
  const format = (text: string) => (params ? formatMessage(text, params, tag) : text);
  for (const step of steps) {
    const text = catalogs.get(step)?.[key];
    if (text !== undefined) return format(text);
  }
  const derive = derived.get(steps[0] ?? "");
  if (derive) return format(derive(englishText));
  if (steps.at(-1) !== "en") noteFallback(tag, key);
  return format(englishText);
}

/**
 * Adds an area's English to the whole catalogue, so that {@link missingMessages} and derived
 * locales know its keys. Called by `defineMessages`.
 */
export function registerEnglish(messages: Readonly<Record<string, string>>): void {
  Object.assign(english, messages);
}

/**
 * Makes a locale's wording from the English for every key it does not translate itself: how the
 * pseudo-locale covers every area, loaded or not.
 */
export function deriveMessages(locale: string, fromEnglish: (text: string) => string): void {
  derived.set(keyOf(locale), fromEnglish);
}

/** The English of every key known so far (the core's and each defined area's). */
export function englishCatalogue(): Readonly<Record<string, string>> {
  return english;
}

function noteFallback(locale: string, key: string): void {
  const tag = keyOf(locale);
  const keys = fellBack.get(tag) ?? new Set<string>();
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
export function fallbackReport(locale: string): string[] {
  return [...(fellBack.get(keyOf(locale)) ?? [])];
}

/**
 * The keys of the English catalogue (the core's and every area defined so far) a locale's
 * registered messages do not translate (whether or not they were shown yet).
 *
 * @example
 * missingMessages("it"); // []
 */
export function missingMessages(locale: string): string[] {
  const steps = chain(locale).filter((step) => step !== "en");
  return Object.keys(english).filter(
    (key) => !steps.some((step) => catalogs.get(step)?.[key] !== undefined),
  );
}

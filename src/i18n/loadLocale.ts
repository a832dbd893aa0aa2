import { hasOwnMessages } from "./catalog.js";
import { importLocale } from "./importLocale.js";
import { type LocalePart, registerLocale } from "./registerLocale.js";

/** Loads one locale's part by its tag (`"pt-BR"`); resolves to undefined when there is none. */
export type LocaleLoader = (tag: string) => Promise<LocalePart | undefined>;

import { shippedLocales } from "./shippedLocales.js";

let loader: LocaleLoader = importLocale;
const loading = new Map<string, Promise<string>>();

/**
 * Replaces how {@link loadLocale} fetches a locale's part: the embed's part loader sets one
 * that reads its manifest; a test or an application with its own bundles may set another.
 * Pass `undefined` to restore the default (a dynamic import).
 *
 * @example
 * setLocaleLoader(async (tag) => (await fetch(`/i18n/${tag}.json`)).json());
 */
export function setLocaleLoader(next: LocaleLoader | undefined): void {
  loader = next ?? importLocale;
  loading.clear();
}

/**
 * The shipped locale closest to a tag: the tag itself, else with its region dropped, else a
 * shipped region of its language (`zh` → `zh-CN`, `zh-Hant` → `zh-TW`); undefined for English
 * and for languages without a part.
 *
 * @example
 * closestShippedLocale("fr-CA"); // "fr"
 * closestShippedLocale("pt-PT"); // "pt"
 */
export function closestShippedLocale(locale: string): string | undefined {
  const tag = locale.replace(/_/g, "-").toLowerCase();
  const byLower = new Map(shippedLocales.map((s) => [s.toLowerCase(), s]));
  const language = tag.split("-")[0] ?? "";
  if (language === "en") return undefined;
  if (/^zh-(hant|tw|hk|mo)/.test(tag)) return "zh-TW";
  return (
    byLower.get(tag) ??
    byLower.get(language) ??
    shippedLocales.find((s) => s.toLowerCase().startsWith(`${language}-`))
  );
}

/**
 * Loads and registers the part of a locale (its date words and interface messages) unless it
 * is registered already, and resolves to the tag loaded (undefined when none was needed or
 * none exists). Never rejects: a locale that fails to load leaves the charts in English, with
 * a console warning.
 *
 * @example
 * await loadLocale("it");
 * createTimeline(element, data, { locale: "it" });
 */
export function loadLocale(locale: string): Promise<string | undefined> {
  const tag = closestShippedLocale(locale);
  // A regional part (`pt-BR`) holds only what differs from its language's (`pt`): the words it
  // does not have come from the language's part, loaded beside it.
  const language = tag?.split("-")[0];
  if (tag && language && language !== tag && shippedLocales.includes(language))
    return Promise.all([loadPart(language), loadPart(tag)]).then(() => tag);
  return tag ? loadPart(tag) : Promise.resolve(tag);
}

/** Loads and registers one shipped part, once. */
function loadPart(tag: string): Promise<string> {
  if (hasOwnMessages(tag)) return Promise.resolve(tag);
  let pending = loading.get(tag);
  if (!pending) {
    pending = loader(tag).then(
      (part) => {
        if (part) registerLocale(part);
        return tag;
      },
      (error: unknown) => {
        console.warn(`jointline: the "${tag}" locale did not load; showing English.`, error);
        loading.delete(tag);
        return tag;
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

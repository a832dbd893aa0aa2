/**
 * The locale a chart shows: `"auto"` (or nothing) is the host page's `<html lang>`, then the
 * browser's languages, then English; any other tag is returned as written (`normalizeLocale`
 * checks it).
 *
 * @example
 * resolveLocale("auto"); // "fr-FR" on a page with <html lang="fr-FR">
 * resolveLocale("de"); // "de"
 */
export function resolveLocale(locale: string | undefined, doc?: Document): string {
  if (locale && locale !== "auto") return locale;
  const page = (doc ?? (typeof document === "undefined" ? undefined : document))?.documentElement
    ?.lang;
  if (page) return page;
  if (typeof navigator !== "undefined") {
    const first = navigator.languages?.[0] ?? navigator.language;
    if (first) return first;
  }
  return "en";
}

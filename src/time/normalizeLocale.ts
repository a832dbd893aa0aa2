/** Locales already warned about, so a chart redrawn on every resize warns once. */
const warned = new Set<string>();

/**
 * A locale as `Intl` accepts it: the tag with `_` written `-` (`en_GB` → `en-GB`, as POSIX and
 * Java write it), in canonical case; English (`fallback`) with one console warning for anything
 * that is not a BCP 47 language tag, so a mistyped attribute leaves a chart in English rather
 * than blank (`Intl.NumberFormat("fr_FR")` throws a RangeError). Every component resolves its
 * `locale` option with it.
 * @example normalizeLocale("en_GB"); // "en-GB"
 * @example normalizeLocale("nonsense!"); // "en", with a console warning
 */
export function normalizeLocale(locale: string | undefined, fallback = "en"): string {
  if (locale === undefined) return fallback;
  const tag = locale.trim().replace(/_/g, "-");
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // Reported below.
  }
  if (!warned.has(locale)) {
    warned.add(locale);
    console.warn(
      `jointline: the locale "${locale}" is not a language tag such as "en", "en-GB" or "fr-FR"; using "${fallback}".`,
    );
  }
  return fallback;
}

/**
 * `options` with its `locale` resolved by {@link normalizeLocale}, when it has one; the same
 * object otherwise. For components' option resolution.
 * @example withLocale({ locale: "fr_FR", height: 300 }); // { locale: "fr-FR", height: 300 }
 */
export function withLocale<T extends { locale?: string | undefined }>(options: T): T {
  return options.locale === undefined
    ? options
    : { ...options, locale: normalizeLocale(options.locale) };
}

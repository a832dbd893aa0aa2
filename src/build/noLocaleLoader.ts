/**
 * The script-tag build's stand-in for src/i18n/importLocale.ts (aliased in vite.config.ts): a
 * classic script cannot split one chunk per locale, and a dynamic import here would inline all
 * of them into the core. The core sets its own loader instead (`setLocaleLoader(loadLocaleScript)`
 * in src/entries/iife.ts), which loads `jointline.locale-<tag>.js` from beside the script; this
 * default is never called there.
 */
export async function importLocale(_tag: string): Promise<undefined> {
  return undefined;
}

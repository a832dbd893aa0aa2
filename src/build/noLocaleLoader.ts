/**
 * The script-tag build's stand-in for src/i18n/importLocale.ts (aliased in vite.config.ts): a
 * classic script cannot split one chunk per locale, and a dynamic import here would inline all
 * of them into the core. The embed wires its part loader with `setLocaleLoader`; until then a
 * locale other than English resolves to nothing and the charts stay in English.
 */
export async function importLocale(_tag: string): Promise<undefined> {
  return undefined;
}

import type { LocalePart } from "./registerLocale.js";

/**
 * The ESM build's locale loader: a dynamic import of `./locales/<tag>.ts`, which a bundler
 * splits into one chunk per locale, so a page downloads only the locales it shows. The
 * script-tag build aliases this module to `src/build/noLocaleLoader.ts` (vite.config.ts): a
 * classic script cannot split chunks, and the embed sets its own loader (`setLocaleLoader`).
 *
 * @example
 * const part = await importLocale("it");
 */
export async function importLocale(tag: string): Promise<LocalePart | undefined> {
  return ((await import(`./locales/${tag}.ts`)) as { default: LocalePart }).default;
}

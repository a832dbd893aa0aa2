// The entry of each locale's part in the script-tag build (jointline.locale-<tag>.js): the build
// (scripts/scriptParts.ts) makes one classic script per shipped locale from this file, reading
// the import below as that locale's module (src/i18n/locales/<tag>.ts). It registers the
// locale's date words and messages with the core's catalogue when it runs; the core's locale
// loader (loadLocaleScript) waits for it. The ESM build imports the locale modules instead.
import part from "../i18n/locales/fr";
import { registerLocale } from "../i18n/registerLocale";

registerLocale(part);

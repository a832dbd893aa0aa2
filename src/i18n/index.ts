export {
  englishCatalogue,
  fallbackReport,
  hasMessages,
  missingMessages,
  registerMessages,
  t,
} from "./catalog.js";
export { type AreaTranslate, defineMessages } from "./defineMessages.js";
export { formatMessage, type MessageParams } from "./formatMessage.js";
export {
  closestShippedLocale,
  type LocaleLoader,
  loadLocale,
  setLocaleLoader,
} from "./loadLocale.js";
export { en as englishMessages, type MessageKey, type Messages } from "./messages.js";
export { type LocalePart, registerLocale } from "./registerLocale.js";
export { resolveLocale } from "./resolveLocale.js";
export { shippedLocales } from "./shippedLocales.js";
export { translatedLocales } from "./translatedLocales.js";

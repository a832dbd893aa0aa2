import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of an attribute an element cannot use (`width="wide"`, `theme="neon"`), listed
 * above its chart as ignored. Shown only when an attribute is wrong, so the script-tag build
 * carries them in the `problems` part (src/views/attributeWords.ts), not in its core.
 * Translations: `src/i18n/locales/<tag>.json`, with the core's (the build routes each key to
 * the bundle that defines its English).
 * @example tAttribute("en", "attribute.notStep", { value: "-1" });
 */
export const tAttribute = defineMessages({
  "attribute.notOnOff": 'chrome="{value}" is not on or off',
  "attribute.badDate": '{name}="{value}": {problem}',
  "attribute.notPixels": '{name}="{value}" is not a positive number of pixels',
  "attribute.notOneOf": '{name}="{value}" is not one of {allowed}',
  "attribute.startAfterEnd": 'start="{start}" is not before end="{end}"',
  "attribute.optionsNotObject": "options must be a JSON object",
  "attribute.optionsNotJson": "options is not valid JSON: {problem}",
  "attribute.notStep": 'step="{value}" is not a whole number from 0',
});

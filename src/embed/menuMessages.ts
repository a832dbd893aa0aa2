import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of the actions of an element's "Share / export" menu (its summary's are the core's
 * `embed.menu`), which the script-tag build shows with the `export` part, loaded when a reader
 * first opens the menu: they travel with it, not with the core. Translations:
 * `src/i18n/locales/<tag>.json`, with the core's (the build routes each key to the bundle that
 * defines its English).
 * @example tMenu("fr", "embed.downloadSvg");
 */
export const tMenu = defineMessages({
  "embed.downloadSvg": "Download SVG",
  "embed.downloadPng": "Download PNG",
  "embed.downloadPng2x": "Download PNG (2×, print)",
  "embed.downloadSlides": "Download PNG for slides (1920×1080)",
  "embed.code": "Get embed code",
  "embed.present": "Present (fullscreen, one event at a time)",
});

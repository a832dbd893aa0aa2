import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of the embed-code dialog, which only the `embed-code` part shows (the export
 * menu's are the core's `embed.*`).
 * @example tEmbedCode("fr", "embedCode.chart") // "Graphique"
 */
export const tEmbedCode = defineMessages({
  "embedCode.needsUrl":
    "Embed code needs the data at a URL: set the src attribute to a published JSON or CSV file.",
  "embedCode.needsHttp":
    "Embed code needs this page and its data published at an http(s) address (not a file on this computer).",
  "embedCode.chart": "Chart",
  "embed.paste": "Paste this into your page:",
  "embed.copy": "Copy",
  "embed.copied": "Copied",
  "embed.pressCopy": "Press Ctrl+C to copy",
});

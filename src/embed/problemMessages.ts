import { defineMessages } from "../i18n/defineMessages";

/**
 * The words an element shows only when something went wrong: data that is missing, cut short,
 * at an address that is not one, or that did not load, and a chart that could not be drawn.
 * The `problems` part of the script-tag build carries them, fetched when an element has such a
 * problem to show (src/embed/problemWords.ts); a valid page never downloads them. What must show
 * when no further file can be fetched — a part that did not load (`part.*`, `embed.part*`) —
 * stays in the core's catalogue (src/i18n/messages.ts). Translations: `src/i18n/locales/<tag>.json`,
 * with the core's (the build routes each key to the bundle that defines its English).
 * @example tProblem("fr", "embed.noData"); // "Le graphique n’a pas de données." once loaded
 */
export const tProblem = defineMessages({
  "embed.noData": "The chart has no data.",
  "embed.noDataExpected": 'a src="data.json" attribute or a <script type="application/json"> child',
  "embed.noDataFound": "neither",
  "embed.noDataHint":
    'add src="your-data.json", or put the data inside <script type="application/json">…</script> with every < written \\u003c (so that a "</script>" in the data cannot end the element): `npx jointline inline page.html` writes it so from a file',
  "embed.truncated":
    'The inline data ends early, after {n, plural, one {# character} other {# characters}}: the data most likely holds "</script>", which ends a <script> element in HTML, and the rest of the data became part of the page.',
  "embed.truncatedExpected": 'JSON in which every "<" is written \\u003c',
  "embed.truncatedHint":
    "write every < in the data as \\u003c (JSON reads it back as <), or let `npx jointline inline page.html` fill the block from a file, which does that for you",
  "embed.invalidUrl": "“{src}” is not a URL.",
  "embed.invalidUrlExpected": "a URL such as data/operations.json",
  "embed.loadFailed": "Could not load {src}: {reason}.",
  "embed.httpFailed": "Could not load {src}: the server answered {status} {statusText}.",
  "embed.reachableFile": "a reachable file",
  "embed.fromFileHint":
    'a page opened from file:// cannot fetch files: put the data inside the element in <script type="application/json">…</script>, or serve the folder over http',
  "embed.corsHint": "check the address, and that the server allows this page to read it (CORS)",
  "embed.notFoundHint": "check the file name and its folder",
  "embed.retryHint": "try again later",
  "embed.renderFailed": "The chart could not be drawn: {reason}",
  "embed.renderHint":
    "check the element's attributes (locale, width, start/end); if they look right, please report this with the data",
});

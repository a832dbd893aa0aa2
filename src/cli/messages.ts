import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of the `jointline` command's own output (its usage, report lines and mistakes), which
 * no page ever loads. `--locale` chooses their language as the chart's.
 * @example tCli("fr", "cli.noSuchFile") // "fichier introuvable"
 */
export const tCli = defineMessages({
  "cli.usage": `Usage:
  jointline validate <file> [<file>…]
      Checks JSON, CSV or TimelineJS files; prints every problem with where it is
      (JSON path, or CSV row and column), what was expected and a hint.
      Exit code 1 when any file has errors.
  jointline inline <page.html> [<page.html>…]
      Fills each <script type="application/json" data-from="data.json"> of the pages
      with that file's data (validated first), so the pages work offline and from file://.
  jointline render <file> --out <chart.svg|chart.png> [options]
      Draws a chart without a browser.
      --view timeline|network|trend   which chart (default timeline)
      --width <px>                    default 960
      --height <px>                   default: the chart's own height
      --theme light|dark|high-contrast|slide   default light
      --locale <tag>                  e.g. en, fr, de, es, ar (default en)
      --scale <n>                     PNG pixel ratio (default 1; 2 for retina)
      The image carries the chart's chrome: headline, dek, content note and legend above,
      notes, source line and byline below, from the dataset unless given here:
      --headline <text>  --dek <text>  --notes <text>  --byline <text>  --source-line <text>
      --data-url <url>                printed as "Get the data: <url>" (http/https only)
      --no-<piece>                    leave one piece out: --no-dek, --no-headline,
                                      --no-content-note, --no-legend, --no-notes,
                                      --no-source-line, --no-byline
      --no-chrome                     the chart alone
  Every command:
      --max-bytes <n>                 refuse files longer than n characters (default {maxBytes},
                                      i.e. {mb} MB; Infinity for no limit)
`,
  "cli.valid": "{file}: valid",
  "cli.errors": "{n, plural, one {# error} other {# errors}}",
  "cli.warnings": "{n, plural, one {# warning} other {# warnings}}",
  "cli.validSummary":
    "{file}: valid {format} — {events, plural, one {# event} other {# events}}, {actors, plural, one {# actor} other {# actors}}, {sources, plural, one {# source} other {# sources}}",
  "cli.inlined": "{page}: {n, plural, one {# inline dataset} other {# inline datasets}} written",
  "cli.positive": "--{name} must be a positive number, found “{value}”",
  "cli.maxBytes": "--max-bytes must be a number of characters or Infinity, found “{value}”",
  "cli.dataUrl": "--data-url must be an http(s) URL, found “{value}”",
  "cli.noSuchFile": "no such file",
  "cli.cannotRead": "cannot read {file}: {reason}",
  "cli.fileTooLargeHint":
    "split the file, or aggregate the figures upstream; if the whole file is needed, raise the limit with --max-bytes (e.g. --max-bytes 100000000, or Infinity)",
  "cli.validateNeedsFile": "validate needs a file: jointline validate data.json",
  "cli.renderNeedsFile": "render needs one file: jointline render data.json --out chart.svg",
  "cli.renderNeedsOut": "render needs --out chart.svg or --out chart.png",
  "cli.outType": "--out must end in .svg or .png, found “{value}”",
  "cli.oneOf": "--{name} must be one of {allowed}, found “{value}”",
  "cli.viewNotBuilt": "the {view} view cannot be rendered in this version",
  "cli.pngNeedsResvg":
    "PNG needs the optional package @resvg/resvg-js, which is not installed here: run `npm install @resvg/resvg-js`, or write an .svg",
  "cli.rendered": "{out}: {view} of {n, plural, one {# event} other {# events}}, {width}×{height}",
  "cli.renderedScale":
    "{out}: {view} of {n, plural, one {# event} other {# events}}, {width}×{height} at {scale}×",
  "cli.inlineNeedsPage": "inline needs a page: jointline inline article.html",
  "cli.unknownCommand": "unknown command “{command}”",
});

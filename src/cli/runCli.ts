import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ChromeOptions, ChromeSetting } from "../components/shared/chrome/chromeOptions";

import { loadLocale } from "../i18n/loadLocale";
import { defaultMaxBytes } from "../io/fileTooLarge";
import { readDataset as readDatasetFile } from "../io/readDataset";
import { isHttpUrl } from "../model/isHttpUrl";
import { hasErrors } from "../model/issue";
import { formatIssueReport } from "./formatIssueReport";
import { inlineData } from "./inlineData";
import { tCli } from "./messages";

/** Where the CLI writes; injectable so tests run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The directory relative paths are resolved from. Default: `process.cwd()`. */
  cwd?: string;
}

/** The views `render` draws. */
export const cliViews = ["timeline", "network", "trend"] as const;

/** The usage text, in the CLI's language. */
const usage = () =>
  tCli(cliLocale, "cli.usage", {
    maxBytes: String(defaultMaxBytes),
    mb: String(defaultMaxBytes / 1_000_000),
  });

function positiveNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new CliError(tCli(cliLocale, "cli.positive", { name, value }));
  return n;
}

/** The `--max-bytes` value: a number of characters ≥ 0, or Infinity; default the readers'. */
function maxBytesOption(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const n = Number(value);
  if (value.trim() === "" || Number.isNaN(n) || n < 0)
    throw new CliError(tCli(cliLocale, "cli.maxBytes", { value }));
  return n;
}

class CliError extends Error {}

/** The chrome's pieces as flags: `--headline <text>` sets one, `--no-headline` drops it. */
const chromeFlagNames = {
  headline: "headline",
  dek: "dek",
  "content-note": "contentNote",
  notes: "notes",
  "source-line": "sourceLine",
  byline: "byline",
} as const;

/** `--no-chrome`, `--<piece> <text>`, `--no-<piece>` and `--data-url` → the chrome setting. */
function chromeFlags(
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
): ChromeSetting {
  if (values["no-chrome"]) return false;
  const chrome: ChromeOptions = {};
  for (const [flag, key] of Object.entries(chromeFlagNames)) {
    if (values[`no-${flag}`]) chrome[key] = false;
    else if (typeof values[flag] === "string") chrome[key] = values[flag] as string;
  }
  if (values["no-legend"]) chrome.legend = false;
  const url = values["data-url"];
  if (typeof url === "string") {
    if (!isHttpUrl(url)) throw new CliError(tCli(cliLocale, "cli.dataUrl", { value: url }));
    chrome.dataUrl = url;
  }
  return chrome;
}

/** The language of the human output: `--locale` (the chart's too), default English. */
let cliLocale = "en";

async function readDataset(file: string, io: CliIo, maxBytes: number | undefined) {
  const path = resolve(io.cwd ?? process.cwd(), file);
  // Bytes, not text decoded as UTF-8: readDataset tells UTF-16 and Windows-1252 files apart.
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? tCli(cliLocale, "cli.noSuchFile")
        : String(error);
    throw new CliError(tCli(cliLocale, "cli.cannotRead", { file, reason }));
  }
  const result = readDatasetFile(bytes, { name: file, maxBytes, locale: cliLocale });
  // The readers' hint names the API option; here the flag is what the reader can change.
  for (const issue of result.issues) {
    if (issue.code === "file_too_large") issue.hint = tCli(cliLocale, "cli.fileTooLargeHint");
  }
  return result;
}

async function validate(files: string[], io: CliIo, maxBytes: number | undefined): Promise<number> {
  if (files.length === 0) throw new CliError(tCli(cliLocale, "cli.validateNeedsFile"));
  let failed = false;
  for (const file of files) {
    const { data, issues, format } = await readDataset(file, io, maxBytes);
    const report = formatIssueReport(file, issues, cliLocale);
    if (hasErrors(issues) || !data) {
      failed = true;
      io.stderr(report);
    } else {
      io.stdout(
        issues.length === 0
          ? `${tCli(cliLocale, "cli.validSummary", { file, format: format.toUpperCase(), events: data.events.length, actors: data.actors.length, sources: data.sources.length })}\n`
          : report,
      );
    }
  }
  return failed ? 1 : 0;
}

async function render(
  files: string[],
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
  io: CliIo,
  maxBytes: number | undefined,
) {
  const [file] = files;
  if (!file || files.length > 1) throw new CliError(tCli(cliLocale, "cli.renderNeedsFile"));
  const out = values.out;
  if (typeof out !== "string") throw new CliError(tCli(cliLocale, "cli.renderNeedsOut"));
  const type = /\.png$/i.test(out) ? "png" : /\.svg$/i.test(out) ? "svg" : undefined;
  if (!type) throw new CliError(tCli(cliLocale, "cli.outType", { value: out }));
  const view = (values.view ?? "timeline") as string;
  if (!(cliViews as readonly string[]).includes(view)) {
    throw new CliError(
      tCli(cliLocale, "cli.oneOf", { name: "view", allowed: cliViews.join(", "), value: view }),
    );
  }
  const theme = (values.theme ?? "light") as string;
  const themes = ["light", "dark", "high-contrast", "slide"];
  if (!themes.includes(theme))
    throw new CliError(
      tCli(cliLocale, "cli.oneOf", { name: "theme", allowed: themes.join(", "), value: theme }),
    );
  const width = positiveNumber(values.width as string | undefined, "width", 960);
  const height =
    values.height === undefined ? undefined : positiveNumber(values.height as string, "height", 0);
  const scale = positiveNumber(values.scale as string | undefined, "scale", 1);
  const chrome = chromeFlags(values);
  const { data, issues } = await readDataset(file, io, maxBytes);
  if (!data || hasErrors(issues)) {
    io.stderr(formatIssueReport(file, issues, cliLocale));
    return 1;
  }
  // Loaded on demand so that `validate` needs neither linkedom nor resvg.
  const { renderSvgInNode } = await import("../export/renderSvgInNode");
  const { serverViews } = await import("../views/serverViews");
  if (!serverViews[view as (typeof cliViews)[number]]) {
    throw new CliError(tCli(cliLocale, "cli.viewNotBuilt", { view }));
  }
  const svg = renderSvgInNode(data, {
    view: view as (typeof cliViews)[number],
    width,
    ...(height !== undefined ? { height } : {}),
    theme: theme as "light",
    locale: typeof values.locale === "string" ? values.locale : "en",
    chrome,
  });
  const target = resolve(io.cwd ?? process.cwd(), out);
  if (type === "svg") {
    await writeFile(target, svg);
  } else {
    // An optional dependency: a platform without a prebuilt resvg still validates and draws SVG.
    const { rasterizeSvg } = await import("../export/rasterizeSvg").catch(() => {
      throw new CliError(tCli(cliLocale, "cli.pngNeedsResvg"));
    });
    await writeFile(target, rasterizeSvg(svg, { scale }));
  }
  const rendered = {
    out,
    view,
    n: data.events.length,
    width: String(width),
    height: /\sheight="([\d.]+)"/.exec(svg)?.[1] ?? "?",
    scale: String(scale),
  };
  io.stdout(
    `${tCli(cliLocale, type === "png" ? "cli.renderedScale" : "cli.rendered", rendered)}\n`,
  );
  return 0;
}

async function inline(pages: string[], io: CliIo, maxBytes: number | undefined): Promise<number> {
  if (pages.length === 0) throw new CliError(tCli(cliLocale, "cli.inlineNeedsPage"));
  for (const page of pages) {
    const path = resolve(io.cwd ?? process.cwd(), page);
    const html = await readFile(path, "utf8").catch(() => {
      throw new CliError(
        tCli(cliLocale, "cli.cannotRead", {
          file: page,
          reason: tCli(cliLocale, "cli.noSuchFile"),
        }),
      );
    });
    const datasets = new Map<string, unknown>();
    for (const [, from] of html.matchAll(/data-from="([^"]+)"/g)) {
      const file = resolve(dirname(path), from!);
      const { data, issues } = await readDataset(file, { ...io, cwd: "/" }, maxBytes);
      if (!data || hasErrors(issues)) {
        io.stderr(formatIssueReport(from!, issues, cliLocale));
        return 1;
      }
      datasets.set(from!, data);
    }
    const result = inlineData(html, (from) => datasets.get(from));
    await writeFile(path, result.html);
    io.stdout(`${tCli(cliLocale, "cli.inlined", { page, n: result.count })}\n`);
  }
  return 0;
}

/**
 * Runs the `jointline` command line with the given arguments (without `node` and the script),
 * returning the exit code: 0 on success, 1 when the data has errors, 2 on a usage mistake.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        view: { type: "string" },
        width: { type: "string" },
        height: { type: "string" },
        theme: { type: "string" },
        locale: { type: "string" },
        scale: { type: "string" },
        "max-bytes": { type: "string" },
        "no-chrome": { type: "boolean" },
        "no-legend": { type: "boolean" },
        "data-url": { type: "string" },
        ...Object.fromEntries(
          Object.keys(chromeFlagNames).flatMap((flag) => [
            [flag, { type: "string" as const }],
            [`no-${flag}`, { type: "boolean" as const }],
          ]),
        ),
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.stderr(`jointline: ${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  const [command, ...files] = parsed.positionals;
  cliLocale = typeof parsed.values.locale === "string" ? parsed.values.locale : "en";
  // The locale's words (messages and dates) before anything is written: nothing else loads them
  // in Node, and without them every word fell back to English.
  await loadLocale(cliLocale);
  if (parsed.values.help || command === "help" || command === undefined) {
    (command === undefined && !parsed.values.help ? io.stderr : io.stdout)(usage());
    return command === undefined && !parsed.values.help ? 2 : 0;
  }
  try {
    const maxBytes = maxBytesOption(parsed.values["max-bytes"]);
    if (command === "validate") return await validate(files, io, maxBytes);
    if (command === "render") return await render(files, parsed.values, io, maxBytes);
    if (command === "inline") return await inline(files, io, maxBytes);
    throw new CliError(tCli(cliLocale, "cli.unknownCommand", { command }));
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`jointline: ${error.message}\n\n${usage()}`);
      return 2;
    }
    throw error;
  }
}

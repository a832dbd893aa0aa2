import { t } from "../i18n/catalog";
import { loadLocale } from "../i18n/loadLocale";
import { decodeUtf8Fast } from "../io/decodeUtf8Fast";
import type { ReadSizeOptions } from "../io/fileTooLarge";
import {
  type DatasetFormat,
  type DatasetReaders,
  guessFormat,
  type ReadDatasetOptions,
  type ReadDatasetResult,
  readTextWith,
} from "../io/readDatasetWith";
import { parseDatasetFast, readJsonFast } from "../io/readJsonFast";
import type { Dataset, ReadResult } from "../model";
import type { EmbedAttributes } from "../views/embedAttributes";
import { childrenParsed } from "./childrenParsed";
import type { DataProblem, LoadIssue } from "./dataProblemIssue";
import { loadOriginCheck } from "./originCheck";
import { loadPart } from "./parts";
import { loadProblemWords } from "./problemWords";

// The iframe page's check of where data may come from, with the frame part in the script-tag build.
export { dataOriginProblem } from "./dataOrigins";

/** What {@link loadEmbedData} found: the dataset when usable, and every issue. */
export type EmbedData = ReadResult<Dataset> & {
  /** Where the data came from, for messages: the URL, or "inline data". */
  origin: string;
  /**
   * Set when the data did not load and the words to say why could not be fetched either (the
   * script-tag build's `problems` part, offline or blocked): the part's `PartLoadError`. The
   * issue then says what it can in the core's words (its code, the address, the server's
   * answer); the element shows this error beside it, and `ready` rejects with it.
   */
  wordsFailed?: unknown;
};

/**
 * Options of {@link loadEmbedData}, with the readers' size guard `maxBytes` (default 50 MB):
 * data longer than that gives one `file_too_large` error instead of a chart.
 */
export interface LoadEmbedDataOptions extends ReadSizeOptions {
  /** URL of the data, resolved against `baseUrl`. Default: the inline data. */
  src?: string;
  /** The format; default guessed. */
  format?: DatasetFormat;
  /** Base for a relative `src`; default the host's `document.baseURI`. */
  baseUrl?: string;
  /** The fetch to use; default `globalThis.fetch` (injectable for tests). */
  fetch?: typeof fetch;
  /** Aborts a load that a newer one replaces. */
  signal?: AbortSignal;
  /**
   * Where `src` may point, for pages whose `src` anyone can write (the iframe page takes it from
   * its query string): when set, only a URL on the page's own origin (`baseUrl`'s; a relative
   * `src` always is) or on one of these origins is fetched, `"*"` allowing any http(s) origin;
   * `data:`, `blob:` and other schemes are refused whatever the list. Anything refused gives one
   * `data_origin_refused` error and nothing is fetched. Default: undefined, any URL (a
   * publisher's own `src` attribute).
   * @example { allowedOrigins: ["https://data.example.org"] }
   */
  allowedOrigins?: readonly string[];
  /**
   * The language of the messages, loaded (see `loadLocale`) before they are written; default
   * `"en"`.
   */
  locale?: string;
}

/**
 * Whether JSON text stops inside a string, an object or a list: what is left of inline data
 * when a `</script>` in it ended the `<script>` element early, the rest becoming page content.
 * @example jsonEndsEarly('{"title":"a'); // true
 */
export function jsonEndsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return inString || depth > 0;
}

/**
 * Reads a dataset like `readDataset`, with the JSON reader of the core for valid JSON and, for
 * JSON it does not accept, CSV and TimelineJS, the part that reads it (the validator, the
 * CSV or the TimelineJS reader), loaded first: a page charting valid JSON downloads none.
 * Bytes are decoded by the core when they are plain UTF-8 (`decodeUtf8Fast`), else by the
 * validator part's `decodeBytes`, which says what it read them as. Rejects with a
 * `PartLoadError` when a part cannot be loaded.
 * @example const { data, issues } = await readWithParts(bytes, { name: "ops.csv" });
 */
export async function readWithParts(
  input: string | Uint8Array,
  options: ReadDatasetOptions,
): Promise<ReadDatasetResult> {
  const utf8 = typeof input === "string" ? input : decodeUtf8Fast(input);
  // decodeUtf8Fast answers only where decodeBytes reads UTF-8 without a word (and gives its text).
  const decoded =
    utf8 !== undefined
      ? { text: utf8, encoding: "utf-8" as const, issues: [] }
      : (await loadPart("validate")).decodeBytes(input as Uint8Array, options);
  const text = decoded.text;
  const format = options.format ?? guessFormat(text, options.name, options.contentType);
  const readers: DatasetReaders = {};
  if (format === "json") {
    // A valid file is read by the core alone; anything else by the validator part, which says
    // what is wrong (a page showing valid data never downloads zod).
    const fast = readJsonFast(text, { maxBytes: options.maxBytes });
    readers.json = fast ? () => fast : (await loadPart("validate")).read;
  } else readers[format] = (await loadPart(format)).read;
  const result = readTextWith(readers, text, { ...options, format });
  if (typeof input === "string") return result;
  return {
    ...result,
    issues: [...decoded.issues, ...result.issues],
    encoding: decoded.encoding,
  };
}

function failed(origin: string, issue: LoadIssue): EmbedData {
  return { data: undefined, origin, issues: [{ severity: "error", path: [], ...issue }] };
}

/**
 * What a data file that did not load is, in the core's words alone (its problems part could
 * not be fetched either): its code, and where the words can say it, "Could not load
 * data/ops.json from https://…/data/ops.json: 404 Not Found."; else the address or what was
 * found.
 */
function plainIssue(problem: DataProblem, origin: string, locale?: string): LoadIssue {
  if ("href" in problem)
    return {
      code: problem.code,
      message: t(locale, "part.loadFailed", {
        file: problem.src,
        where: problem.href,
        reason:
          "status" in problem ? `${problem.status} ${problem.statusText}`.trim() : problem.reason,
      }),
    };
  return {
    code: problem.code,
    message: problem.code === "no_data" ? t(locale, "chart.noData") : origin,
    ...("found" in problem ? { found: problem.found } : {}),
  };
}

/**
 * Data that did not load: its issue in the words of what went wrong, which the script-tag build
 * fetches only now (the `problems` part: a page whose data loads never does). Where they cannot
 * be fetched (offline, blocked), {@link plainIssue} says what it can and the part's error goes
 * with it ({@link EmbedData.wordsFailed}).
 */
async function failure(origin: string, problem: DataProblem, locale?: string): Promise<EmbedData> {
  try {
    return failed(origin, (await loadProblemWords()).dataProblemIssue(problem, locale));
  } catch (error) {
    return { ...failed(origin, plainIssue(problem, origin, locale)), wordsFailed: error };
  }
}

/**
 * Loads a chart's data: from `src` when set (JSON, CSV or TimelineJS, fetched relative to the
 * page), else from an inline `<script type="application/json">` (or `type="text/csv"`) child of
 * `host`. Never throws: a network failure or a missing file is an issue like any other, with a
 * hint — pages opened from `file://` cannot fetch, and are told to inline the data. Rejects
 * only when the reader's part (CSV, TimelineJS) cannot be loaded.
 *
 * @example
 * const { data, issues } = await loadEmbedData(element, { src: "operations.csv" });
 */
export async function loadEmbedData(
  host: Element,
  options: LoadEmbedDataOptions = {},
): Promise<EmbedData> {
  const { locale } = options;
  // The locale's words load beside the data; awaited before a message is written, so that a
  // message is never English only because its language was still on its way.
  const words = locale ? loadLocale(locale) : undefined;
  if (options.src === undefined) {
    const script = host.querySelector(
      ':scope > script[type="application/json"], :scope > script[type="text/csv"]',
    );
    await words;
    const inline = t(locale, "embed.inlineData");
    if (!script) {
      return failure(inline, { code: "no_data" }, locale);
    }
    const format =
      options.format ?? (script.getAttribute("type") === "text/csv" ? "csv" : undefined);
    const text = script.textContent ?? "";
    const result = await readWithParts(text, {
      maxBytes: options.maxBytes,
      locale: options.locale,
      ...(format ? { format } : {}),
    });
    const cut =
      result.format === "json" && result.issues.some((i) => i.code === "invalid_json")
        ? jsonEndsEarly(text)
        : false;
    if (cut) {
      const found = `…${text.trimEnd().slice(-40)}`;
      const truncated = { code: "inline_data_truncated", length: text.length, found } as const;
      return failure(inline, truncated, locale);
    }
    return { data: result.data, issues: result.issues, origin: inline };
  }
  const base = options.baseUrl ?? host.ownerDocument.baseURI;
  let url: URL;
  try {
    url = new URL(options.src, base);
  } catch {
    await words;
    return failure(options.src, { code: "invalid_url", src: options.src }, locale);
  }
  if (options.allowedOrigins) {
    // Only the iframe page sets it: the check and its words come with the frame part.
    const check = await loadOriginCheck();
    if (check.dataOriginProblem(url, base, options.allowedOrigins)) {
      await words;
      const refused = check.dataOriginRefusal(
        url,
        base,
        options.allowedOrigins,
        options.src,
        locale,
      );
      if (refused) return failed(refused.origin, refused.issue);
    }
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url.href, options.signal ? { signal: options.signal } : {});
  } catch (error) {
    const problem: DataProblem = {
      code: "load_failed",
      src: options.src,
      href: url.href,
      reason: (error as Error).message,
      fromFile: url.protocol === "file:" || base.startsWith("file:"),
    };
    // A load that a newer one replaced, or an element removed: nobody will see its words.
    if (options.signal?.aborted) return failed(options.src, plainIssue(problem, "", locale));
    await words;
    return failure(options.src, problem, locale);
  }
  if (!response.ok) {
    await words;
    const { status, statusText } = response;
    const problem: DataProblem = {
      code: "load_failed",
      src: options.src,
      href: url.href,
      status,
      statusText,
    };
    return failure(options.src, problem, locale);
  }
  // Bytes, not response.text(): that decodes as UTF-8 whatever the file is, and a Windows-1252
  // or UTF-16 spreadsheet would lose its accented letters without a word.
  const bytes = new Uint8Array(await response.arrayBuffer());
  await words;
  const result = await readWithParts(bytes, {
    maxBytes: options.maxBytes,
    locale: options.locale,
    name: url.pathname,
    contentType: response.headers.get("content-type") ?? "",
    ...(options.format ? { format: options.format } : {}),
    ...(locale ? { locale } : {}),
  });
  return { data: result.data, issues: result.issues, origin: options.src };
}

/**
 * An element's data: `given` (its `data` property, validated like a file: `JSON.parse(text)` is
 * not a parsed Dataset) when set, else its `src` or inline data — waiting for the inline child
 * to be parsed (a script tag before the element defines it as soon as the parser meets the
 * element), and, inside the iframe page, where `src` came from a query string anyone can write,
 * only from the origins the page allows.
 * @example const loaded = await loadElementData(element, undefined, element.configuration, signal);
 */
export async function loadElementData(
  host: Element,
  given: unknown,
  attributes: EmbedAttributes,
  signal: AbortSignal,
): Promise<EmbedData> {
  if (given !== undefined) {
    if (attributes.locale) await loadLocale(attributes.locale);
    const read =
      parseDatasetFast(given) ??
      (await loadPart("validate")).parseDataset(given, { locale: attributes.locale });
    return { ...read, origin: t(attributes.locale, "embed.dataProperty") };
  }
  if (attributes.src === undefined) await childrenParsed(host);
  const frame = host.closest("jointline-frame");
  return loadEmbedData(host, {
    ...(attributes.src !== undefined ? { src: attributes.src } : {}),
    ...(attributes.format !== undefined ? { format: attributes.format } : {}),
    ...(frame ? { allowedOrigins: (await loadOriginCheck()).frameAllowedOrigins(frame) } : {}),
    ...(attributes.locale !== undefined ? { locale: attributes.locale } : {}),
    signal,
  });
}

import type { ReadSizeOptions } from "../io/fileTooLarge";
import { type DatasetFormat, readDataset } from "../io/readDataset";
import type { Dataset, Issue, ReadResult } from "../model";

/** What {@link loadEmbedData} found: the dataset when usable, and every issue. */
export type EmbedData = ReadResult<Dataset> & {
  /** Where the data came from, for messages: the URL, or "inline data". */
  origin: string;
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
}

function failure(origin: string, issue: Omit<Issue, "severity" | "path">): EmbedData {
  return { data: undefined, origin, issues: [{ severity: "error", path: [], ...issue }] };
}

/**
 * Loads a chart's data: from `src` when set (JSON, CSV or TimelineJS, fetched relative to the
 * page), else from an inline `<script type="application/json">` (or `type="text/csv"`) child of
 * `host`. Never throws: a network failure or a missing file is an issue like any other, with a
 * hint — pages opened from `file://` cannot fetch, and are told to inline the data.
 *
 * @example
 * const { data, issues } = await loadEmbedData(element, { src: "operations.csv" });
 */
export async function loadEmbedData(
  host: Element,
  options: LoadEmbedDataOptions = {},
): Promise<EmbedData> {
  if (options.src === undefined) {
    const script = host.querySelector(
      ':scope > script[type="application/json"], :scope > script[type="text/csv"]',
    );
    if (!script) {
      return failure("inline data", {
        code: "no_data",
        message: "The chart has no data.",
        expected: 'a src="data.json" attribute or a <script type="application/json"> child',
        found: "neither",
        hint: 'add src="your-data.json", or paste the data inside <script type="application/json">…</script>',
      });
    }
    const format =
      options.format ?? (script.getAttribute("type") === "text/csv" ? "csv" : undefined);
    const result = readDataset(script.textContent ?? "", {
      maxBytes: options.maxBytes,
      ...(format ? { format } : {}),
    });
    return { data: result.data, issues: result.issues, origin: "inline data" };
  }
  const base = options.baseUrl ?? host.ownerDocument.baseURI;
  let url: URL;
  try {
    url = new URL(options.src, base);
  } catch {
    return failure(options.src, {
      code: "invalid_url",
      message: `“${options.src}” is not a URL.`,
      expected: "a URL such as data/operations.json",
      found: options.src,
    });
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url.href, options.signal ? { signal: options.signal } : {});
  } catch (error) {
    const fromFile = url.protocol === "file:" || base.startsWith("file:");
    return failure(options.src, {
      code: "load_failed",
      message: `Could not load ${options.src}: ${(error as Error).message}.`,
      expected: "a reachable file",
      found: url.href,
      hint: fromFile
        ? 'a page opened from file:// cannot fetch files: put the data inside the element in <script type="application/json">…</script>, or serve the folder over http'
        : "check the address, and that the server allows this page to read it (CORS)",
    });
  }
  if (!response.ok) {
    return failure(options.src, {
      code: "load_failed",
      message: `Could not load ${options.src}: the server answered ${response.status} ${response.statusText}.`,
      expected: "a reachable file",
      found: `${response.status}`,
      hint: response.status === 404 ? "check the file name and its folder" : "try again later",
    });
  }
  // Bytes, not response.text(): that decodes as UTF-8 whatever the file is, and a Windows-1252
  // or UTF-16 spreadsheet would lose its accented letters without a word.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const result = readDataset(bytes, {
    maxBytes: options.maxBytes,
    name: url.pathname,
    contentType: response.headers.get("content-type") ?? "",
    ...(options.format ? { format: options.format } : {}),
  });
  return { data: result.data, issues: result.issues, origin: options.src };
}

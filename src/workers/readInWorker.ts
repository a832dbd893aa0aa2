import { fileTooLarge, type ReadSizeOptions } from "../io/fileTooLarge";
import type { ReadCsvOptions } from "../io/readCsv";
import type { DatasetFormat } from "../io/readDataset";
import type { Dataset, ReadResult } from "../model";
import { readRequest } from "./readRequest";

/** The formats {@link readInWorker} reads: those of `readDataset`. */
export type ReadFormat = DatasetFormat;

/** A message to the worker (internal to readInWorker and readWorker). */
export interface ReadRequest {
  id: number;
  text: string;
  format: ReadFormat;
  csv?: ReadCsvOptions;
  /** The size guard for either format (for CSV, `csv.maxBytes` when this is not set). */
  maxBytes?: number;
  /** The language of the messages (the worker loads its words before reading). */
  locale?: string;
}

/** The worker's answer (internal to readInWorker and readWorker). */
export interface ReadResponse {
  id: number;
  result: ReadResult<Dataset>;
}

/**
 * Options of {@link readInWorker}, with the readers' size guard `maxBytes` (default 50 MB). The
 * worker keeps the page responsive, not the memory small: raise the limit for files you expect.
 * @example readInWorker(text, "json", { maxBytes: 100_000_000 })
 */
export interface ReadInWorkerOptions extends ReadSizeOptions {
  /**
   * Options passed to `readCsv` when the format is `csv`. Default: none.
   * @example readInWorker(sheet, "csv", { csv: { dataset: { title: "Takedowns" } } })
   */
  csv?: ReadCsvOptions;
  /**
   * Read on the calling thread instead, e.g. for small files, where starting a worker costs
   * more than it saves. (Where workers do not exist, as in Node, this happens anyway.)
   * Default `false`.
   * @example readInWorker(text, "json", { inline: text.length < 100_000 })
   */
  inline?: boolean;
}

interface Pending {
  request: ReadRequest;
  resolve(result: ReadResult<Dataset>): void;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/** Stops the worker and reads whatever it still owed on this thread, so no promise hangs. */
function failOver(): void {
  worker?.terminate();
  worker = undefined;
  const owed = [...pending.values()];
  pending.clear();
  for (const { request, resolve } of owed) resolve(readRequest(request));
}

/** The one shared worker, started on first use. */
function sharedWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL("./readWorker.ts", import.meta.url), { type: "module" });
  started.onmessage = ({ data }: MessageEvent<ReadResponse>) => {
    const entry = pending.get(data.id);
    pending.delete(data.id);
    entry?.resolve(data.result);
  };
  started.onerror = (event) => {
    event.preventDefault();
    failOver();
  };
  started.onmessageerror = failOver;
  worker = started;
  return started;
}

/**
 * Reads a dataset from JSON or CSV text in a Web Worker, so that validating a large file
 * (100,000 events take seconds) does not freeze the page. Resolves with the same
 * `{ data, issues }` as `readJson` / `readCsv` and never rejects: where workers are unavailable,
 * or if the worker fails, the text is read on the calling thread instead. One worker is shared
 * by every call; {@link stopReadWorker} ends it. A text longer than `maxBytes` characters
 * (default 50 MB) resolves at once with one `file_too_large` error, and is not sent to the worker.
 *
 * @example
 * const { data, issues } = await readInWorker(await file.text(), file.name.endsWith(".csv") ? "csv" : "json");
 */
export function readInWorker(
  text: string,
  format: ReadFormat = "json",
  options: ReadInWorkerOptions = {},
): Promise<ReadResult<Dataset>> {
  const request: ReadRequest = { id: nextId++, text, format };
  if (options.csv) request.csv = options.csv;
  const maxBytes = options.maxBytes ?? (format === "csv" ? options.csv?.maxBytes : undefined);
  if (maxBytes !== undefined) request.maxBytes = maxBytes;
  if (options.locale !== undefined) request.locale = options.locale;
  // A text over the limit is refused here, at once, rather than copied to the worker first.
  const tooLarge = fileTooLarge(text, maxBytes, options.locale);
  if (tooLarge) return Promise.resolve({ data: undefined, issues: [tooLarge] });
  if (options.inline || typeof Worker === "undefined") return Promise.resolve(readRequest(request));
  let target: Worker;
  try {
    target = sharedWorker();
  } catch {
    return Promise.resolve(readRequest(request));
  }
  return new Promise((resolve) => {
    pending.set(request.id, { request, resolve });
    target.postMessage(request);
  });
}

/**
 * Ends the shared worker of {@link readInWorker} (reads still pending are finished on this
 * thread). The next read starts a new one.
 * @example stopReadWorker();
 */
export function stopReadWorker(): void {
  failOver();
}

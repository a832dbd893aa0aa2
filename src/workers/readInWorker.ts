import { type ReadCsvOptions, readCsv } from "../io/readCsv";
import { readJson } from "../io/readJson";
import type { Dataset, ReadResult } from "../model";

/** The formats {@link readInWorker} reads. */
export type ReadFormat = "json" | "csv";

/** A message to the worker (internal to readInWorker and readWorker). */
export interface ReadRequest {
  id: number;
  text: string;
  format: ReadFormat;
  csv?: ReadCsvOptions;
}

/** The worker's answer (internal to readInWorker and readWorker). */
export interface ReadResponse {
  id: number;
  result: ReadResult<Dataset>;
}

/** Options of {@link readInWorker}. */
export interface ReadInWorkerOptions {
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

function readHere(request: ReadRequest): ReadResult<Dataset> {
  return request.format === "csv"
    ? readCsv(request.text, request.csv ?? {})
    : readJson(request.text);
}

/** Stops the worker and reads whatever it still owed on this thread, so no promise hangs. */
function failOver(): void {
  worker?.terminate();
  worker = undefined;
  const owed = [...pending.values()];
  pending.clear();
  for (const { request, resolve } of owed) resolve(readHere(request));
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
 * by every call; {@link stopReadWorker} ends it.
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
  if (options.inline || typeof Worker === "undefined") return Promise.resolve(readHere(request));
  let target: Worker;
  try {
    target = sharedWorker();
  } catch {
    return Promise.resolve(readHere(request));
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

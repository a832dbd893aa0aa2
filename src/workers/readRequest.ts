import { readDataset } from "../io/readDataset";
import type { Dataset, ReadResult } from "../model";
import type { ReadRequest } from "./readInWorker";

/**
 * Reads one request of {@link readInWorker} with the library's format dispatcher, `readDataset`:
 * the worker runs it, and so does the calling thread when there is no worker. The request's
 * `maxBytes` (already resolved from the options) is the size guard for every format.
 * @example readRequest({ id: 0, text, format: "csv", maxBytes: 50_000_000 })
 */
export function readRequest(request: ReadRequest): ReadResult<Dataset> {
  const { data, issues } = readDataset(request.text, {
    format: request.format,
    maxBytes: request.maxBytes,
    locale: request.locale,
    ...(request.csv ? { csv: request.csv } : {}),
  });
  return { data, issues };
}

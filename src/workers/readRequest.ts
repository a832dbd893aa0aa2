import { readCsv } from "../io/readCsv";
import { readJson } from "../io/readJson";
import type { Dataset, ReadResult } from "../model";
import type { ReadRequest } from "./readInWorker";

/**
 * Reads one request of {@link readInWorker} with the reader of its format: the worker runs it,
 * and so does the calling thread when there is no worker. The request's `maxBytes` (already
 * resolved from the options) is the size guard for both formats.
 * @example readRequest({ id: 0, text, format: "csv", maxBytes: 50_000_000 })
 */
export function readRequest(request: ReadRequest): ReadResult<Dataset> {
  const size = { maxBytes: request.maxBytes };
  return request.format === "csv"
    ? readCsv(request.text, { ...request.csv, ...size })
    : readJson(request.text, size);
}

// The Web Worker entry of readInWorker: reads a dataset off the main thread. Loaded with
// `new Worker(new URL("./readWorker.ts", import.meta.url), { type: "module" })`.
import { readCsv } from "../io/readCsv";
import { readJson } from "../io/readJson";
import type { ReadRequest, ReadResponse } from "./readInWorker";

const scope = self as unknown as {
  onmessage: ((message: MessageEvent<ReadRequest>) => void) | null;
  postMessage(response: ReadResponse): void;
};

scope.onmessage = ({ data: request }) => {
  const result =
    request.format === "csv" ? readCsv(request.text, request.csv ?? {}) : readJson(request.text);
  scope.postMessage({ id: request.id, result });
};

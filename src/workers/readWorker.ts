// The Web Worker entry of readInWorker: reads a dataset off the main thread. Loaded with
// `new Worker(new URL("./readWorker.ts", import.meta.url), { type: "module" })`.
import { loadLocale } from "../i18n/loadLocale";
import type { ReadRequest, ReadResponse } from "./readInWorker";
import { readRequest } from "./readRequest";

const scope = self as unknown as {
  onmessage: ((message: MessageEvent<ReadRequest>) => void) | null;
  postMessage(response: ReadResponse): void;
};

// A worker has its own copy of the catalogue: the request's locale is loaded here before the
// issues are worded (loadLocale never rejects; without the part they are in English).
scope.onmessage = async ({ data: request }) => {
  if (request.locale) await loadLocale(request.locale);
  scope.postMessage({ id: request.id, result: readRequest(request) });
};

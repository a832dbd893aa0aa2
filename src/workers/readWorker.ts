// The Web Worker entry of readInWorker: reads a dataset off the main thread. Loaded with
// `new Worker(new URL("./readWorker.ts", import.meta.url), { type: "module" })`.
import type { ReadRequest, ReadResponse } from "./readInWorker";
import { readRequest } from "./readRequest";

const scope = self as unknown as {
  onmessage: ((message: MessageEvent<ReadRequest>) => void) | null;
  postMessage(response: ReadResponse): void;
};

scope.onmessage = ({ data: request }) => {
  scope.postMessage({ id: request.id, result: readRequest(request) });
};

// In Node there are no Web Workers: readInWorker reads on the calling thread, same results.
import { afterEach, describe, expect, it, vi } from "vitest";
import { syntheticEvents, toJointlineDataset } from "../../bench/syntheticDataset";
import { readJson } from "../../src/io/readJson";
import { writeCsv } from "../../src/io/writeCsv";
import { readInWorker, stopReadWorker } from "../../src/workers";
import type { ReadRequest, ReadResponse } from "../../src/workers/readInWorker";
import { readRequest } from "../../src/workers/readRequest";

describe("readInWorker without Worker (Node)", () => {
  it("readInWorker(text) resolves with readJson's result", async () => {
    const text = JSON.stringify(toJointlineDataset(syntheticEvents(200, 9)));
    const result = await readInWorker(text);
    expect(result.issues).toEqual([]);
    expect(result).toEqual(readJson(text));
  });

  it("readInWorker(empty text) resolves with the empty_file issue, never rejects", async () => {
    const result = await readInWorker("", "json");
    expect(result.data).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toEqual(["empty_file"]);
  });

  it("toJointlineDataset(syntheticEvents(n)) is a valid dataset with n events in 8 lead-actor lanes", () => {
    const { data, issues } = readJson(JSON.stringify(toJointlineDataset(syntheticEvents(2000, 1))));
    expect(issues).toEqual([]);
    expect(data?.events).toHaveLength(2000);
    const leads = new Set(data?.events.map((e) => e.actors[0]?.actor));
    expect(leads.size).toBe(8);
  });
});

describe("readInWorker(text, format, { maxBytes })", () => {
  const small = JSON.stringify(toJointlineDataset(syntheticEvents(3, 2)));

  afterEach(() => {
    stopReadWorker();
    vi.unstubAllGlobals();
  });

  it("readInWorker(51 MB) resolves with file_too_large by default, like readJson", async () => {
    const text = `[${"x".repeat(51_000_000)}`;
    const result = await readInWorker(text);
    expect(result.data).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toEqual(["file_too_large"]);
    expect(result).toEqual(readJson(text));
  }, 60_000); // 51 MB of text, like the other 51 MB cases (5 s is not enough on a loaded machine)

  it("readInWorker(text, format, { maxBytes }) applies the limit to JSON and CSV; it wins over csv.maxBytes", async () => {
    const csv = writeCsv(readJson(small).data!);
    const codes = async (...args: Parameters<typeof readInWorker>) =>
      (await readInWorker(...args)).issues.map((i) => i.code);
    expect(await codes(small, "json", { maxBytes: 10 })).toEqual(["file_too_large"]);
    expect(await codes(csv, "csv", { maxBytes: 10 })).toEqual(["file_too_large"]);
    expect(await codes(csv, "csv", { csv: { maxBytes: 10 } })).toEqual(["file_too_large"]);
    expect(await codes(csv, "csv", { maxBytes: Infinity, csv: { maxBytes: 10 } })).toEqual([]);
    expect(await codes(small, "json", { maxBytes: small.length })).toEqual([]);
  });

  it("readInWorker(text, format, { maxBytes }) sends the limit to the worker, and a text over it not at all", async () => {
    const posted: ReadRequest[] = [];
    // A stand-in Worker that answers as readWorker.ts does (Node has no Web Workers).
    class FakeWorker {
      onmessage: ((event: { data: ReadResponse }) => void) | null = null;
      onerror = null;
      onmessageerror = null;
      postMessage(request: ReadRequest) {
        posted.push(request);
        queueMicrotask(() =>
          this.onmessage?.({ data: { id: request.id, result: readRequest(request) } }),
        );
      }
      terminate() {}
    }
    vi.stubGlobal("Worker", FakeWorker);
    const csv = writeCsv(readJson(small).data!);
    const refused = await readInWorker(csv, "csv", { maxBytes: 10 });
    expect(refused.issues.map((i) => i.code)).toEqual(["file_too_large"]);
    expect(posted).toEqual([]);
    const read = await readInWorker(csv, "csv", { maxBytes: csv.length });
    expect(read.issues).toEqual([]);
    expect(posted.map((r) => [r.format, r.maxBytes])).toEqual([["csv", csv.length]]);
    expect(readRequest({ ...posted[0]!, maxBytes: 10 }).issues.map((i) => i.code)).toEqual([
      "file_too_large",
    ]);
  });
});

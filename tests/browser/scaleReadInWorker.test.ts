// readInWorker in Chromium: the same results as readJson/readCsv, read off the main thread.
import { describe, expect, it } from "vitest";
import { syntheticEvents, toJointlineDataset } from "../../bench/syntheticDataset";
import { loadLocale } from "../../src/i18n/loadLocale";
import { readCsv } from "../../src/io/readCsv";
import { readJson } from "../../src/io/readJson";
import { writeCsv } from "../../src/io/writeCsv";
import { readInWorker, stopReadWorker } from "../../src/workers";

describe("readInWorker in Chromium", () => {
  it("readInWorker(json) gives what readJson gives", async () => {
    const text = JSON.stringify(toJointlineDataset(syntheticEvents(1000, 3)));
    const result = await readInWorker(text, "json");
    expect(result.issues).toEqual([]);
    expect(result.data?.events).toHaveLength(1000);
    expect(result).toEqual(readJson(text));
  });

  it("readInWorker(broken json) reports the same issues as readJson", async () => {
    const text = '{"title": "x", "events": [ {"kind": "operation", }]}';
    const result = await readInWorker(text, "json");
    expect(result.data).toBeUndefined();
    expect(result.issues[0]?.code).toBe("invalid_json");
    expect(result).toEqual(readJson(text));
  });

  it("readInWorker(broken json, { locale: 'fr' }) words its issues in French, as readJson does with the French words loaded", async () => {
    const text = '{"title": "x", "events": [ {"kind": "operation", }]}';
    const result = await readInWorker(text, "json", { locale: "fr" });
    await loadLocale("fr");
    const here = readJson(text, { locale: "fr" });
    expect(result).toEqual(here);
    expect(result.issues[0]?.message).not.toEqual(readJson(text).issues[0]?.message);
  });

  it("readInWorker(csv) gives what readCsv gives", async () => {
    const dataset = readJson(JSON.stringify(toJointlineDataset(syntheticEvents(300, 4)))).data!;
    const csv = writeCsv(dataset);
    const result = await readInWorker(csv, "csv");
    expect(result.data?.events).toHaveLength(300);
    expect(result).toEqual(readCsv(csv));
  });

  it("readInWorker(100,000 events) leaves the main thread free while it reads", async () => {
    const text = JSON.stringify(toJointlineDataset(syntheticEvents(100_000, 5)));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const result = await readInWorker(text, "json");
    clearInterval(timer);
    expect(result.data?.events).toHaveLength(100_000);
    // Reading on this thread would have blocked every timer until it finished.
    expect(ticks).toBeGreaterThan(0);
  }, 120_000);

  it("readInWorker answers concurrent reads each with its own result, and again after stopReadWorker()", async () => {
    const a = JSON.stringify(toJointlineDataset(syntheticEvents(10, 1)));
    const b = JSON.stringify(toJointlineDataset(syntheticEvents(20, 2)));
    const [ra, rb] = await Promise.all([readInWorker(a), readInWorker(b)]);
    expect(ra.data?.events).toHaveLength(10);
    expect(rb.data?.events).toHaveLength(20);
    stopReadWorker();
    expect((await readInWorker(b)).data?.events).toHaveLength(20);
  });
});

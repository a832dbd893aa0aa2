// In Node there are no Web Workers: readInWorker reads on the calling thread, same results.
import { describe, expect, it } from "vitest";
import { syntheticEvents, toJointlineDataset } from "../../bench/syntheticDataset";
import { readJson } from "../../src/io/readJson";
import { readInWorker } from "../../src/workers";

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

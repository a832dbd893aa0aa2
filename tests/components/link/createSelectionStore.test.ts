import { describe, expect, it } from "vitest";
import { createSelectionStore } from "../../../src/components/link/createSelectionStore";

describe("createSelectionStore", () => {
  it("createSelectionStore().set(partial) notifies only of keys whose value changed", () => {
    const store = createSelectionStore();
    const calls: string[][] = [];
    store.subscribe((_state, changed) => calls.push([...changed]));
    store.set({ window: { start: 1, end: 2 } }, "timeline");
    store.set({ window: { start: 1, end: 2 } }, "network");
    store.set({ actors: ["a"], events: ["e1", "e2"] }, "network");
    store.set({ actors: ["a"], events: ["e1", "e2"] }, "trend");
    expect(calls).toEqual([["window"], ["actors", "events"]]);
    expect(store.get()).toMatchObject({
      window: { start: 1, end: 2 },
      actors: ["a"],
      origin: "network",
    });
  });

  it("createSelectionStore().clear() empties the selection but keeps the window, and unsubscribe stops calls", () => {
    const store = createSelectionStore({
      window: { start: 0, end: 10 },
      actors: ["a"],
      events: ["e"],
    });
    let count = 0;
    const off = store.subscribe(() => {
      count += 1;
    });
    store.clear("timeline");
    expect(store.get()).toMatchObject({
      window: { start: 0, end: 10 },
      actors: [],
      events: [],
      event: null,
    });
    off();
    store.set({ window: null });
    expect(count).toBe(1);
  });
});

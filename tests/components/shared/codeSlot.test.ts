import { describe, expect, it } from "vitest";
import { createCodeSlot } from "../../../src/components/shared/codeSlot";

describe("createCodeSlot", () => {
  it("holds bundled code at once, and load() resolves with it without a loader", async () => {
    const slot = createCodeSlot({ n: 1 }, "test");
    expect(slot.get()).toEqual({ n: 1 });
    await expect(slot.load()).resolves.toEqual({ n: 1 });
  });

  it("without code or loader, load() rejects naming what is missing", async () => {
    const slot = createCodeSlot<{ n: number }>(undefined, "canvas");
    expect(slot.get()).toBeUndefined();
    await expect(slot.load()).rejects.toThrow("The canvas part is not loaded and has no loader.");
  });

  it("loads once for concurrent calls, keeps what came, and tries again after a failure", async () => {
    const slot = createCodeSlot<{ n: number }>(undefined, "test");
    let calls = 0;
    slot.setLoader(() => {
      calls++;
      return calls === 1 ? Promise.reject(new Error("404")) : Promise.resolve({ n: calls });
    });
    await expect(Promise.all([slot.load(), slot.load()])).rejects.toThrow("404");
    expect(calls).toBe(1);
    const [a, b] = await Promise.all([slot.load(), slot.load()]);
    expect(calls).toBe(2);
    expect(a).toEqual({ n: 2 });
    expect(b).toBe(a);
    expect(slot.get()).toBe(a);
  });

  it("provide() gives the code (a part that carries it); the first given is kept", () => {
    const slot = createCodeSlot<{ n: number }>(undefined, "overview");
    slot.provide({ n: 1 });
    slot.provide({ n: 2 });
    expect(slot.get()).toEqual({ n: 1 });
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import text from "../../data/csam-operations.json?raw";
import { readJson } from "../../src/io/readJson";
import type { Dataset } from "../../src/model";
import { type AnyHandle, components } from "./oddComponents";

const dataset = readJson(text).data as Dataset;

/**
 * How to walk each component with the keyboard alone: the element that takes the arrow keys
 * (reached with Tab), and the event a choice made with Enter dispatches.
 */
const walks: Record<string, { keyTarget: string; event: string; hasValue: boolean }> = {
  timeline: { keyTarget: ".jl-plot", event: "timeline-select", hasValue: true },
  network: { keyTarget: "svg g[tabindex='0']", event: "network-select", hasValue: true },
  trend: { keyTarget: "g.jl-trend-bar", event: "trend-select", hasValue: true },
  presentation: { keyTarget: ".jl-presentation", event: "presentation-step", hasValue: false },
  // The dashboard's linked views: walked through its timeline, whose events bubble.
  dashboard: { keyTarget: ".jl-plot", event: "timeline-select", hasValue: false },
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The page around a chart: a button before and after it, to tab in from and out to. */
function mount(name: string): {
  handle: AnyHandle;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
} {
  const before = document.createElement("button");
  before.textContent = "before";
  const after = document.createElement("button");
  after.textContent = "after";
  const container = document.createElement("div");
  container.style.width = "900px";
  document.body.append(before, container, after);
  const handle = components[name]!(container, dataset);
  cleanups.push(() => {
    handle.destroy();
    before.remove();
    container.remove();
    after.remove();
  });
  return { handle, before, after };
}

describe("keyboard-only walkthrough of each component", () => {
  it.each(Object.keys(walks))(
    "%s: Tab reaches it, arrows move, Enter chooses, Escape clears, Tab leaves",
    async (name) => {
      const walk = walks[name]!;
      const { handle, before, after } = mount(name);
      const root = handle.element;
      const chosen: unknown[] = [];
      root.addEventListener(walk.event, (e) => chosen.push((e as CustomEvent).detail));

      // Tab in from the button before the chart until the element that takes the arrows.
      before.focus();
      const stops: string[] = [];
      let target: Element | null = null;
      for (let i = 0; i < 60 && !target; i++) {
        await userEvent.tab();
        const active = document.activeElement;
        if (!active || !root.contains(active)) continue;
        stops.push(`${active.localName}.${active.getAttribute("class") ?? ""}`);
        // Every stop inside the chart shows where the focus is.
        expect(active.matches(":focus-visible"), `focus visible on ${stops.at(-1)}`).toBe(true);
        if (active.matches(walk.keyTarget)) target = active;
      }
      expect(target, `Tab stops inside ${name}: ${stops.join(", ")}`).not.toBeNull();

      // Arrows move to another item; Enter chooses it.
      await userEvent.keyboard("{ArrowRight}{ArrowRight}");
      await userEvent.keyboard("{Enter}");
      expect(chosen.length, `${walk.event} after Enter`).toBeGreaterThan(0);
      if (walk.hasValue) expect((root as unknown as { value: unknown }).value).not.toBeNull();

      // Escape clears the choice.
      await userEvent.keyboard("{Escape}");
      if (walk.hasValue) expect((root as unknown as { value: unknown }).value ?? null).toBeNull();

      // No keyboard trap: Tab goes on until it leaves the chart for the button after it.
      let left = false;
      for (let i = 0; i < 200 && !left; i++) {
        await userEvent.tab();
        left = document.activeElement === after;
      }
      expect(left, `Tab leaves ${name}`).toBe(true);
    },
    60_000,
  );
});

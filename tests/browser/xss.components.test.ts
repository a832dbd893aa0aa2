/**
 * Hostile data in the components that tests/browser/xss.test.ts does not draw itself (trend,
 * dashboard, presentation, and any component added to tests/browser/oddComponents.ts): every
 * focusable or marked element clicked and given an arrow key, to open details and tooltips,
 * then nothing may have run and no markup may appear that harmless data does not make. A file
 * of its own so that the browser project runs it beside xss.test.ts: the dashboard alone (three
 * charts walked three times) took 147 s of that file's 206 s at a load of 13 on 2 cores.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { components } from "./oddComponents";
import { benign, hostile, hostileUrls, useContainers } from "./xssFixtures";
import {
  allText,
  executed,
  expectInert,
  installXssHooks,
  markupShape,
  settle,
  violations,
} from "./xssHarness";

const { mount, cleanups } = useContainers();

beforeAll(() => installXssHooks());
afterAll(() => {
  console.log(
    `[xss] other components: executed: ${executed.length}; CSP violations: ${violations.length}`,
  );
});

/** Clicks and arrow keys on everything focusable or marked, to open details and tooltips. */
function walk(container: HTMLElement): void {
  for (const target of container.querySelectorAll<HTMLElement | SVGElement>(
    "[tabindex], g[data-key], g[data-id]",
  )) {
    target.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    target.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  }
}

/**
 * The tags and attributes a component makes itself, from harmless data walked like the hostile
 * data; the component is destroyed and removed before the hostile one is drawn, so the page
 * holds one chart at a time (a dashboard is three, and every click lays out the whole page).
 */
async function ownMarkup(name: string): Promise<ReturnType<typeof markupShape>> {
  const quiet = mount();
  const handle = components[name]!(quiet, benign);
  try {
    walk(quiet);
    await settle();
    return markupShape(quiet);
  } finally {
    handle.destroy();
    quiet.remove();
  }
}

describe("hostile data in every other component", () => {
  // One test per dataset: drawing and walking a dashboard three times took 112 s at a load of
  // 16 on 2 cores. The budgets are hang bounds for such a load, not performance claims.
  for (const name of Object.keys(components).filter((n) => n !== "timeline" && n !== "network")) {
    it(`${name}: hostile text runs nothing and adds no markup`, async () => {
      const baseline = await ownMarkup(name);
      const container = mount();
      const chart = components[name]!(container, hostile);
      cleanups.push(() => chart.destroy());
      walk(container);
      await expectInert(container, baseline);
      expect(allText(container).length).toBeGreaterThan(0);
    }, 180_000);

    it(`${name}: unvalidated hostile URLs run nothing`, async () => {
      const container = mount();
      const chart = components[name]!(container, hostileUrls);
      cleanups.push(() => chart.destroy());
      walk(container);
      await expectInert(container);
      expect(allText(container).length).toBeGreaterThan(0);
    }, 120_000);
  }
});

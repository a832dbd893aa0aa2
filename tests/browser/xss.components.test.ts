/**
 * Hostile data in the components that tests/browser/xss.test.ts does not draw itself (trend,
 * dashboard, presentation, and any component added to tests/browser/oddComponents.ts): every
 * focusable or marked element clicked and given an arrow key, to open details and tooltips,
 * then nothing may have run and no markup may appear that harmless data does not make. A file
 * of its own so that the browser project runs it beside xss.test.ts: the dashboard alone (three
 * charts walked three times) took 147 s of that file's 206 s at a load of 13 on 2 cores.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readJson } from "../../src/io/readJson";
import type { Dataset, DatasetInput } from "../../src/model";
import { hostileDataset, withHostileUrls } from "../data/hostile/hostileDataset";
import { type Payload, textPayloads, urlPayloads } from "../data/hostile/payloads";
import { components } from "./oddComponents";
import {
  allText,
  executed,
  expectInert,
  installXssHooks,
  markupShape,
  settle,
  violations,
} from "./xssHarness";

/** The hostile dataset, validated by readJson as a page would load it. */
const hostile = readJson(JSON.stringify(hostileDataset())).data as Dataset;
/** The same shape with harmless text, to learn which tags and attributes a chart makes itself. */
const benignPayloads: Payload[] = textPayloads.map((p) => ({ ...p, text: `Text ${p.id}` }));
const benign = readJson(JSON.stringify(hostileDataset(benignPayloads))).data as Dataset;
/** Hostile URLs skip validation: components must not trust that links were checked. */
const hostileUrls = withHostileUrls(
  hostileDataset() as DatasetInput & Dataset,
  urlPayloads,
) as unknown as Dataset;

const containers: HTMLElement[] = [];
const cleanups: (() => void)[] = [];

function mount(width = 900): HTMLElement {
  const container = document.createElement("div");
  container.style.width = `${width}px`;
  document.body.append(container);
  containers.push(container);
  return container;
}

beforeAll(() => installXssHooks());
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const container of containers.splice(0)) container.remove();
});
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

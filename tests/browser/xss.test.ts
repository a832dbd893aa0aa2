import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createNetwork } from "../../src/components/network/createNetwork";
import {
  type EventDetailsContext,
  renderDataTable,
  renderEventDetails,
  renderIssues,
  renderSourcesFooter,
  renderTextSummary,
} from "../../src/components/shared";
import { createTimeline, type Timeline } from "../../src/components/timeline/createTimeline";
import { readJson } from "../../src/io/readJson";
import type { Dataset, DatasetInput } from "../../src/model";
import { hostileDataset, withHostileUrls } from "../data/hostile/hostileDataset";
import { type Payload, payloads, textPayloads, urlPayloads } from "../data/hostile/payloads";
import { components } from "./oddComponents";
import {
  allText,
  dangerousMarkup,
  executed,
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
/**
 * Hostile URLs skip validation: an ESM user can hand a component any object, so components must
 * not trust that links were checked.
 */
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
    `[xss] ${payloads.length} payloads (${textPayloads.length} text, ${urlPayloads.length} URL); executed: ${executed.length}; CSP violations: ${violations.length}`,
  );
});

/** Asserts nothing ran, nothing dangerous was made, and no new kind of markup appeared. */
async function expectInert(root: Element, baseline?: ReturnType<typeof markupShape>) {
  await settle();
  expect(executed).toEqual([]);
  expect(violations).toEqual([]);
  expect(dangerousMarkup(root)).toEqual([]);
  if (baseline) {
    const shape = markupShape(root);
    expect([...shape.tags].filter((t) => !baseline.tags.has(t))).toEqual([]);
    // `data-screen-only` marks the timeline's sticky axis copy, drawn only when the lanes scroll:
    // the hostile data's longer texts make the presentation's lanes scroll where the quiet data's
    // do not. It is jointline's own marker (removed from exports), not markup from the data.
    const ownLayoutMarkers = new Set(["data-screen-only"]);
    expect(
      [...shape.attributes].filter((a) => !baseline.attributes.has(a) && !ownLayoutMarkers.has(a)),
    ).toEqual([]);
  }
}

describe("the XSS hooks", () => {
  it("detect a payload that does run (a control: innerHTML, which jointline never uses)", async () => {
    const container = mount();
    const probe = textPayloads.find((p) => p.name === "img onerror")!;
    container.innerHTML = probe.text;
    // Waits for the image's error event rather than a fixed pause: on a loaded machine it fired
    // after the pause and was counted against the next tests.
    await vi.waitFor(() => expect(executed).toEqual([probe.id]), { timeout: 10_000 });
    expect(dangerousMarkup(container)).toEqual([
      "<img> element",
      'src="x" on <img>',
      "onerror on <img>",
    ]);
    executed.length = 0;
  });
});

describe("hostile data in the shared renderers", () => {
  const context = (data: Dataset): EventDetailsContext => ({
    actors: new Map(data.actors.map((a) => [a.id, a])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
  });

  it("renderEventDetails(event) shows every payload as text and runs none", async () => {
    for (const [data, withUrls] of [
      [hostile, false],
      [hostileUrls, true],
    ] as const) {
      const container = mount();
      for (const event of data.events)
        container.append(renderEventDetails(document, event, context(data)));
      const text = allText(container);
      for (const p of textPayloads)
        expect(text, `${p.name}${withUrls ? " (hostile URLs)" : ""}`).toContain(p.text);
      await expectInert(container);
    }
  });

  it("renderDataTable, renderSourcesFooter and renderTextSummary run no payload", async () => {
    for (const data of [hostile, hostileUrls]) {
      const container = mount();
      container.append(
        renderDataTable(document, data.title, data.events, [
          { label: "Title", cell: (e) => e.title, rowHeader: true },
          { label: "Summary", cell: (e) => e.summary ?? "" },
        ]),
        renderSourcesFooter(document, data.sources, { open: true }),
        renderTextSummary(document, data.description ?? data.title),
      );
      await expectInert(container);
      expect(allText(container)).toContain(textPayloads[0]!.text);
    }
  });

  it("renderIssues(issues) shows hostile found-text from a rejected file as text", async () => {
    const { issues } = readJson(JSON.stringify(withHostileUrls(hostileDataset())));
    expect(issues.length).toBeGreaterThan(0);
    const container = mount();
    container.append(renderIssues(document, issues));
    await expectInert(container);
  });
});

describe("hostile data in the timeline", () => {
  function draw(data: Dataset, options = {}): { chart: Timeline; container: HTMLElement } {
    const container = mount();
    const chart = createTimeline(container, data, { duration: 0, ...options } as never);
    cleanups.push(() => chart.destroy());
    return { chart, container };
  }

  it("createTimeline(hostile) draws every event, runs nothing, adds no markup of its own", async () => {
    const visit = (chart: Timeline, container: HTMLElement, data: Dataset, check: boolean) => {
      data.events.forEach((event, i) => {
        // Focus shows the tooltip, select the details panel; focusing pans, so not every time.
        if (i % 4 === 0) chart.focus(event.id);
        chart.select(event.id);
        if (check) expect(container.textContent, event.id).toContain(event.title);
      });
    };
    // The data table is built on demand (or at idle once focus enters the chart): built here
    // with its "Data table" button, so the hostile text is checked in it too.
    const openTable = (container: HTMLElement) =>
      container.querySelector<HTMLButtonElement>(".jl-table-open")?.click();
    const quiet = draw(benign);
    visit(quiet.chart, quiet.container, benign, false);
    openTable(quiet.container);
    await settle();
    const baseline = markupShape(quiet.container);
    const { chart, container } = draw(hostile);
    visit(chart, container, hostile, true);
    openTable(container);
    expect(container.querySelectorAll(".jl-table tbody tr").length).toBeGreaterThan(0);
    await expectInert(container, baseline);
  }, 90_000);

  it("createTimeline(hostile URLs, unvalidated) links only http(s)", async () => {
    const { chart, container } = draw(hostileUrls);
    for (const event of hostileUrls.events) chart.select(event.id);
    await expectInert(container);
    const hrefs = [...container.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs.length).toBeGreaterThan(0);
  });

  it("createTimeline(hostile) in every lane mode and in the canvas renderer runs nothing", async () => {
    for (const lanes of ["kind", "actor", "lead", "country", "tag", "none"]) {
      const { container } = draw(hostile, { lanes });
      await expectInert(container);
    }
    const { container } = draw(hostile, { renderer: "canvas" });
    await expectInert(container);
  });
});

describe("hostile data in the network", () => {
  it("createNetwork(hostile) shows actor names as text and runs nothing", async () => {
    const baselineContainer = mount();
    const baseline = createNetwork(baselineContainer, benign, { duration: 0 } as never);
    cleanups.push(() => baseline.destroy());
    for (const actor of benign.actors.slice(0, 40)) baseline.select(actor.id);
    await settle();
    const container = mount();
    const network = createNetwork(container, hostile, { duration: 0 } as never);
    cleanups.push(() => network.destroy());
    for (const actor of hostile.actors.slice(0, 40)) network.select(actor.id);
    await expectInert(container, markupShape(baselineContainer));
    // The details panel shows the last selected actor's name in full, as text.
    expect(allText(container)).toContain(hostile.actors[39]!.name);
  });

  it("createNetwork(hostile URLs, unvalidated) runs nothing", async () => {
    const container = mount();
    const network = createNetwork(container, hostileUrls, { duration: 0 } as never);
    cleanups.push(() => network.destroy());
    for (const actor of hostileUrls.actors.slice(0, 20)) network.select(actor.id);
    await expectInert(container);
  });
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

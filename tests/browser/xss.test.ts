import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
import type { Dataset } from "../../src/model";
import { hostileDataset, withHostileUrls } from "../data/hostile/hostileDataset";
import { payloads, textPayloads, urlPayloads } from "../data/hostile/payloads";
import { benign, hostile, hostileUrls, useContainers } from "./xssFixtures";
import {
  allText,
  dangerousMarkup,
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
    `[xss] ${payloads.length} payloads (${textPayloads.length} text, ${urlPayloads.length} URL); executed: ${executed.length}; CSP violations: ${violations.length}`,
  );
});

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

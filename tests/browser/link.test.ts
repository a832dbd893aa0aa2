import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import text from "../../data/csam-operations.json?raw";
import { createDashboard, type Dashboard } from "../../src/components/link/createDashboard";
import { readJson } from "../../src/io/readJson";
import type { Dataset } from "../../src/model";

const dataset = readJson(text).data as Dataset;
const dashboards: Dashboard[] = [];
const containers: HTMLElement[] = [];

function mount() {
  const container = document.createElement("div");
  container.style.width = "1000px";
  document.body.append(container);
  containers.push(container);
  const dashboard = createDashboard(container, dataset, {
    delay: 0,
    network: { duration: 0, playbackInterval: 20, playbackSpan: 2 },
    trend: { metric: "arrests" },
    timeline: { theme: "light" },
  });
  dashboards.push(dashboard);
  return { container, dashboard };
}

afterEach(() => {
  for (const d of dashboards.splice(0)) d.destroy();
  for (const c of containers.splice(0)) c.remove();
});

const year = (t: number) => new Date(t).getUTCFullYear();

describe("link (timeline + network + trend) in Chromium", () => {
  it("link(...): a time window on the timeline filters the network and the trend", () => {
    const { dashboard } = mount();
    const allEdges = dashboard.network.graph.edges.length;
    const allBars = dashboard.trend.layout.bars.length;
    dashboard.timeline.zoomTo([Date.UTC(2017, 0, 1), Date.UTC(2020, 0, 1)]);
    const state = dashboard.link.store.get();
    expect(state.window).not.toBeNull();
    expect(state.origin).toBe("timeline");
    expect(dashboard.network.graph.edges.length).toBeLessThan(allEdges);
    expect(dashboard.network.graph.edges.length).toBeGreaterThan(0);
    expect(dashboard.trend.layout.bars.length).toBeLessThan(allBars);
    for (const bar of dashboard.trend.layout.bars) {
      expect(Number(bar.period)).toBeGreaterThanOrEqual(year(state.window!.start) - 1);
      expect(Number(bar.period)).toBeLessThanOrEqual(year(state.window!.end) + 1);
    }
    expect(dashboard.network.element.querySelector(".jl-network-window")?.textContent).toMatch(
      /^201[6-7]–20(19|20)$/,
    );
  });

  it("link(...): brushing the timeline's overview with the mouse filters the network", async () => {
    const { dashboard } = mount();
    const overview = dashboard.timeline.element.querySelector<SVGSVGElement>("svg.jl-overview");
    expect(overview).not.toBeNull();
    const box = overview!.getBoundingClientRect();
    const before = dashboard.network.graph.events.length;
    // A brush drag across the middle fifth of the overview, with the real mouse (pointer events).
    const overlay = overview!.querySelector(".overlay")!;
    await userEvent.dragAndDrop(overlay, overlay, {
      sourcePosition: { x: box.width * 0.4, y: box.height / 2 },
      targetPosition: { x: box.width * 0.6, y: box.height / 2 },
      force: true,
      steps: 2,
    });
    await vi.waitFor(() => expect(dashboard.link.store.get().window).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(dashboard.network.graph.events.length).toBeLessThan(before);
  });

  it("link(...): selecting an actor in the network highlights its events in the trend and the timeline", async () => {
    const { dashboard } = mount();
    const node = dashboard.network.element.querySelector<SVGGElement>(
      'g.jl-network-node[data-id="uk-ceop"]',
    )!;
    await page.elementLocator(node).click();
    const state = dashboard.link.store.get();
    expect(state.actors).toEqual(["uk-ceop"]);
    expect(state.events).toContain("operation-rescue-2011");
    const highlighted = dashboard.trend.element.querySelectorAll("g.jl-trend-bar.jl-highlighted");
    expect(highlighted.length).toBeGreaterThan(0);
    expect([...highlighted].some((g) => (g as SVGGElement).dataset.key?.startsWith("2011"))).toBe(
      true,
    );
    // The timeline emphasises the actor's events and only those.
    const emphasized = [
      ...dashboard.timeline.element.querySelectorAll<SVGGElement>(".jl-mark.jl-emphasized"),
    ].map((g) => g.dataset.id);
    expect(emphasized).toContain("operation-rescue-2011");
    for (const id of emphasized) expect(state.events).toContain(id);
    expect(dashboard.timeline.element.querySelector(".jl-has-emphasis")).not.toBeNull();
    // Clearing the network's selection clears every highlight.
    await page.elementLocator(node).click();
    expect(dashboard.trend.element.querySelectorAll("g.jl-trend-bar.jl-dimmed").length).toBe(0);
    expect(dashboard.timeline.element.querySelectorAll(".jl-mark.jl-emphasized").length).toBe(0);
    expect(dashboard.timeline.element.querySelector(".jl-has-emphasis")).toBeNull();
  });

  it("link(...): selecting an event in the timeline highlights its actors in the network", () => {
    const { dashboard } = mount();
    dashboard.timeline.select("operation-rescue-2011");
    const on = [
      ...dashboard.network.element.querySelectorAll<SVGGElement>(
        "g.jl-network-node.jl-highlighted",
      ),
    ].map((g) => g.dataset.id);
    expect(on.sort()).toEqual(["europol", "uk-ceop"]);
    expect(
      dashboard.network.element.querySelectorAll("g.jl-network-node.jl-dimmed").length,
    ).toBeGreaterThan(5);
    dashboard.timeline.select(null);
    expect(dashboard.network.element.querySelectorAll("g.jl-network-node.jl-dimmed").length).toBe(
      0,
    );
  });

  it("link(...): network playback moves the timeline and the trend along", async () => {
    const { dashboard } = mount();
    dashboard.network.play();
    // A step or more of playback, however long a loaded machine takes.
    await vi.waitFor(() => expect(dashboard.link.store.get().window).not.toBeNull(), {
      timeout: 10_000,
    });
    dashboard.network.pause();
    const w = dashboard.link.store.get().window!;
    expect(w).not.toBeNull();
    expect(year(w.end) - year(w.start)).toBe(2);
    for (const bar of dashboard.trend.layout.bars)
      expect(Number(bar.period)).toBeGreaterThanOrEqual(year(w.start));
  });

  it("createDashboard(...).destroy() leaves nothing behind", () => {
    const { container, dashboard } = mount();
    dashboards.splice(dashboards.indexOf(dashboard), 1);
    dashboard.destroy();
    expect(container.childElementCount).toBe(0);
    expect(document.querySelectorAll("style[data-jointline]").length).toBe(0);
  });

  it("createDashboard(...) has no axe violations and matches its reference screenshot", async () => {
    await page.viewport(1040, 1500);
    const { dashboard } = mount();
    dashboard.timeline.zoomTo([Date.UTC(2016, 0, 1), Date.UTC(2026, 0, 1)]);
    const result = await axe.run(dashboard.element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    // The network and trend after the link filtered them to the timeline's window. The timeline's
    // own pixels are held by its tests: its height changes as it evolves, which would fail this
    // comparison for reasons that are not the link's.
    for (const part of ["network", "trend"]) {
      const section = dashboard.element.querySelector<HTMLElement>(`.jl-dashboard-${part}`)!;
      await expect.element(page.elementLocator(section)).toMatchScreenshot(`dashboard-${part}`, {
        comparatorName: "pixelmatch",
        comparatorOptions: { allowedMismatchedPixelRatio: 0.01 },
      });
    }
  });
});

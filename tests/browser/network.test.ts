import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page } from "vitest/browser";
import { syntheticNetworkDataset } from "../../bench/networkSynthetic";
import text from "../../data/csam-operations.json?raw";
import {
  createNetwork,
  type NetworkHandle,
  type NetworkSelectDetail,
  type NetworkWindowDetail,
} from "../../src/components/network/createNetwork";
import { readJson } from "../../src/io/readJson";
import type { Dataset } from "../../src/model";

const dataset = readJson(text).data as Dataset;
const handles: NetworkHandle[] = [];
const containers: HTMLElement[] = [];

function mount(options: Parameters<typeof createNetwork>[2] = {}, data = dataset) {
  const container = document.createElement("div");
  container.style.width = "720px";
  document.body.append(container);
  containers.push(container);
  const handle = createNetwork(container, data, { duration: 0, ...options });
  handles.push(handle);
  return { container, handle };
}

const positions = (root: Element) =>
  [...root.querySelectorAll<SVGGElement>("g.jl-network-node")].map((g) => [
    g.dataset.id,
    g.getAttribute("transform"),
  ]);

function pointer(target: Element, type: string, x: number, y: number) {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      pointerId: 7,
      button: 0,
      isPrimary: true,
    }),
  );
}

function centre(el: Element) {
  const b = el.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
}

afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  for (const c of containers.splice(0)) c.remove();
});

describe("createNetwork in Chromium", () => {
  it("createNetwork(container, dataset) renders the same positions twice", () => {
    const a = mount({ facet: "country" });
    const b = mount({ facet: "country" });
    const pa = positions(a.container);
    expect(pa.length).toBeGreaterThan(20);
    expect(positions(b.container)).toEqual(pa);
    expect(a.container.querySelectorAll("text.jl-network-label").length).toBeGreaterThan(5);
  });

  it("createNetwork(...) selects a node on click, fills element.value and the details panel, and Escape clears", async () => {
    const { handle } = mount();
    const details: NetworkSelectDetail[] = [];
    handle.element.addEventListener("network-select", (e) =>
      details.push((e as CustomEvent<NetworkSelectDetail>).detail),
    );
    const europol = handle.element.querySelector<SVGGElement>(
      'g.jl-network-node[data-id="europol"]',
    )!;
    await page.elementLocator(europol).click();
    expect(handle.element.value).toBe("europol");
    expect(details.at(-1)?.id).toBe("europol");
    expect(details.at(-1)?.events.length).toBeGreaterThan(3);
    const panel = handle.element.querySelector(".jl-network-details")!;
    expect(panel.hasAttribute("hidden")).toBe(false);
    expect(panel.textContent).toContain("Partners");
    expect(europol.getAttribute("aria-pressed")).toBe("true");
    europol.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(handle.element.value).toBeNull();
    expect(details.at(-1)?.id).toBeNull();
  });

  it("createNetwork(...) moves focus between nodes with the arrow keys and selects with Enter", () => {
    const { handle } = mount();
    const first = handle.element.querySelector<SVGGElement>('g.jl-network-node[tabindex="0"]')!;
    first.focus();
    expect(document.activeElement).toBe(first);
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    const moved = document.activeElement as SVGGElement;
    expect(moved).not.toBe(first);
    expect(moved.getAttribute("tabindex")).toBe("0");
    expect(first.getAttribute("tabindex")).toBe("-1");
    moved.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(handle.element.value).toBe(moved.dataset.id);
  });

  it("createNetwork(...) drags a node and its edges, without selecting it", () => {
    const { handle } = mount();
    const g = handle.element.querySelector<SVGGElement>('g.jl-network-node[data-id="europol"]')!;
    const before = handle.layout.nodes.find((d) => d.id === "europol")!;
    const [x0, y0] = [before.x, before.y];
    const start = centre(g);
    pointer(g, "pointerdown", start.x, start.y);
    for (let i = 1; i <= 5; i++) pointer(g, "pointermove", start.x + 8 * i, start.y + 6 * i);
    pointer(g, "pointerup", start.x + 40, start.y + 30);
    const after = handle.layout.nodes.find((d) => d.id === "europol")!;
    expect(after.x).toBeGreaterThan(x0 + 20);
    expect(after.y).toBeGreaterThan(y0 + 10);
    expect(g.getAttribute("transform")).toContain(String(Math.round(after.x)).slice(0, 2));
    const edge = handle.layout.edges.find((e) => e.source === "europol" || e.target === "europol")!;
    const line = handle.element.querySelector(`line[data-id="${edge.id}"]`)!;
    const end = edge.source === "europol" ? "x1" : "x2";
    expect(Number(line.getAttribute(end))).toBeCloseTo(after.x, 1);
    expect(handle.element.value).toBeNull();
    // A new window keeps the dragged node where the reader put it.
    handle.update({ window: { start: Date.UTC(2011, 0, 1), end: Date.UTC(2026, 0, 1) } });
    const kept = handle.layout.nodes.find((d) => d.id === "europol")!;
    expect([kept.x, kept.y]).toEqual([after.x, after.y]);
  });

  it("createNetwork(...) zooms with the wheel, zoomTo and the keyboard, and resets", () => {
    const { handle } = mount();
    const svg = handle.element.querySelector("svg")!;
    const viewport = svg.querySelector("g.jl-network-viewport")!;
    const c = centre(svg);
    svg.dispatchEvent(
      new WheelEvent("wheel", {
        bubbles: true,
        cancelable: true,
        deltaY: -300,
        clientX: c.x,
        clientY: c.y,
      }),
    );
    expect(viewport.getAttribute("transform")).toMatch(/scale\((1\.[0-9]+|[2-8](\.[0-9]+)?)\)/);
    handle.zoomTo(2);
    expect(viewport.getAttribute("transform")).toContain("scale(2)");
    handle.resetZoom();
    expect(viewport.getAttribute("transform")).toBe("translate(0,0) scale(1)");
    const node = svg.querySelector<SVGGElement>("g.jl-network-node")!;
    node.dispatchEvent(new KeyboardEvent("keydown", { key: "+", bubbles: true }));
    expect(viewport.getAttribute("transform")).toContain("scale(1.25)");
  });

  it("createNetwork(...).update({ window }) keeps surviving nodes in place and eases new ones in", () => {
    const { handle } = mount({
      window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) },
    });
    const before = new Map(handle.layout.nodes.map((d) => [d.id, [d.x, d.y]]));
    handle.update({ window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2026, 0, 1) } });
    let kept = 0;
    for (const d of handle.layout.nodes) {
      const p = before.get(d.id);
      if (p) {
        kept += 1;
        expect([d.x, d.y]).toEqual(p);
      }
    }
    expect(kept).toBe(before.size);
    expect(handle.element.querySelectorAll("g.jl-network-node.jl-entering").length).toBeGreaterThan(
      0,
    );
  });

  it("createNetwork(...) eases new nodes in, and not at all when the reader prefers reduced motion", () => {
    const eased = mount({ duration: 450 });
    expect(eased.handle.element.style.getPropertyValue("--jl-network-duration")).toBe("450ms");
    const original = window.matchMedia;
    window.matchMedia = ((query: string) =>
      ({
        matches: query.includes("prefers-reduced-motion"),
        media: query,
      }) as MediaQueryList) as typeof window.matchMedia;
    try {
      const still = mount({
        duration: 450,
        window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) },
      });
      expect(still.handle.element.style.getPropertyValue("--jl-network-duration")).toBe("0ms");
      still.handle.update({ window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2026, 0, 1) } });
      const entering = still.handle.element.querySelector("g.jl-network-node.jl-entering")!;
      expect(getComputedStyle(entering).animationDuration).toBe("0s");
    } finally {
      window.matchMedia = original;
    }
  });

  it("createNetwork(...) shows an empty state for a window without operations", () => {
    const { handle } = mount({
      window: { start: Date.UTC(1990, 0, 1), end: Date.UTC(1991, 0, 1) },
    });
    expect(handle.element.querySelector(".jl-empty")?.textContent).toContain("No cooperation");
    expect(handle.element.querySelectorAll("g.jl-network-node").length).toBe(0);
  });

  it("createNetwork(...).play() slides the window year by year and pause() stops it", async () => {
    const { handle } = mount({ playbackInterval: 20, playbackSpan: 2 });
    const windows: NetworkWindowDetail[] = [];
    handle.element.addEventListener("network-window", (e) =>
      windows.push((e as CustomEvent<NetworkWindowDetail>).detail),
    );
    handle.play();
    expect(handle.playing).toBe(true);
    // Three steps, however long a loaded machine takes to play them.
    await vi.waitFor(() => expect(windows.length).toBeGreaterThan(2), { timeout: 10_000 });
    handle.pause();
    const count = windows.length;
    expect(count).toBeGreaterThan(2);
    const starts = windows
      .filter((w) => w.window && w.playing)
      .map((w) => new Date(w.window!.start).getUTCFullYear());
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBe(starts[i - 1]! + 1);
    expect(windows.at(-1)?.playing).toBe(false);
    // Three playback intervals with no step: it stopped.
    await new Promise((r) => setTimeout(r, 60));
    expect(windows.length).toBe(count);
    expect(handle.element.querySelector(".jl-network-window")?.textContent).toMatch(
      /^\d{4}–\d{4}$/,
    );
  });

  it("createNetwork(...).destroy() removes its nodes, styles and timers", async () => {
    const { container, handle } = mount({ playbackInterval: 10 });
    handle.play();
    handles.splice(handles.indexOf(handle), 1);
    const windows: unknown[] = [];
    handle.element.addEventListener("network-window", (e) => windows.push(e));
    handle.destroy();
    expect(container.childElementCount).toBe(0);
    expect(document.querySelector('style[data-jointline="network"]')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(windows.length).toBe(0);
  });

  it("createNetwork(...) has no axe violations, selected and not", async () => {
    const { handle } = mount();
    let result = await axe.run(handle.element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    handle.select(handle.graph.nodes[0]!.id);
    (handle.element.querySelector("details") as HTMLDetailsElement).open = true;
    // The tables are built when opened (on the details' toggle event): one row per node and per
    // tie. Waited for, not slept on: the toggle event is queued, and a loaded machine runs it late.
    await vi.waitFor(() =>
      expect(handle.element.querySelectorAll("details table")).toHaveLength(2),
    );
    const tables = handle.element.querySelectorAll("details table");
    expect(tables[0]!.querySelectorAll("tbody tr")).toHaveLength(handle.graph.nodes.length);
    expect(tables[1]!.querySelectorAll("tbody tr")).toHaveLength(handle.graph.edges.length);
    result = await axe.run(handle.element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    handle.update({ bipartite: true, theme: "dark" });
    result = await axe.run(handle.element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  }, 90_000); // three axe audits: 30 s was too little at a load of 27 on 2 cores

  it("createNetwork(...) lays out 300 actors and 3,000 ties within the drawing", () => {
    const data = syntheticNetworkDataset(300, 3000);
    const { handle } = mount({ width: 900, height: 700, showAll: true }, data);
    expect(handle.graph.edges.length).toBe(3000);
    expect(handle.layout.nodes.length).toBe(handle.graph.nodes.length);
    for (const d of handle.layout.nodes) {
      expect(d.x).toBeGreaterThanOrEqual(d.r);
      expect(d.x).toBeLessThanOrEqual(900 - d.r);
    }
  });

  it("createNetwork(...) matches its reference screenshots", async () => {
    const { handle } = mount({ theme: "light" });
    await document.fonts.ready;
    await expect.element(page.elementLocator(handle.element)).toMatchScreenshot("network-default", {
      comparatorName: "pixelmatch",
      comparatorOptions: { allowedMismatchedPixelRatio: 0.01 },
    });
    handle.update({ facet: "country" });
    await expect
      .element(page.elementLocator(handle.element))
      .toMatchScreenshot("network-countries", {
        comparatorName: "pixelmatch",
        comparatorOptions: { allowedMismatchedPixelRatio: 0.01 },
      });
  });
});

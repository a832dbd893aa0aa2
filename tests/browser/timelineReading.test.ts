// Issue 15, read as a reader would: the tab order (no hidden tab stops, a skip link), the
// tooltip on labels and its closing, the details in view, and the deepest zoom.
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import {
  createTimeline,
  type Timeline,
  type TimelineZoomDetail,
} from "../../src/components/timeline";
import { defaultDataset } from "../scenarios/timelineScenarios";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A chart between two buttons, as on an article page; `below` px of page after it. */
function mount(
  width = 1000,
  below = 0,
): { chart: Timeline; before: HTMLElement; after: HTMLElement } {
  const before = document.createElement("button");
  before.textContent = "before";
  const after = document.createElement("button");
  after.textContent = "after";
  const container = document.createElement("div");
  container.style.width = `${width}px`;
  const spacer = document.createElement("div");
  spacer.style.height = `${below}px`;
  document.body.append(before, container, after, spacer);
  const chart = createTimeline(container, defaultDataset, { theme: "light" });
  cleanups.push(() => {
    chart.destroy();
    for (const node of [before, container, after, spacer]) node.remove();
    window.scrollTo(0, 0);
  });
  return { chart, before, after };
}

const frame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
/**
 * Builds the hidden data table as a screen reader user does, with the "Data table" button in its
 * place (it is not built at idle: issue 16), and waits for its rows.
 */
const openHiddenTable = async (root: Element) => {
  root.querySelector<HTMLButtonElement>(".jl-table-wrap .jl-table-open")!.click();
  await expect
    .poll(() => root.querySelectorAll(".jl-table:not(.jl-annotation-table) tbody tr").length, {
      timeout: 4000,
    })
    .toBe(defaultDataset.events.length);
};
/**
 * Points at the middle of an element as the mouse would: the pointer event goes to whatever is
 * hit there (so a label with pointer-events: none would not get it).
 */
function pointAt(el: Element): void {
  const box = el.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = document.elementFromPoint(x, y);
  expect(hit, "the label is what the pointer hits").toBe(el);
  hit!.dispatchEvent(
    new PointerEvent("pointermove", { clientX: x, clientY: y, bubbles: true, view: window }),
  );
}
const tooltipOf = (root: Element) => root.querySelector<HTMLElement>(".jl-tooltip")!;

function wheel(target: Element, deltaY: number, clientX: number) {
  const box = target.getBoundingClientRect();
  target.dispatchEvent(
    new WheelEvent("wheel", {
      deltaY,
      clientX,
      clientY: box.top + 60,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      view: window,
    }),
  );
}

describe("timeline: keyboard and screen reader", () => {
  it("createTimeline(...) adds no hidden tab stops: Tab from the chart's last control goes to the next thing on the page", async () => {
    const { chart, before, after } = mount();
    const root = chart.element;
    await openHiddenTable(root);
    // The hidden table is read by screen readers (in the DOM, not hidden from them) ...
    const links = root.querySelectorAll(".jl-table-wrap a[href]");
    expect(links.length).toBeGreaterThan(20);
    expect(
      root.querySelector(".jl-table-wrap")!.closest("[aria-hidden='true'], [hidden], [inert]"),
    ).toBeNull();
    before.focus();
    const stops: Element[] = [];
    for (let i = 0; i < 100 && document.activeElement !== after; i++) {
      await userEvent.tab();
      const active = document.activeElement;
      if (active && root.contains(active)) stops.push(active);
    }
    expect(document.activeElement).toBe(after);
    // ... but none of its links is a tab stop, and every stop is seen.
    expect(stops.filter((el) => el.closest(".jl-table-wrap"))).toEqual([]);
    for (const el of stops)
      expect(el.getBoundingClientRect().width, el.outerHTML.slice(0, 80)).toBeGreaterThan(0);
    expect(stops.length).toBeLessThan(12);
    // Shift+Tab from the next thing on the page lands on the chart's last control.
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(stops.at(-1));
    await userEvent.tab();
    expect(document.activeElement).toBe(after);

    // "Show table" makes the table's links tab stops, as it is now seen.
    root.querySelector<HTMLButtonElement>("button[aria-controls]")!.click();
    expect(root.querySelector(".jl-table-wrap a[href]")!.hasAttribute("tabindex")).toBe(false);
  });

  it("createTimeline(...) starts with a skip link that takes focus past the chart", async () => {
    const { chart, before, after } = mount();
    before.focus();
    await userEvent.tab();
    const skip = document.activeElement as HTMLElement;
    expect(skip.classList.contains("jl-skip")).toBe(true);
    expect(chart.element.contains(skip)).toBe(true);
    // Seen when focused.
    expect(skip.getBoundingClientRect().width).toBeGreaterThan(20);
    await userEvent.keyboard("{Enter}");
    await userEvent.tab();
    expect(document.activeElement).toBe(after);
  });

  it("createTimeline(...) opens the tooltip on hover of a label, closes it on pointer leave, Escape and a click elsewhere", async () => {
    const { chart } = mount();
    const root = chart.element;
    const label = root.querySelector<SVGTextElement>(
      `.jl-mark[data-id="operation-rescue-2011"] text`,
    )!;
    expect(label.getAttribute("display")).not.toBe("none");
    pointAt(label);
    await expect.poll(() => tooltipOf(root).hidden).toBe(false);
    expect(tooltipOf(root).textContent).toContain("Operation Rescue");
    // Pointer leave.
    label.closest("svg")!.dispatchEvent(new PointerEvent("pointerleave"));
    await expect.poll(() => tooltipOf(root).hidden).toBe(true);
    // Escape.
    pointAt(label);
    await expect.poll(() => tooltipOf(root).hidden).toBe(false);
    await userEvent.keyboard("{Escape}");
    expect(tooltipOf(root).hidden).toBe(true);
    // A click elsewhere, the pointer still over the chart's root (on its legend).
    pointAt(label);
    await expect.poll(() => tooltipOf(root).hidden).toBe(false);
    document.body.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    expect(tooltipOf(root).hidden).toBe(true);
  });

  it("createTimeline(...) opens the tooltip when a label's mark takes focus", async () => {
    const { chart } = mount();
    const root = chart.element;
    root.querySelector<HTMLElement>(".jl-plot")!.focus();
    await userEvent.keyboard("{Home}");
    await expect.poll(() => tooltipOf(root).hidden).toBe(false);
    await userEvent.keyboard("{Escape}");
    expect(tooltipOf(root).hidden).toBe(true);
  });

  it("createTimeline(...) moves the selection's class and aria-current from the old event's marks to the new one's, every copy in every lane", async () => {
    const { chart } = mount(1280);
    const root = chart.element;
    const selectedIds = () =>
      [...root.querySelectorAll(".jl-marks > .jl-mark.jl-selected")].map((g) =>
        g.getAttribute("data-id"),
      );
    const current = () =>
      [...root.querySelectorAll('.jl-marks > .jl-mark[aria-current="true"]')].map((g) =>
        g.getAttribute("data-id"),
      );
    // An event drawn in more than one lane (a copy per lane) and a second one.
    const counts = new Map<string, number>();
    for (const g of root.querySelectorAll(".jl-marks > .jl-mark"))
      counts.set(g.getAttribute("data-id")!, (counts.get(g.getAttribute("data-id")!) ?? 0) + 1);
    const [multi] = [...counts].find(([, n]) => n > 1) ?? [defaultDataset.events[0]!.id];
    const other = "operation-pacifier-2015-2017";
    chart.select(multi!);
    expect(selectedIds()).toEqual(Array(counts.get(multi!)).fill(multi));
    expect(current()).toEqual(selectedIds());
    chart.select(other);
    expect(selectedIds()).toEqual(Array(counts.get(other)).fill(other));
    expect(current()).toEqual(selectedIds());
    chart.select(null);
    expect(selectedIds()).toEqual([]);
    expect(current()).toEqual([]);
    // A zoom afterwards draws the frame again: the selection stays as written.
    chart.select(other);
    chart.zoomTo([Date.UTC(2010, 0, 1), Date.UTC(2025, 0, 1)]);
    await frame();
    await frame();
    expect(selectedIds()).toEqual(Array(counts.get(other)).fill(other));
    expect(current()).toEqual(selectedIds());
  });

  it("createTimeline(...) brings the details into view when a click selects an event, and closes the tooltip", async () => {
    const { chart } = mount(1000, 3000);
    const root = chart.element;
    // The page is scrolled so that the chart's top rows are at the bottom of the screen.
    const mark = root.querySelector<SVGGElement>(`.jl-mark[data-id="operation-rescue-2011"]`)!;
    window.scrollTo(0, mark.getBoundingClientRect().top + window.scrollY - window.innerHeight + 40);
    await frame();
    const details = root.querySelector<HTMLElement>(".jl-details")!;
    const text = mark.querySelector("text")!;
    const tb = text.getBoundingClientRect();
    pointAt(text);
    text.dispatchEvent(
      new MouseEvent("click", {
        clientX: tb.left + 5,
        clientY: tb.top + 5,
        bubbles: true,
        view: window,
      }),
    );
    expect(details.hidden).toBe(false);
    expect(tooltipOf(root).hidden).toBe(true);
    // Whether the panel is in view is answered after the next layout (an IntersectionObserver,
    // so that a click forces no layout of its own): it is scrolled into view by then.
    await vi.waitFor(() => {
      const box = details.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeLessThan(window.innerHeight);
    }, 15_000);
  });
});

describe("timeline: a real click (pointer pressed and released, as a mouse does)", () => {
  // The tests above dispatch a click event; a reader's mouse presses and releases, and d3-zoom
  // hears the press as the start of a drag. A frame drawn during the press drew the marks as a
  // gesture (on the canvas, the SVG marks gone), the release fell on what lay under them, and
  // the browser sent no click: no details, however often the reader clicked.
  for (const part of ["label", "glyph"] as const)
    it(`createTimeline(...) opens the details when the reader clicks an event's ${part}, however long the button is held`, async () => {
      const { chart } = mount();
      const root = chart.element;
      const mark = root.querySelector<SVGGElement>(`.jl-mark[data-id="operation-rescue-2011"]`)!;
      const target = (
        part === "label" ? mark.querySelector("text") : mark.querySelector(".jl-core, .jl-glyph")
      )! as SVGGraphicsElement;
      const box = target.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
      const x = box.left + Math.min(box.width / 2, 20);
      const y = box.top + box.height / 2;
      expect(document.elementFromPoint(x, y)?.closest(".jl-mark")).toBe(mark);
      // Playwright's click, through vitest's provider: pressed, held 120 ms (frames drawn
      // meanwhile), released at the same point.
      await userEvent.click(target, {
        position: { x: x - box.left, y: y - box.top },
        delay: 120,
        force: true,
      } as Parameters<typeof userEvent.click>[1]);
      await expect.poll(() => root.value?.id).toBe("operation-rescue-2011");
      expect(root.querySelector<HTMLElement>(".jl-details")!.hidden).toBe(false);
    });
});

describe("timeline: zoom limits from the data", () => {
  it("createTimeline(...) wheel-zoomed to the deepest level shows a few days, a year on the axis, events, and lane counts in view", async () => {
    const { chart } = mount(1280);
    const root = chart.element;
    const svg = root.querySelector<SVGSVGElement>("svg.jl-svg")!;
    const zooms: TimelineZoomDetail[] = [];
    root.addEventListener("timeline-zoom", (e) =>
      zooms.push((e as CustomEvent<TimelineZoomDetail>).detail),
    );
    // Around the first Victim Identification Taskforce (3–14 Nov 2014, exact days).
    const target = root.querySelector(`.jl-mark[data-id="vidtf-1-2014"] .jl-core`)!;
    const box = target.getBoundingClientRect();
    for (let i = 0; i < 150; i++) wheel(svg, -500, box.left + box.width / 2);
    await frame();
    await frame();
    expect(zooms.length).toBeGreaterThan(0);
    const last = zooms.at(-1)!;
    const days = (last.end - last.start) / 86_400_000;
    // The limit: four days on screen, never hours.
    expect(days).toBeGreaterThan(3.9);
    expect(days).toBeLessThan(4.1);
    const labels = [...root.querySelectorAll(".jl-tick text")].map((t) => t.textContent ?? "");
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.join("|")).toMatch(/\b2014\b/);
    expect(labels.join("|")).not.toMatch(/\d\d:\d\d/);
    // At least one event on screen: the taskforce's solid bar. A wheel gesture draws on canvas
    // until it settles; wait for the SVG marks to come back rather than for a fixed time.
    await expect
      .poll(() => root.querySelectorAll(".jl-mark").length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const plot = root.querySelector(".jl-plot")!.getBoundingClientRect();
    const onScreen = [...root.querySelectorAll(".jl-mark")].filter((g) => {
      const r = g.getBoundingClientRect();
      return r.width > 0 && r.right > plot.left && r.left < plot.right;
    });
    expect(
      onScreen.length,
      `${new Date(last.start).toISOString()} ${[...root.querySelectorAll(".jl-mark")].map((g) => `${g.getAttribute("data-id")}:${Math.round(g.getBoundingClientRect().left)}-${Math.round(g.getBoundingClientRect().right)}`).join(" ")} plot ${plot.left}-${plot.right}`,
    ).toBeGreaterThanOrEqual(1);
    const lane = [...root.querySelectorAll(".jl-lane-label")].map((t) => t.textContent);
    expect(lane[0]).toMatch(/^Operations \(\d+ of 17 in view\)$/);
    // Reset: every event in view again, the counts as totals.
    root.querySelector<HTMLButtonElement>('button[aria-label="Reset zoom"]')!.click();
    await frame();
    expect(root.querySelector(".jl-lane-label")!.textContent).toBe("Operations (17)");
  });
});

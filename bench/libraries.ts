// How the driver talks to each library's page: which page, and how a user zooms and pans it
// with real mouse input. Each library is driven the way its own UI expects.
import type { Page } from "playwright-core";

/** A point on the page. */
export interface Point {
  x: number;
  y: number;
}

/** One library under test. */
export interface LibrarySpec {
  /** Name in the tables. */
  name: string;
  /** `bench/pages/<page>.html`. */
  page: string;
  /** Input event types recorded as the zoom gesture (for frame statistics). */
  zoomInputs: string[];
  /**
   * Where zoom input goes. Located once before the gesture, not per step: querying a page with
   * a large DOM through playwright's selector engine costs the page main-thread time, which
   * would be counted in the library's frames.
   */
  zoomTarget(page: Page): Promise<Point>;
  /** Sends one zoom-in step at the target. */
  zoomStep(page: Page, at: Point): Promise<void>;
  /** Input event types recorded as the pan gesture. */
  panInputs: string[];
  /** Where the pan drag starts; located once, before the gesture. */
  panTarget(page: Page): Promise<Point>;
  /** Sends a whole pan gesture of `steps` moves from the target. */
  pan(page: Page, at: Point, steps: number): Promise<void>;
  /** What is not like-for-like about this library's numbers. */
  caveat: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Pause between wheel events: about one per frame, as a wheel or trackpad sends them. */
const wheelPaceMs = 16;
/** Pause between pan moves. */
const movePaceMs = 16;

async function center(page: Page, selector: string): Promise<Point> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  // The centre of the part inside the viewport (a chart may be taller than the window).
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const left = Math.max(0, box.x);
  const top = Math.max(0, box.y);
  const right = Math.min(viewport.width, box.x + box.width);
  const bottom = Math.min(viewport.height, box.y + box.height);
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

async function wheelZoom(page: Page, at: Point): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -100);
  await sleep(wheelPaceMs);
}

async function dragPan(page: Page, from: Point, steps: number, dx: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + dx * i, from.y);
    await sleep(movePaceMs);
  }
  await page.mouse.up();
}

/** The plot area of jointline's timeline (the first of its svg/canvas layers), or the chart. */
const jointlinePlot = "#chart";

/** Every library the harness knows, jointline first. */
export const libraries: LibrarySpec[] = [
  {
    name: "jointline",
    page: "jointline",
    zoomInputs: ["wheel"],
    zoomTarget: (page) => center(page, jointlinePlot),
    zoomStep: wheelZoom,
    panInputs: ["pointermove"],
    panTarget: (page) => center(page, jointlinePlot),
    pan: (page, at, steps) => dragPan(page, at, steps, -20),
    caveat: "",
  },
  {
    name: "vis-timeline",
    page: "vis-timeline",
    zoomInputs: ["wheel"],
    zoomTarget: (page) => center(page, ".vis-panel.vis-center"),
    zoomStep: wheelZoom,
    panInputs: ["pointermove"],
    panTarget: (page) => center(page, ".vis-panel.vis-center"),
    pan: (page, at, steps) => dragPan(page, at, steps, -20),
    caveat: "DOM element per visible item; zooms and pans with the wheel and drag like jointline.",
  },
  {
    name: "timelines-chart",
    page: "timelines-chart",
    // It has no wheel zoom: the user drags a range on the chart. One step zooms to the middle
    // 80 % of the view; panning drags the overview brush.
    zoomInputs: ["pointerup"],
    // The target is the centre of the plot (the chart's svg less its 90/100 px margins).
    zoomTarget: (page) => center(page, "#chart svg"),
    zoomStep: async (page, at) => {
      const graphWidth = 1200 - 190;
      await page.mouse.move(at.x - graphWidth * 0.4, at.y);
      await page.mouse.down();
      await page.mouse.move(at.x + graphWidth * 0.4, at.y, { steps: 4 });
      await page.mouse.up();
      await sleep(100);
    },
    panInputs: ["pointermove"],
    panTarget: (page) => center(page, ".brusher .brush .selection"),
    pan: (page, at, steps) => dragPan(page, at, steps, -4),
    caveat:
      "Zoom is drag-to-select (no wheel), one 80 % step per drag, with 700 ms animated transitions (its default); points are one-day segments; panning drags the overview brush.",
  },
  {
    name: "plain d3 SVG",
    page: "d3-svg",
    zoomInputs: ["wheel"],
    zoomTarget: (page) => center(page, "#chart svg"),
    zoomStep: wheelZoom,
    panInputs: ["pointermove"],
    panTarget: (page) => center(page, "#chart svg"),
    pan: (page, at, steps) => dragPan(page, at, steps, -20),
    caveat:
      "The baseline a d3 user writes by hand: one SVG element per event (no labels, no canvas, no aggregation), d3-zoom on the SVG, every element's position rewritten on every zoom event; marks in 6 fixed sub-rows per lane (no packing).",
  },
  {
    name: "TimelineJS",
    page: "timelinejs",
    // A slide story-teller: its time navigator zooms with buttons through 11 fixed levels and
    // pans by dragging; the wheel only scrolls it sideways.
    zoomInputs: ["click"],
    zoomTarget: (page) => center(page, ".tl-menubar-button:has(.tl-icon-zoom-in)"),
    zoomStep: async (page, at) => {
      await page.mouse.click(at.x, at.y);
      await sleep(50);
    },
    panInputs: ["pointermove"],
    panTarget: (page) => center(page, ".tl-timenav"),
    pan: (page, at, steps) => dragPan(page, at, steps, -20),
    caveat:
      "A slide story-teller, not an exploration chart: it builds one slide per event besides the time navigator, zooms with buttons through 11 fixed levels (steps past the last do nothing), and its navigator packs markers into a few rows.",
  },
];

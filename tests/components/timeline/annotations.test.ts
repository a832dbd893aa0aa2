// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import {
  type Box,
  layoutAnnotations,
  obstacleBoxes,
  type TimelineNote,
} from "../../../src/components/timeline/annotationsLayout";
import { createTimeline, type Timeline } from "../../../src/components/timeline/createTimeline";
import type { MarkLayout } from "../../../src/components/timeline/layout/types";
import type { Dataset } from "../../../src/model";
import { defaultDataset } from "../../scenarios/timelineScenarios";

const measure = (text: string, size: number) => text.length * size * 0.6;
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A point mark at (cx, y) with a label after it. */
function mark(eventId: string, cx: number, y: number, label = `Label ${eventId}`): MarkLayout {
  return {
    key: eventId,
    eventId,
    index: 0,
    lane: "a",
    row: 0,
    kind: "arrest",
    shape: "point",
    left: cx - 5,
    right: cx + 5,
    cx,
    y,
    r: 5,
    imprecise: false,
    exactStart: true,
    exactEnd: true,
    approximate: false,
    openEnd: false,
    openStart: false,
    noSize: false,
    colorIndex: 0,
    label,
    labelX: cx + 9,
    labelAnchor: "start",
    labelVisible: true,
    primary: 0,
  };
}

const day = 864e5;
const t0 = Date.UTC(2020, 0, 1);
/** One pixel a day from 2020-01-01. */
const x = (t: number) => (t - t0) / day;

function input(marks: MarkLayout[], rows = 4) {
  return {
    x,
    width: 600,
    lanesTop: 30,
    lanesBottom: 30 + 18 + rows * 26,
    marks,
    lanes: [{ key: "a", top: 30, height: 18 + rows * 26 }],
    rowHeight: 26,
    rtl: false,
    measure,
    fontSize: 12,
  };
}

describe("layoutAnnotations(notes, input)", () => {
  it("layoutAnnotations(notes) covers no mark, no visible label and no other note", () => {
    const marks = [
      mark("e1", 100, 30 + 18 + 13),
      mark("e2", 160, 30 + 18 + 39),
      mark("e3", 300, 30 + 18 + 13),
      mark("e4", 310, 30 + 18 + 65),
      mark("e5", 580, 30 + 18 + 91),
    ];
    const notes: TimelineNote[] = [
      ...marks.map((m, i) => ({
        id: `n${i}`,
        text: `A note about ${m.eventId} that is rather long`,
        start: t0 + m.cx * day,
        end: t0 + m.cx * day,
        eventId: m.eventId,
      })),
      { id: "d1", text: "A date", start: t0 + 120 * day, end: t0 + 121 * day },
      { id: "p1", text: "A period", start: t0 + 200 * day, end: t0 + 400 * day },
    ];
    const { annotations, height } = layoutAnnotations(notes, { ...input(marks), maxRows: 8 });
    expect(annotations.length).toBe(notes.length);
    // With fewer rows than they need, the notes that do not fit are left out (the table lists
    // them).
    const few = layoutAnnotations(notes, { ...input(marks), maxRows: 2 }).annotations;
    expect(few.length).toBeLessThan(notes.length);
    const obstacles = obstacleBoxes(marks, measure, 12, false);
    for (const a of annotations) {
      for (const o of obstacles)
        expect(overlaps(a.box, o), `${a.id} over a mark or label`).toBe(false);
      for (const b of annotations)
        if (b !== a) expect(overlaps(a.box, b.box), `${a.id} over ${b.id}`).toBe(false);
      expect(a.box.left).toBeGreaterThanOrEqual(0);
      expect(a.box.right).toBeLessThanOrEqual(600);
    }
    // The strip holds the notes that did not fit beside their marks, and only those.
    expect(height).toBeGreaterThan(0);
    const strip = annotations.filter((a) => !a.inPlot);
    for (const a of strip) expect(a.box.top).toBeGreaterThanOrEqual(30 + 18 + 4 * 26);
    // A period gets its bracket; a note on an event points at its mark.
    expect(annotations.find((a) => a.id === "p1")!.bracket).toMatchObject({
      left: 200,
      right: 400,
    });
    const onE5 = annotations.find((a) => a.id === "n4")!;
    expect(onE5.line.x).toBe(580);
    expect(onE5.anchor).toBe("end");
  });

  it("layoutAnnotations(notes) puts a note beside its mark when a neighbouring row is free", () => {
    const marks = [mark("e1", 100, 30 + 18 + 39)];
    const { annotations, height } = layoutAnnotations(
      [{ id: "n", text: "Here", start: t0 + 100 * day, end: t0 + 100 * day, eventId: "e1" }],
      input(marks),
    );
    expect(annotations[0]).toMatchObject({ inPlot: true, anchor: "start" });
    expect(annotations[0]!.box.bottom).toBeLessThanOrEqual(30 + 18 + 39 - 5);
    expect(height).toBe(0);
  });

  it("layoutAnnotations(notes) follows the scale (zoom) and leaves out notes outside the plot", () => {
    const notes: TimelineNote[] = [
      { id: "in", text: "Inside", start: t0 + 50 * day, end: t0 + 50 * day },
      { id: "out", text: "Outside", start: t0 + 900 * day, end: t0 + 900 * day },
    ];
    const first = layoutAnnotations(notes, input([])).annotations;
    expect(first.map((a) => [a.id, a.line.x])).toEqual([["in", 50]]);
    const zoomed = layoutAnnotations(notes, {
      ...input([]),
      x: (t: number) => 2 * x(t) - 50,
    }).annotations;
    expect(zoomed.map((a) => [a.id, a.line.x])).toEqual([["in", 50]]);
    const panned = layoutAnnotations(notes, {
      ...input([]),
      x: (t: number) => x(t) - 450,
    }).annotations;
    expect(panned.map((a) => [a.id, a.line.x])).toEqual([["out", 450]]);
  });

  it("layoutAnnotations(notes) shortens a note wider than the plot and keeps the whole text", () => {
    const text = "word ".repeat(200).trim();
    const [a] = layoutAnnotations(
      [{ id: "long", text, start: t0 + 10 * day, end: t0 + 10 * day }],
      input([]),
    ).annotations;
    expect(a!.text.endsWith("…")).toBe(true);
    expect(a!.fullText).toBe(text);
    expect(a!.box.right - a!.box.left).toBeLessThanOrEqual(600);
  });
});

describe("layoutAnnotations(notes, { fontSize })", () => {
  it("layoutAnnotations(notes, { fontSize: 24 }) keeps 24 px notes in the strip apart and as long as 12 px ones", () => {
    // Two notes on nearly the same day: the second goes to the strip's next row.
    const text = "Interim derogation extended to 3 April 2026";
    const notes: TimelineNote[] = [
      { id: "a", text, start: t0 + 500 * day, end: t0 + 500 * day },
      {
        id: "b",
        text: "Fully AI-generated abuse material targeted",
        start: t0 + 520 * day,
        end: t0 + 520 * day,
      },
    ];
    const at = (fontSize: number) =>
      layoutAnnotations(notes, { ...input([]), width: 1800, fontSize, measure });
    const small = at(12);
    const large = at(24);
    // At 12 px the 18 px rows hold the text; at 24 px they grow with the type (27 px), so the
    // second row's text starts below the first's (a text is about 1.2 × its size tall).
    const [first, second] = [...large.annotations].sort((p, q) => p.y - q.y);
    expect(second!.y - first!.y).toBeGreaterThanOrEqual(24 * 1.1);
    expect(large.height).toBeGreaterThan(small.height);
    // As many characters at 24 px as at 12 px (the old cap, 280 px, held half as many at 24 px).
    const texts = (placed: typeof small) => placed.annotations.map((a) => a.text).sort();
    expect(texts(large)).toEqual(texts(small));
    expect(texts(small)[0]!.length).toBeGreaterThan(30);
  });
});

const charts: Timeline[] = [];
function mount(dataset: Dataset, options = {}) {
  const container = document.createElement("div");
  document.body.append(container);
  const chart = createTimeline(container, dataset, { width: 900, ...options });
  charts.push(chart);
  return chart;
}
afterEach(() => {
  for (const chart of charts.splice(0)) chart.destroy();
  document.body.replaceChildren();
});

describe("createTimeline with annotations (jsdom)", () => {
  const withNotes: Dataset = {
    ...defaultDataset,
    annotations: [
      ...(defaultDataset.annotations ?? []),
      {
        id: "date-note",
        text: "<img src=x onerror=alert(1)> a date",
        when: "2011-12",
        sources: [],
      },
    ],
  };

  it("createTimeline(dataset) draws each note as text with its whole text as a title, and lists them for screen readers", () => {
    const chart = mount(withNotes, { showSummary: true, showTable: true });
    const texts = [...chart.element.querySelectorAll("text.jl-annotation")];
    expect(texts.map((t) => t.getAttribute("data-annotation")).sort()).toEqual([
      "date-note",
      "note-cumberland-ai",
      "note-interim-extended",
    ]);
    const hostile = texts.find((t) => t.getAttribute("data-annotation") === "date-note")!;
    expect(hostile.querySelector("title")!.textContent).toBe("<img src=x onerror=alert(1)> a date");
    expect(chart.element.querySelector("img")).toBeNull();
    expect(chart.element.querySelectorAll(".jl-annotation-line").length).toBe(3);
    expect(chart.element.querySelector(".jl-summary")!.textContent).toContain(
      "Notes on the chart: “Fully AI-generated abuse material targeted” (on “Operation Cumberland",
    );
  }, 30_000);

  it("zoomTo(window) keeps the notes inside the window and drops the others; annotations: false draws none", () => {
    const chart = mount(withNotes);
    chart.zoomTo([Date.UTC(2010, 0, 1), Date.UTC(2013, 0, 1)]);
    const ids = () =>
      [...chart.element.querySelectorAll("text.jl-annotation")].map((t) =>
        t.getAttribute("data-annotation"),
      );
    expect(ids()).toEqual(["date-note"]);
    chart.zoomTo(null);
    expect(ids().length).toBe(3);
    chart.update({ annotations: false });
    expect(ids()).toEqual([]);
    expect(chart.element.querySelector("g.jl-annotations")).toBeNull();
  }, 30_000);
});

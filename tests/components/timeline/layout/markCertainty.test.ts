// @vitest-environment jsdom
import { scaleUtc } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../../../src/components/shared/measureText";
import {
  timelineLegendItems,
  timelineStylesPresent,
} from "../../../../src/components/timeline/describe";
import {
  layoutTimeline,
  type TimelineLayoutInput,
} from "../../../../src/components/timeline/layout";
import { markCertainty } from "../../../../src/components/timeline/layout/markCertainty";
import { renderTimeline } from "../../../../src/components/timeline/render";
import { assignLanes } from "../../../../src/derive/assignLanes";
import { eventExtent } from "../../../../src/derive/eventExtent";
import { parseDataset } from "../../../../src/io/parseDataset";
import type { Dataset, EventInput } from "../../../../src/model";
import { parseWhen } from "../../../../src/time/parseWhen";

const now = Date.UTC(2026, 10, 21);
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** One side of an EDTF date, at any precision the library reads, with or without a qualifier. */
const side = (year: fc.Arbitrary<number>) =>
  fc.oneof(
    fc
      .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
    fc
      .tuple(
        year,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom("~", "?", "%"),
      )
      .map(([y, m, d, q]) => `${y}-${pad(m)}-${pad(d)}${q}`),
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
    year.map((y) => `${y}`),
    fc.tuple(year, fc.integer({ min: 21, max: 24 })).map(([y, s]) => `${y}-${s}`),
    fc.tuple(year, fc.constantFrom("~", "?")).map(([y, q]) => `${y}${q}`),
  );

/** A date, an interval of two sides in order, an open or unknown side, or a short exact span. */
const edtf = fc.oneof(
  side(fc.integer({ min: 2000, max: 2010 })),
  fc
    .tuple(side(fc.integer({ min: 2000, max: 2004 })), side(fc.integer({ min: 2006, max: 2010 })))
    .map(([a, b]) => `${a}/${b}`),
  side(fc.integer({ min: 2000, max: 2010 })).map((a) => `${a}/..`),
  side(fc.integer({ min: 2000, max: 2010 })).map((a) => `../${a}`),
  fc
    .tuple(
      fc.integer({ min: 2000, max: 2010 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 27 }),
      fc.integer({ min: 0, max: 1 }),
    )
    .map(([y, m, d, n]) => `${y}-${pad(m)}-${pad(d)}/${y}-${pad(m)}-${pad(d + n)}`),
);

/** The oracle, from the text alone: a date is exact when every side is a plain day. */
const isExactText = (when: string) =>
  when.split("/").every((part) => /^\d{4}-\d{2}-\d{2}$/.test(part));

function datasetOf(whens: string[]): Dataset {
  const events: EventInput[] = whens.flatMap((when, i) => [
    { kind: "operation", id: `op-${i}`, title: `Operation ${i}`, when, sources: ["s1"] },
    {
      kind: "arrest",
      action: "arrest",
      id: `ar-${i}`,
      title: `Arrest ${i}`,
      when,
      sources: ["s1"],
    },
    {
      kind: "legislation",
      id: `lg-${i}`,
      title: `Law ${i}`,
      when,
      instrument: `law-${i}`,
      stage: "adopted",
      sources: ["s1"],
    },
  ]);
  const { data, issues } = parseDataset({
    schemaVersion: "1",
    title: "Generated dates",
    sources: [
      {
        id: "s1",
        publisher: "P",
        title: "T",
        url: "https://example.org/",
        published: "2020-01-01",
      },
    ],
    actors: [],
    events,
  });
  if (!data) throw new Error(issues.map((x) => x.message).join("; "));
  return data;
}

function input(dataset: Dataset, width: number): TimelineLayoutInput {
  const extents = dataset.events.map((e) => eventExtent(e, { now }));
  const lo = Math.min(...extents.map((x) => x.earliestStart));
  const hi = Math.max(...extents.map((x) => x.latestEnd));
  const x = scaleUtc()
    .domain([lo, hi])
    .range([40, width - 40]);
  return {
    events: dataset.events,
    extents,
    assignment: assignLanes(dataset.events, { actors: dataset.actors }),
    x: (t) => x(t),
    invert: (p) => +x.invert(p),
    width,
    rtl: false,
    rowHeight: 26,
    maxRowsPerLane: 400,
    fontSize: 12,
    measure: approximateTextWidth,
    labels: dataset.events.map((e) => e.title),
    colorIndices: dataset.events.map(() => 0),
    ticks: [],
  };
}

const shown = (el: Element | null) => el !== null && el.getAttribute("display") !== "none";

/** Whether the SVG of one mark shows doubt: a hatched range, a fading end or a hollow glyph. */
function drawnUncertain(g: Element): boolean {
  if (g.classList.contains("jl-span"))
    return [...g.querySelectorAll(".jl-fuzz, .jl-tail")].some(shown);
  return g.classList.contains("jl-hollow") || shown(g.querySelector(".jl-band"));
}

describe("markCertainty", () => {
  it("markCertainty(exact short spans) covers every day of them, solid", () => {
    const day = 86_400_000;
    const [op] = datasetOf(["2014-11-06/2014-11-07"]).events;
    const c = markCertainty(op!.when, eventExtent(op!, { now }));
    expect(c).toEqual({
      startExact: true,
      endExact: true,
      coreStart: Date.UTC(2014, 10, 6),
      coreEnd: Date.UTC(2014, 10, 6) + 2 * day,
    });
    const [one] = datasetOf(["2023-04-04"]).events;
    const d = markCertainty(one!.when, eventExtent(one!, { now }));
    expect(d.coreEnd - d.coreStart).toBe(day);
    const [half] = datasetOf(["2014/2014-11-06"]).events;
    const h = markCertainty(half!.when, eventExtent(half!, { now }));
    expect([h.startExact, h.endExact, h.coreStart, h.coreEnd]).toEqual([
      false,
      true,
      Date.UTC(2014, 10, 6),
      Date.UTC(2014, 10, 7),
    ]);
  });

  it("markCertainty(generated EDTF dates) reads the text only for a ~ or ?, and says what reading it would", () => {
    // The full reading of each side, as markCertainty made it before it skipped the text of
    // dates without a qualifier: the fast answer must be the same for every date.
    const exact = (b: unknown) =>
      typeof b === "object" &&
      b !== null &&
      "precision" in b &&
      (b as { precision: string }).precision === "day" &&
      !(b as { approximate?: boolean }).approximate &&
      !(b as { uncertain?: boolean }).uncertain;
    fc.assert(
      fc.property(edtf, (when) => {
        const [event] = datasetOf([when]).events;
        const e = eventExtent(event!, { now });
        const parsed = parseWhen(when);
        if (!parsed.ok) throw new Error(`generated date not read: ${when}`);
        const w = parsed.value;
        const startExact = !e.openStart && exact(w.type === "date" ? w.date : w.start);
        const endExact = !e.openEnd && exact(w.type === "date" ? w.date : w.end);
        const c = markCertainty(when, e);
        expect([when, c.startExact, c.endExact]).toEqual([when, startExact, endExact]);
      }),
      { numRuns: 300 },
    );
  });

  it("renderTimeline(generated EDTF dates) draws a mark uncertain if and only if its date is", () => {
    fc.assert(
      fc.property(
        fc.array(edtf, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(320, 1280, 6000),
        (whens, width) => {
          const dataset = datasetOf(whens);
          const layout = layoutTimeline(input(dataset, width));
          const svg = renderTimeline(document, null, layout, {
            id: "t",
            ariaLabel: () => "",
            selected: null,
            focused: null,
            rtl: false,
            drawMarks: true,
            title: "t",
          });
          const byId = new Map(dataset.events.map((e) => [e.id, e.when]));
          const marks = [...svg.querySelectorAll("g.jl-mark")];
          expect(marks).toHaveLength(dataset.events.length);
          for (const g of marks) {
            const when = byId.get(g.getAttribute("data-id")!)!;
            expect([when, drawnUncertain(g)]).toEqual([when, !isExactText(when)]);
            if (isExactText(when) && g.classList.contains("jl-span")) {
              // Solid, and wide enough to see whatever the zoom.
              const core = g.querySelector(".jl-core")!;
              expect(shown(core)).toBe(true);
              expect(Number(core.getAttribute("width"))).toBeGreaterThanOrEqual(3);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it("timelineLegendItems(colour, timelineStylesPresent(events)) names only the styles drawn", () => {
    const labels = (whens: string[]) => {
      const d = datasetOf(whens);
      const present = timelineStylesPresent(
        d.events,
        d.events.map((e) => eventExtent(e, { now })),
      );
      return timelineLegendItems(true, present).map((item) => item.label);
    };
    const kinds = [
      "Operation (span)",
      "Enforcement action",
      "Legislative stage (joined per instrument)",
    ];
    expect(labels(["2014-11-06/2014-11-07", "2023-04-04"])).toEqual(kinds);
    expect(labels(["2014-11-06", "2014-11"])).toEqual([...kinds, "Date known only to a range"]);
    // An ongoing span with an exact start: a faded end, no hatched range (points are hollow though).
    expect(labels(["2014-11-06/.."])).toEqual([...kinds, "Date known only to a range", "Ongoing"]);
  });
});

import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../../../src/components/shared/measureText";
import { encodeTimeline } from "../../../../src/components/timeline/encode";
import { resolveTimelineOptions } from "../../../../src/components/timeline/options";
import {
  isVertical,
  layoutVertical,
  MIN_TARGET,
  shortLabel,
  type VerticalLayoutInput,
  wrapText,
} from "../../../../src/components/timeline/vertical";
import { parseDataset } from "../../../../src/io/parseDataset";
import type { Dataset } from "../../../../src/model";
import second from "../../../data/second/ransomware-fictional.json";
import { defaultDataset, impreciseOngoing } from "../../../scenarios/timelineScenarios";

const secondDataset = parseDataset(second).data as Dataset;

function input(dataset: Dataset, extra: Partial<VerticalLayoutInput> = {}): VerticalLayoutInput {
  const enc = encodeTimeline(dataset, resolveTimelineOptions({}));
  const order = enc.events
    .map((_, i) => i)
    .sort((a, b) => enc.extents[a]!.earliestStart - enc.extents[b]!.earliestStart || a - b);
  return {
    ids: enc.events.map((e) => e.id),
    kinds: enc.events.map((e) => e.kind),
    extents: enc.extents,
    colorIndices: enc.colorIndices,
    order,
    label: (i) => shortLabel(enc.events[i]!),
    meta: (i) => String(enc.events[i]!.when),
    yearOf: (t) => String(new Date(t).getUTCFullYear()),
    eras: [],
    width: 375,
    rtl: false,
    measure: approximateTextWidth,
    fontSize: 12,
    ...extra,
  };
}

describe("wrapText", () => {
  it("wrapText(text, width) keeps every word, in order, and no line is wider than width", () => {
    const text = "Operation Rescue: online forum network dismantled across twelve jurisdictions";
    for (const width of [160, 240, 400]) {
      const lines = wrapText(text, width, approximateTextWidth, 15);
      expect(lines.join(" ")).toBe(text);
      for (const line of lines) expect(approximateTextWidth(line, 15)).toBeLessThanOrEqual(width);
    }
  });

  it("wrapText breaks a word longer than a line by characters, losing none", () => {
    const word = "Kinderpornografiebekämpfungsgesetz";
    const lines = wrapText(word, 60, approximateTextWidth, 15);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(word);
    for (const line of lines) expect(approximateTextWidth(line, 15)).toBeLessThanOrEqual(60);
  });
});

describe("shortLabel", () => {
  it("shortLabel(event) is the title up to its first ' – ', ' - ' or ': ', else the title", () => {
    expect(shortLabel({ title: "Operation Rescue: online forum network dismantled" })).toBe(
      "Operation Rescue",
    );
    expect(shortLabel({ title: "Operation X – phase two - more" })).toBe("Operation X");
    expect(shortLabel({ title: "Lanzarote Convention enters into force" })).toBe(
      "Lanzarote Convention enters into force",
    );
    expect(shortLabel({ title: "A: b", label: "Given" })).toBe("Given");
  });
});

describe("isVertical", () => {
  it("isVertical(opts, width) follows the orientation, and under auto the width", () => {
    const auto = { orientation: "auto" as const, verticalBelow: 600 };
    expect(isVertical(auto, 375)).toBe(true);
    expect(isVertical(auto, 599)).toBe(true);
    expect(isVertical(auto, 600)).toBe(false);
    expect(isVertical({ ...auto, orientation: "horizontal" }, 375)).toBe(false);
    expect(isVertical({ ...auto, orientation: "vertical" }, 1280)).toBe(true);
    expect(resolveTimelineOptions({}).orientation).toBe("auto");
    expect(resolveTimelineOptions({}).verticalBelow).toBe(600);
  });
});

describe("layoutVertical", () => {
  for (const [name, dataset] of [
    ["the default dataset", defaultDataset],
    ["the second dataset", secondDataset],
    ["imprecise and ongoing dates", impreciseOngoing],
  ] as const) {
    it(`layoutVertical(${name}) at 375 px gives every event one row, in time order, with its whole label in lines that fit`, () => {
      const inp = input(dataset);
      const layout = layoutVertical(inp);
      expect(layout.rows.map((r) => r.index)).toEqual(Array.from(inp.order));
      for (const row of layout.rows) {
        expect(row.label.map((l) => l.text).join(" ")).toBe(
          inp.label(row.index).split(/\s+/).join(" "),
        );
        for (const line of [...row.label, ...row.meta]) {
          const size = row.label.includes(line) ? layout.labelSize : layout.metaSize;
          expect(line.x).toBeGreaterThanOrEqual(0);
          expect(line.x + approximateTextWidth(line.text, size)).toBeLessThanOrEqual(layout.width);
          expect(line.y).toBeGreaterThan(row.top);
          expect(line.y).toBeLessThanOrEqual(row.top + row.height);
        }
      }
    });

    it(`layoutVertical(${name}) rows never overlap and each is a tap target of at least 44 × 44 px`, () => {
      const layout = layoutVertical(input(dataset));
      let bottom = 0;
      for (const row of layout.rows) {
        expect(row.height).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(layout.width).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(row.top).toBeGreaterThanOrEqual(bottom);
        bottom = row.top + row.height;
      }
      expect(layout.height).toBeGreaterThanOrEqual(bottom);
    });
  }

  it("layoutVertical puts a year heading before the first event of each year", () => {
    const inp = input(defaultDataset);
    const layout = layoutVertical(inp);
    const years = new Set(layout.rows.map((r) => inp.yearOf(inp.extents[r.index]!.earliestStart)));
    expect(layout.headings.map((h) => h.text)).toEqual([...years]);
    for (const h of layout.headings) {
      const first = layout.rows.find(
        (r) => inp.yearOf(inp.extents[r.index]!.earliestStart) === h.text,
      )!;
      expect(h.top + h.height).toBeLessThanOrEqual(first.top);
    }
  });

  it("layoutVertical draws spans as bars at least a row long, running down the page, solid where the date is exact and hatched only where it is not", () => {
    const inp = input(secondDataset);
    const layout = layoutVertical(inp);
    const spans = layout.rows.filter((r) => r.shape === "span");
    expect(spans.length).toBeGreaterThan(3);
    for (const row of spans) {
      const bar = row.bar!;
      expect(bar.y1 - bar.y0).toBeGreaterThanOrEqual(row.height - 6);
      expect(bar.y0).toBeLessThanOrEqual(bar.coreTop);
      expect(bar.coreTop).toBeLessThanOrEqual(bar.coreBottom);
      expect(bar.coreBottom).toBeLessThanOrEqual(bar.y1);
      if (!row.imprecise) {
        // An exact span (days known): all of it solid.
        expect(bar.hasCore).toBe(true);
        expect(bar.coreTop).toBe(bar.y0);
        expect(bar.coreBottom).toBe(bar.y1);
      }
    }
    const twoDay = layout.rows.find((r) => r.eventId === "op-twoday")!;
    expect(twoDay.imprecise).toBe(false);
    const yearOnly = layout.rows.find((r) => r.eventId === "op-yearonly")!;
    expect(yearOnly.imprecise).toBe(true);
    expect(yearOnly.bar!.coreTop > yearOnly.bar!.y0 || !yearOnly.bar!.hasCore).toBe(true);
  });

  it("layoutVertical mirrors right to left: every x at width − x, bars on the right", () => {
    const ltr = layoutVertical(input(defaultDataset));
    const rtl = layoutVertical(input(defaultDataset, { rtl: true }));
    ltr.rows.forEach((row, k) => {
      const other = rtl.rows[k]!;
      expect(other.cx).toBe(ltr.width - row.cx);
      expect(other.textX).toBe(ltr.width - row.textX);
      expect(other.top).toBe(row.top);
      if (row.bar) expect(other.bar!.x).toBe(ltr.width - row.bar.x - row.bar.width);
    });
  });

  it("layoutVertical leaves a gap of the asked height under one row, for its details", () => {
    const inp = input(defaultDataset);
    const plain = layoutVertical(inp);
    const id = plain.rows[3]!.eventId;
    const opened = layoutVertical({ ...inp, gap: { eventId: id, height: 200 } });
    const row = opened.rows[3]!;
    expect(opened.gapTop).toBe(row.top + row.height);
    expect(opened.rows[4]!.top).toBeGreaterThanOrEqual(row.top + row.height + 200);
    expect(opened.rows[2]!.top).toBe(plain.rows[2]!.top);
  });

  it("layoutVertical lays eras as bands from their start, labelled at their top", () => {
    const inp = input(defaultDataset, {
      eras: [{ id: "e", label: "An era", start: Date.UTC(2021, 7, 2), end: Date.UTC(2026, 3, 3) }],
    });
    const layout = layoutVertical(inp);
    expect(layout.eras).toHaveLength(1);
    const era = layout.eras[0]!;
    expect(era.label[0]!.text).toBe("An era");
    const inside = layout.rows.filter(
      (r) => inp.extents[r.index]!.earliestStart >= Date.UTC(2021, 7, 2),
    );
    expect(inside.length).toBeGreaterThan(0);
    for (const r of inside) {
      expect(r.top).toBeGreaterThanOrEqual(era.top);
      expect(r.top).toBeLessThan(era.bottom);
    }
    // The era lasts past every event: its band holds the bars that run past the last row.
    for (const r of layout.rows) if (r.bar) expect(r.bar.y1).toBeLessThanOrEqual(era.bottom);
    expect(era.bottom).toBe(layout.height);
  });

  it("layoutVertical ends an era that closes before the last event at its end's row, not the layout's bottom", () => {
    const layout = layoutVertical(
      input(defaultDataset, {
        eras: [
          { id: "e", label: "An era", start: Date.UTC(2010, 0, 1), end: Date.UTC(2015, 0, 1) },
        ],
      }),
    );
    const era = layout.eras[0]!;
    expect(era.bottom).toBeLessThan(layout.height - 100);
  });
});

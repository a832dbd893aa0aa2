import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { layoutTrendAnnotations } from "../../../src/components/trend/annotations";
import { layoutTrend } from "../../../src/components/trend/layout";
import { totalsByPeriod } from "../../../src/derive/totalsByPeriod";
import { readJson } from "../../../src/io/readJson";
import type { Annotation } from "../../../src/model";

const dataset = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;
const measure = (text: string, size: number) => text.length * size * 0.6;
type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function trend(width: number) {
  const rows = totalsByPeriod(dataset, { metric: "arrests", period: "year" });
  return layoutTrend(rows, { width, height: 320, measureText: measure });
}

const notes: Annotation[] = [
  ...(dataset.annotations ?? []),
  { id: "d2011", text: "A note on a date in 2011", when: "2011-03", sources: [] },
  { id: "d2019", text: "A note over the tallest bar", when: "2019", sources: [] },
  { id: "gone", text: "Before the chart", when: "1990", sources: [] },
];

describe("layoutTrendAnnotations(notes, events, layout)", () => {
  it.each([900, 375])(
    "layoutTrendAnnotations(notes) at %i px: no note covers a bar or another note, each points at its period",
    (width) => {
      const layout = trend(width);
      const { annotations, footHeight } = layoutTrendAnnotations(notes, dataset.events, layout, {
        measure,
        fontSize: 11,
      });
      // Every note in the chart's years is drawn, in place or as a numbered footnote.
      expect(annotations.map((a) => a.id).sort()).toEqual([
        "d2011",
        "d2019",
        "note-cumberland-ai",
        "note-interim-extended",
      ]);
      for (const a of annotations) {
        if (a.marker) continue;
        for (const bar of layout.bars) {
          const box = {
            left: bar.x,
            right: bar.x + bar.width,
            top: bar.y,
            bottom: bar.y + bar.height,
          };
          expect(overlaps(a.box, box), `${a.id} over a bar`).toBe(false);
        }
        for (const b of annotations)
          if (b !== a) expect(overlaps(a.box, b.box), `${a.id} over ${b.id}`).toBe(false);
        expect(a.box.left).toBeGreaterThanOrEqual(layout.plot.x);
        expect(a.box.right).toBeLessThanOrEqual(layout.width);
      }
      const slot2011 = layout.slots.find((s) => s.period === "2011")!;
      expect(annotations.find((a) => a.id === "d2011")!.line.x).toBe(
        slot2011.x + slot2011.width / 2,
      );
      // Footnotes need room under the chart, and only they do.
      const footnotes = annotations.filter((a) => a.marker);
      expect(footHeight > 0).toBe(footnotes.length > 0);
      footnotes.forEach((a, i) => {
        expect(a.marker!.number).toBe(i + 1);
        expect(a.text.startsWith(`${i + 1} `)).toBe(true);
      });
    },
  );
});

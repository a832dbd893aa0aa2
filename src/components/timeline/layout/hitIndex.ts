import type { MarkLayout, TimelineLayout } from "./types";

/** A hit-testing index over a layout's marks (glyphs by their centres, spans by row and extent). */
export interface HitIndex {
  /** The mark under (px, py) in plot pixels, or undefined. */
  find(px: number, py: number): MarkLayout | undefined;
}

/**
 * Builds a {@link HitIndex} for canvas rendering, where there is no DOM node per mark: the glyph
 * whose centre is nearest, within its radius plus a margin; spans are found by their row and
 * extent. Both are a scan of the marks, as the spans always were: a canvas frame holds at most
 * `densityThreshold` (2,000) of them, a few microseconds per pointer move, and d3-quadtree was
 * 1.7 KB gzip of the script-tag core (issue 19) that only this used.
 *
 * @example
 * const hit = buildHitIndex(layout, 26);
 * hit.find(120, 64)?.eventId;
 */
export function buildHitIndex(layout: TimelineLayout, rowHeight: number): HitIndex {
  const glyphs = layout.marks.filter((m) => m.shape !== "span");
  const spans = layout.marks.filter((m) => m.shape === "span");
  const half = rowHeight / 2;
  return {
    find(px, py) {
      // The nearest centre strictly within 10 px, as d3-quadtree's find(px, py, 10) gave.
      let glyph: MarkLayout | undefined;
      let nearest = 10 * 10;
      for (const m of glyphs) {
        const d = (m.cx - px) ** 2 + (m.y - py) ** 2;
        if (d < nearest) {
          nearest = d;
          glyph = m;
        }
      }
      if (glyph && Math.hypot(glyph.cx - px, glyph.y - py) <= glyph.r + 4) return glyph;
      for (let i = spans.length - 1; i >= 0; i--) {
        const s = spans[i]!;
        if (Math.abs(s.y - py) <= half - 2 && px >= s.left - 2 && px <= s.right + 2) return s;
      }
      return glyph;
    },
  };
}

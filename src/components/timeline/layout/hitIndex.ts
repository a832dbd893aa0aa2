import { type Quadtree, quadtree } from "d3-quadtree";
import type { MarkLayout, TimelineLayout } from "./types";

/**
 * The band at the top of a plot scrolled by `scrollTop` that the axis kept in view covers
 * (`renderStickyAxis`): none at the top. Marks under it are neither drawn, hit nor "in view".
 * @example if (y - scrollTop < stickyAxisHeight(layout, scrollTop)) return; // under the axis
 */
export function stickyAxisHeight(layout: TimelineLayout, scrollTop: number): number {
  return scrollTop > 0 ? layout.lanesTop : 0;
}

/** A hit-testing index over a layout's marks (d3-quadtree for glyphs, per-row lists for spans). */
export interface HitIndex {
  /** The mark under (px, py) in plot pixels, or undefined. */
  find(px: number, py: number): MarkLayout | undefined;
}

/**
 * Builds a {@link HitIndex} for canvas rendering, where there is no DOM node per mark: glyph
 * centres go in a quadtree searched within the glyph radius plus a margin; spans are found by
 * their row and extent.
 *
 * @example
 * const hit = buildHitIndex(layout, 26);
 * hit.find(120, 64)?.eventId;
 */
export function buildHitIndex(layout: TimelineLayout, rowHeight: number): HitIndex {
  const glyphs: Quadtree<MarkLayout> = quadtree<MarkLayout>()
    .x((m) => m.cx)
    .y((m) => m.y)
    .addAll(layout.marks.filter((m) => m.shape !== "span"));
  const spans = layout.marks.filter((m) => m.shape === "span");
  const half = rowHeight / 2;
  return {
    find(px, py) {
      const glyph = glyphs.find(px, py, 10);
      if (glyph && Math.hypot(glyph.cx - px, glyph.y - py) <= glyph.r + 4) return glyph;
      for (let i = spans.length - 1; i >= 0; i--) {
        const s = spans[i]!;
        if (Math.abs(s.y - py) <= half - 2 && px >= s.left - 2 && px <= s.right + 2) return s;
      }
      return glyph ?? undefined;
    },
  };
}

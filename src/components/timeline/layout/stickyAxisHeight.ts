import type { TimelineLayout } from "./types";

/**
 * The band at the top of a plot scrolled by `scrollTop` that the axis kept in view covers
 * (`renderStickyAxis`): none at the top. Marks under it are neither drawn, hit nor "in view".
 * @example if (y - scrollTop < stickyAxisHeight(layout, scrollTop)) return; // under the axis
 */
export function stickyAxisHeight(layout: TimelineLayout, scrollTop: number): number {
  return scrollTop > 0 ? layout.lanesTop : 0;
}

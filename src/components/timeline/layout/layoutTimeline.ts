import { frameTimeline } from "./frameTimeline";
import { indexTimeline } from "./indexTimeline";
import { packTimeline } from "./packTimeline";
import type { TimelineLayout, TimelineLayoutInput, TimelinePacking } from "./types";

/**
 * Lays out a timeline: lanes, rows packed so that no two marks — nor their labels — overlap,
 * label visibility, instrument lines, multi-lane connectors, eras stacked in rows, axis ticks,
 * and density bins when too many events are visible. Pure: the same input gives the same numbers.
 *
 * Only the marks near the visible window are laid out (the rest cannot be seen); row packing
 * runs over every event with `packX` (default `x`), so marks keep their rows while the reader
 * pans. It is {@link indexTimeline} (per dataset), {@link packTimeline} (per zoom level) and
 * {@link frameTimeline} (per frame) in one call; the chart calls them separately and caches.
 *
 * @example
 * const layout = layoutTimeline({ events, extents, assignment, x, invert, width: 800, … });
 */
export function layoutTimeline(input: TimelineLayoutInput): TimelineLayout {
  const index = indexTimeline(input);
  let packing: TimelinePacking | undefined;
  return frameTimeline(
    index,
    () => (packing ??= packTimeline(index, input.packX ?? input.x, input.packBounds)),
    input,
  );
}

/**
 * The timeline's layout: data and a time scale in, pixels out — renderer-neutral (numbers only,
 * no DOM), so SVG, canvas and the server-side renderer draw the same layout. The steps, one file
 * each, and how often the chart runs them:
 *
 * - `indexTimeline` — per dataset: time order, lanes, packing units, lazily measured labels;
 * - `packTimeline` — per power-of-two zoom level: rows, so that no marks nor labels overlap;
 * - `frameTimeline` — per frame: the visible marks, instrument lines, connectors, eras, or
 *   counts per bin past the density threshold;
 * - `labels`, `placeLabels` — shortening labels, and placing each where it fits whole, else
 *   shortened, else hidden and counted per lane (used by the frame);
 * - `hitIndex` — finding the mark under the pointer where there is no DOM node per mark.
 *
 * `layoutTimeline` runs the first three in one call. See README.md for adding an orientation.
 */
export { frameTimeline } from "./frameTimeline";
export { buildHitIndex, type HitIndex } from "./hitIndex";
export { indexTimeline } from "./indexTimeline";
export { labelExtent, truncateLabel } from "./labels";
export { layoutTimeline } from "./layoutTimeline";
export { packTimeline, packTimelineInSlices, type TimelinePacker } from "./packTimeline";
export {
  createLabelPlacer,
  type LabelPlacer,
  type PlaceLabelsInput,
  placeLabels,
} from "./placeLabels";
export { stickyAxisHeight } from "./stickyAxisHeight";
export { timeOrder } from "./timeOrder";
export {
  type Connector,
  type DensityBin,
  type EraLayout,
  type HiddenLabelCount,
  type InstrumentLine,
  type LaneLayout,
  type MarkLayout,
  type MarkShape,
  metrics,
  PAD,
  shapeOfKind,
  type TickLayout,
  type TimelineFrameInput,
  type TimelineIndex,
  type TimelineIndexInput,
  type TimelineLayout,
  type TimelineLayoutInput,
  type TimelinePacking,
} from "./types";
export { countIn, eventsInWindow } from "./windowQueries";

import { zoomIdentity } from "d3-zoom";
import { countryNames } from "../shared/eventText";
import { getIndex } from "./caches";
import { themeColors, warmCanvas } from "./canvasLayer";
import { packTimelineInSlices, type TimelinePacker, type TimelinePacking } from "./layout";
import { linearOf, zoomLevel } from "./scale";
import { type Scheduler, warmPackings } from "./scheduler";
import type { TimelineState } from "./state";

// The rows of each zoom level, packed once and kept (`s.packings`): at once where a level is
// small, in slices of idle time or of a frame where it is not.

/**
 * Time (ms) a drawing frame may spend packing the rows of a zoom level it has not packed yet:
 * past it the frame is drawn with what there is (a lower level's rows, or counts per bin) and
 * the packing goes on in the next frames. A whole level at 10,000 events is 20–100 ms of one
 * task (bench/FINDINGS.md §13).
 */
export const PACK_FRAME_MS = 6;

/**
 * Events past which a frame packs rows in slices (below, a whole level is a few milliseconds,
 * and a zoomTo shows its marks at once).
 */
export const PACK_SLICED_MIN = 2000;

/** Packings under way, per packings map (a new map, for new data or a new width, drops them). */
const packers = new WeakMap<Map<number, TimelinePacking>, Map<number, TimelinePacker>>();

function packerFor(s: TimelineState, level: number): TimelinePacker {
  let jobs = packers.get(s.packings);
  if (!jobs) {
    jobs = new Map();
    packers.set(s.packings, jobs);
  }
  let job = jobs.get(level);
  if (!job) {
    const px = zoomIdentity.scale(2 ** level).rescaleX(s.base);
    // The whole dataset spans [0, width × 2^level] at this level (see baseScale).
    job = packTimelineInSlices(getIndex(s), linearOf(s.enc, px), [0, s.width * 2 ** level]);
    jobs.set(level, job);
  }
  return job;
}

/**
 * Packs zoom level `level` on while `more()` is true (a slice of idle time or of a frame);
 * true once its rows are complete (and kept in `s.packings`).
 *
 * @example
 * scheduler.afterPaint((more) => packSlice(s, 3, more) || again());
 */
export function packSlice(s: TimelineState, level: number, more: () => boolean): boolean {
  if (s.packings.has(level)) return true;
  const packing = packerFor(s, level).step(more);
  if (!packing) return false;
  s.packings.set(level, packing);
  packers.get(s.packings)?.delete(level);
  return true;
}

/** Charts whose first tooltip's region names were made ready at idle (see `warmSlice`). */
const namesReady = new WeakSet<TimelineState>();

/**
 * What idle time prepares for a zoom level with marks (see `warmPackings`): once, the theme
 * colours the canvas reads (a forced style recalculation: ~30 ms of the first canvas frame at
 * 10,000 events) and the region names of the reader's locale (`Intl.DisplayNames`, which the
 * first tooltip builds: 65–75 ms of the first hover, bench/FINDINGS.md §13); then a slice of
 * the level's rows. True once the level is packed.
 *
 * @example
 * warmPackings(scheduler, sizes, current, (level, more) => warmSlice(s, level, more));
 */
export function warmSlice(s: TimelineState, level: number, more: () => boolean): boolean {
  if (!s.canvasColors && s.dom && s.root.isConnected) {
    s.canvasColors = themeColors(s.root);
    if (!more()) return false;
  }
  if (!namesReady.has(s)) {
    namesReady.add(s);
    countryNames(["FR"], s.opts.locale);
    if (!more()) return false;
  }
  return packSlice(s, level, more);
}

/**
 * Readies at idle what the first zoom of a chart just drawn needs: the canvas (see
 * `warmCanvas`), then the rows of the first zoom levels with marks (see `warmPackings`), until
 * the data or the size change (new packings).
 *
 * @example
 * drawPlot(); warmFirstZoom(s, scheduler);
 */
export function warmFirstZoom(s: TimelineState, scheduler: Scheduler): void {
  scheduler.afterFirstPaint(() => warmCanvas(s));
  const mine = s.packings;
  warmPackings(
    scheduler,
    { n: s.enc.events.length, densityThreshold: s.opts.densityThreshold, k: s.transform.k },
    () => s.packings === mine,
    (level, more) => warmSlice(s, level, more),
  );
}

/**
 * Rows packed at the power-of-two zoom level at or below `k`: packing at a smaller zoom is
 * safe (marks only move apart), rows stay put while panning and within a level while
 * zooming, and each level is packed once. Packs what is left of the level at once.
 */
export function packingFor(s: TimelineState, k: number): TimelinePacking {
  const level = zoomLevel(k);
  packSlice(s, level, () => true);
  return s.packings.get(level)!;
}

/**
 * The rows a browser frame at zoom `k` lays its marks out with, without packing a whole level
 * in one task: the level's own when packed (or when what is left fits in
 * {@link PACK_FRAME_MS}), else the deepest packed level below it — safe, marks only move apart —
 * or none (the frame then shows counts per bin). `complete` is false while the level's own
 * rows are still being packed, a slice per frame.
 */
export function framePacking(
  s: TimelineState,
  k: number,
): { packing: TimelinePacking | undefined; complete: boolean } {
  const level = zoomLevel(k);
  const clock = s.view!.performance;
  const until = clock.now() + PACK_FRAME_MS;
  if (packSlice(s, level, () => clock.now() < until))
    return { packing: s.packings.get(level), complete: true };
  let below = -1;
  for (const l of s.packings.keys()) if (l < level && l > below) below = l;
  return { packing: below < 0 ? undefined : s.packings.get(below), complete: false };
}

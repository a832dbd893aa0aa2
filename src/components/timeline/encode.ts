import { assignLanes, type LaneAssignment } from "../../derive/assignLanes";
import { datasetNow } from "../../derive/datasetNow";
import { whenExtent } from "../../derive/eventExtent";
import type { SequentialScale } from "../../derive/sequentialScale";
import { t } from "../../i18n/catalog";
import type { DataEvent, Dataset } from "../../model";
import { toExtent } from "../../time/toExtent";
import type { TimeExtent, When } from "../../time/types";
import { maybeAccessor } from "../shared/accessor";
import { countryNames } from "../shared/eventText";
import { categoricalCount } from "../shared/palette";
import { encodingsCode } from "./encodingsCode";
import type { ResolvedTimelineOptions } from "./options";

/** Where an event with an invalid (hand-built) date is drawn: nowhere anyone looks. */
const YEAR_ONE: When = {
  type: "date",
  date: { year: 1, precision: "year", approximate: false, uncertain: false },
};
const DAY = 86_400_000;

/** One step of the size legend: a value and the radius it is drawn with. */
export interface SizeStep {
  value: number;
  r: number;
}

/**
 * The timeline's channels: everything that depends on the data and the options but not on the
 * view (width, zoom, selection). Plain values, computed once per dataset or option change.
 */
export interface TimelineEncoding {
  /** The dataset's events, in the dataset's order (indices below refer to this array). */
  events: DataEvent[];
  /** Each event's time extent (a far-past year for an event with an invalid date). */
  extents: TimeExtent[];
  /** Position of each event in `events`, by id (made on first use). */
  readonly indexById: Map<string, number>;
  /** Lanes and each event's lanes. */
  assignment: LaneAssignment;
  /** Palette index of each event. */
  colorIndices: number[];
  /** Radius of each point or milestone when sized by a figure (NaN: not reported); else undefined. */
  radii: number[] | undefined;
  /** Three steps of the size legend (empty when not sized or nothing is reported). */
  sizeLegend: SizeStep[];
  /** The whole time domain, padded, ms since the epoch. */
  fullDomain: [number, number];
  /** The piecewise scale of the sequential time scale, else undefined. */
  sequential: SequentialScale | undefined;
}

type EncodeOptions = Pick<
  ResolvedTimelineOptions,
  "now" | "lanes" | "maxLanes" | "locale" | "color" | "sizeBy" | "rowHeight" | "scale"
>;

/**
 * Computes the timeline's channels from a dataset and resolved options: time extents and the
 * padded domain, lanes, colour indices, radii and a size legend. Pure: no DOM, no view state.
 *
 * @example
 * const { extents, assignment } = encodeTimeline(dataset, resolveTimelineOptions({ lanes: "country" }));
 */
export function encodeTimeline(
  dataset: Dataset | undefined,
  opts: EncodeOptions,
): TimelineEncoding {
  // The dataset's own array (a Dataset is immutable): a copy was 400 KB more at 100,000 events.
  const events = dataset ? dataset.events : [];
  const now = opts.now ?? (dataset ? datasetNow(dataset) : undefined);
  // Many events share a date string: each is parsed once (whenExtent caches by text). The
  // time domain is taken from these extents in the same pass.
  const nowMs = now !== undefined && Number.isFinite(now) ? now : undefined;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const extents = events.map((e) => {
    const extent = typeof e.when === "string" ? whenExtent(e.when, nowMs) : undefined;
    if (extent) {
      if (extent.earliestStart < min) min = extent.earliestStart;
      if (extent.latestEnd > max) max = extent.latestEnd;
      return extent;
    }
    // Hand-built events may carry an invalid date; draw them nowhere rather than crash (and
    // leave them out of the time domain).
    return toExtent(YEAR_ONE);
  });
  const assignment = assignLanes(events, {
    by: opts.lanes,
    actors: dataset?.actors ?? [],
    maxLanes: opts.maxLanes,
    label: (key, by) => (by === "country" ? (countryNames([key], opts.locale)[0] ?? key) : key),
    kindLabels: {
      operation: t(opts.locale, "lane.operation"),
      arrest: t(opts.locale, "lane.arrest"),
      legislation: t(opts.locale, "lane.legislation"),
    },
    otherLabel: t(opts.locale, "lane.other"),
    noneLabel: t(opts.locale, "lane.none"),
  });
  // Sizes and the sequential scale come with their code (the script-tag build's `encodings`
  // part; until it is here, none: createTimeline draws again when it arrives).
  const encodings = encodingsCode();
  const { radii, sizeLegend } = encodings?.encodeSizes(events, opts) ?? {
    radii: undefined,
    sizeLegend: [],
  };
  let fullDomain: [number, number];
  if (min <= max) {
    const span = Math.max(max - min, DAY);
    const pad = Math.max(span * 0.03, 3 * DAY);
    fullDomain = [min - pad, max + pad];
  } else fullDomain = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  let byId: Map<string, number> | undefined;
  return {
    events,
    extents,
    // Made on the first lookup by id (a selection, focus, hover): 1.75 MB at 100,000 events
    // that a chart nobody touches does not need.
    get indexById() {
      byId ??= new Map(events.map((e, i) => [e.id, i]));
      return byId;
    },
    assignment,
    colorIndices: encodeColors(events, opts.color),
    radii,
    sizeLegend,
    fullDomain,
    sequential:
      opts.scale === "sequential" && encodings
        ? encodings.sequentialScale(
            extents.map((x) => [x.earliestStart, x.latestEnd] as [number, number]),
          )
        : undefined,
  };
}

const kindIndex = { operation: 0, arrest: 1, legislation: 2 } as const;

/**
 * Palette index of each event: by kind by default, else the `color` option's number (modulo
 * the palette) or its key, numbered in order of appearance.
 *
 * @example
 * encodeColors(events, "group"); // [0, 0, 1, 2, 1…]
 */
export function encodeColors(
  events: readonly DataEvent[],
  color: ResolvedTimelineOptions["color"],
): number[] {
  if (color === undefined) return events.map((e) => kindIndex[e.kind]);
  const colour = maybeAccessor<DataEvent, string | number>(color, 0);
  const keys = new Map<string, number>();
  return events.map((e, i) => {
    const v = colour(e, i);
    if (typeof v === "number") return Math.abs(Math.floor(v)) % categoricalCount;
    const key = String(v);
    if (!keys.has(key)) keys.set(key, keys.size);
    return keys.get(key)! % categoricalCount;
  });
}

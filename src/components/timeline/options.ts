import type { LaneFacet } from "../../derive/assignLanes";
import type { DataEvent } from "../../model";
import { normalizeLocale } from "../../time/normalizeLocale";
import { type Accessor, mergeOptions } from "../shared/accessor";
import type { TextMeasurer } from "../shared/measureText";
import type { ImagesOption } from "../shared/renderMedia";
import type { ThemeName } from "../shared/theme";

/**
 * How time maps to x: `chronological` keeps durations proportional; `sequential` compresses
 * long quiet periods so bursts of events get the width (drawn with axis breaks).
 *
 * @example
 * createTimeline(el, dataset, { scale: "sequential" });
 */
export type TimelineScale = "chronological" | "sequential";

/**
 * How marks are drawn: `auto` (SVG, then canvas past `canvasThreshold` visible events, then
 * counts per bin past `densityThreshold`), or forced.
 *
 * @example
 * createTimeline(el, dataset, { renderer: "canvas" });
 */
export type TimelineRenderer = "auto" | "svg" | "canvas" | "density";

/**
 * Which way time runs: `horizontal` (left to right, lanes stacked), `vertical` (down the page,
 * one row per event: for phones), or `auto` — vertical when the chart is narrower than
 * `verticalBelow`, switching as the container resizes.
 *
 * @example
 * createTimeline(el, dataset, { orientation: "vertical" });
 */
export type TimelineOrientation = "horizontal" | "vertical" | "auto";

/**
 * Every option of the timeline, each optional: `createTimeline(el, dataset)` works with none.
 * The same object is a Storybook `args`, a web-component attribute set and a JSON config.
 *
 * @example
 * createTimeline(el, dataset, { lanes: "country", locale: "fr", theme: "dark", sizeBy: "arrests" });
 */
export interface TimelineOptions {
  /**
   * What lanes group events by: `kind`, `actor` (every participant; a joint event appears in each
   * lane, joined by a connector), `lead` (lead actor), `country`, `tag`, or `none`.
   * Default `"kind"`. @example { lanes: "actor" }
   */
  lanes?: LaneFacet;
  /** The most lanes; the rest merge into "Other". Default 10. @example { maxLanes: 6 } */
  maxLanes?: number;
  /** Chronological (default) or sequential (compressed quiet periods) time. @example { scale: "sequential" } */
  scale?: TimelineScale;
  /**
   * BCP 47 locale for dates, numbers and axis ticks (`en`, `en-US`, `fr`, `de`, `es`, `ar`, `he`);
   * `ar` and `he` lay the chart out right to left, time running leftwards. Default `"en"`.
   * @example { locale: "de" }
   */
  locale?: string;
  /** Force right-to-left layout; default: from the locale. @example { rtl: true } */
  rtl?: boolean;
  /** Theme: `auto` (follows the reader's system), `light`, `dark`, `high-contrast`. Default `"auto"`. */
  theme?: ThemeName;
  /** Height in pixels of one row of marks; default 26 (larger in the high-contrast theme is up to CSS). */
  rowHeight?: number;
  /** The most rows per lane before marks overlap (labels hidden); default 10. */
  maxRowsPerLane?: number;
  /**
   * The most rows of some lanes, by lane key, in place of `maxRowsPerLane` for those lanes (a
   * crowded lane may take more rows than a sparse one: the slide fit shares rows out so).
   * Default: none (every lane `maxRowsPerLane`).
   * @example { maxRowsPerLane: 4, maxRowsByLane: { operation: 6 } }
   */
  maxRowsByLane?: Readonly<Record<string, number>>;
  /**
   * The widest a label may be, in pixels; longer labels end with "…" (the tooltip, accessible
   * name and table keep the full title). Default: no limit (labels are short: see `label`, and
   * placed where they fit). @example { labelMaxWidth: 160 }
   */
  labelMaxWidth?: number;
  /** Label font size in pixels, used for measuring; default 12. */
  fontSize?: number;
  /**
   * The label of each event: a field name, a constant or a function. Default: the event's short
   * label (`eventLabel`: its `label`, else its title up to a first " – ", " - " or ": ").
   * @example { label: (event) => event.title.replace(/^Operation /, "") }
   */
  label?: Accessor<DataEvent, string>;
  /**
   * Colour category of each event (an index into the theme's palette, or a key mapped to one in
   * order of appearance). Default: by kind (operation, enforcement action, legislation).
   * @example { color: "group" }
   */
  color?: Accessor<DataEvent, string | number>;
  /**
   * Size points and milestones by a figure: a metric name (`"arrests"`: the largest value any
   * source reports, never a sum) or a function returning a number (or undefined for no size).
   * Default: none (every mark the same size). A size legend is shown.
   * @example { sizeBy: "arrests" }
   */
  sizeBy?: string | ((event: DataEvent) => number | undefined);
  /** Show the dataset's eras as background bands; default true. */
  eras?: boolean;
  /**
   * Draw the dataset's annotations (short notes with a connector to a date, a period or an
   * event); default true. They are listed in the table and the text summary either way.
   * @example { annotations: false }
   */
  annotations?: boolean;
  /**
   * `"off"` shows no remote image at all (an event's image is replaced by its alt text in the
   * details panel and left out of the tooltip), for pages whose policy allows none; default `"on"`.
   * @example { images: "off" }
   */
  images?: ImagesOption;
  /** Show a mini-overview with a brush under the chart; default false. @example { overview: true } */
  overview?: boolean;
  /** Show the legend; default true. */
  legend?: boolean;
  /** Show the zoom/reset/table toolbar; default true. */
  toolbar?: boolean;
  /** Show the text summary visibly (it is always available to screen readers); default false. */
  showSummary?: boolean;
  /** Show the data table visibly (it is always available to screen readers); default false. */
  showTable?: boolean;
  /** Show the content note of the dataset before the chart; default true. */
  contentNote?: boolean;
  /** Show the sources footer; default true. */
  sourcesFooter?: boolean;
  /**
   * Time window shown first, `[start, end]` in ms since the epoch; default: all events.
   * @example { initialWindow: [Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)] }
   */
  initialWindow?: readonly [number, number];
  /** The narrowest window zooming can reach, in ms; default one day. */
  minSpan?: number;
  /** Renderer choice; default `"auto"`. */
  renderer?: TimelineRenderer;
  /**
   * Visible events past which marks draw on canvas; default 600. `Infinity`: never a canvas, and
   * every SVG mark built at once (as exports and the Node renderer draw).
   */
  canvasThreshold?: number;
  /** Visible events past which counts per bin replace marks; default 2000 (past that, marks overlap several to a pixel column). */
  densityThreshold?: number;
  /**
   * The tallest the plot may grow, in pixels, before it scrolls vertically (the axis stays in
   * view above the lanes, and an event selected from code is scrolled into view); 0 (the
   * default) lets it grow to fit every lane. @example { maxHeight: 480 }
   */
  maxHeight?: number;
  /**
   * Which way time runs: `horizontal`, `vertical` (one row per event, time down the page) or
   * `auto` (vertical below `verticalBelow` px of width, re-chosen on resize). Default `"auto"`.
   * @example { orientation: "vertical" }
   */
  orientation?: TimelineOrientation;
  /**
   * The chart width, in pixels, under which `orientation: "auto"` draws vertically. Default 600.
   * @example { verticalBelow: 480 }
   */
  verticalBelow?: number;
  /** Width in pixels when the container has none (server-side rendering); default 800. */
  width?: number;
  /** Measures label text; default: canvas measurement in browsers, an estimate elsewhere. */
  measureText?: TextMeasurer;
  /**
   * The instant ongoing spans run to (ms since the epoch); default: the dataset's `updated`
   * date. Never `Date.now()`, so the same data draws the same picture.
   */
  now?: number;
  /** Initially selected event id; default none. */
  selected?: string | null;
}

/** The options with every default filled in, as the layout and render use them. */
export type ResolvedTimelineOptions = Required<
  Omit<
    TimelineOptions,
    "label" | "color" | "sizeBy" | "initialWindow" | "measureText" | "now" | "rtl" | "selected"
  >
> &
  Pick<
    TimelineOptions,
    "label" | "color" | "sizeBy" | "initialWindow" | "measureText" | "now" | "selected"
  > & {
    rtl: boolean;
  };

/** The defaults of {@link TimelineOptions}. */
export const timelineDefaults: Omit<ResolvedTimelineOptions, "rtl"> = {
  lanes: "kind",
  maxLanes: 10,
  scale: "chronological",
  locale: "en",
  theme: "auto",
  rowHeight: 26,
  maxRowsPerLane: 10,
  maxRowsByLane: {},
  labelMaxWidth: Number.POSITIVE_INFINITY,
  fontSize: 12,
  eras: true,
  annotations: true,
  images: "on",
  overview: false,
  legend: true,
  toolbar: true,
  showSummary: false,
  showTable: false,
  contentNote: true,
  sourcesFooter: true,
  minSpan: 86_400_000,
  renderer: "auto",
  canvasThreshold: 600,
  densityThreshold: 2000,
  maxHeight: 0,
  orientation: "auto",
  verticalBelow: 600,
  width: 800,
};

/**
 * Whether a locale is written right to left (Arabic, Hebrew, Persian, Urdu…).
 *
 * @example
 * isRtlLocale("he-IL"); // true
 */
export function isRtlLocale(locale: string): boolean {
  return /^(ar|he|iw|fa|ur|yi|ps|sd|ug|dv)\b/i.test(locale);
}

/**
 * Fills in the defaults of {@link TimelineOptions} with the shared {@link mergeOptions} (an
 * `undefined` value takes the default); `rtl` follows the locale unless given.
 *
 * @example
 * resolveTimelineOptions({ locale: "ar" }).rtl; // true
 */
export function resolveTimelineOptions(options: TimelineOptions = {}): ResolvedTimelineOptions {
  const resolved = mergeOptions(
    timelineDefaults as ResolvedTimelineOptions,
    options as Partial<ResolvedTimelineOptions>,
  );
  resolved.locale = normalizeLocale(resolved.locale);
  resolved.rtl = options.rtl ?? isRtlLocale(resolved.locale);
  return resolved;
}

/**
 * The options a timeline's `update(partial)` leads to from the options it was given: a key
 * given as `undefined` goes back to its default, and the direction follows a new locale unless
 * `rtl` is given with it.
 *
 * @example
 * nextTimelineOptions({ locale: "ar", theme: "dark" }, { locale: "en", theme: undefined }); // { locale: "en" }
 */
export function nextTimelineOptions(
  given: TimelineOptions,
  partial: Partial<TimelineOptions>,
): TimelineOptions {
  const next: Record<string, unknown> = { ...given };
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  if (!("rtl" in partial) && partial.locale) delete next.rtl;
  return next as TimelineOptions;
}

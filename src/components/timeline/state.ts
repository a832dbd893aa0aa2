import { type ZoomBehavior, type ZoomTransform, zoomIdentity } from "d3-zoom";
import type { DataEvent, Dataset } from "../../model";
import type { ReadResult } from "../../model/issue";
import { type LinearScale, linearScale } from "../shared/linearScale";
import type { TextMeasurer } from "../shared/measureText";
import type { Tooltip } from "../shared/tooltip";
import type { TimelineNote } from "./annotationsLayout";
import type { CanvasColors } from "./drawCanvas";
import { encodeTimeline, type TimelineEncoding } from "./encode";
import type { HitIndex, TimelineIndex, TimelineLayout, TimelinePacking } from "./layout";
import type { ResolvedTimelineOptions } from "./options";
import type { OverviewBrush } from "./overviewBrush";

/** The timeline's root element: `value` is the selected event (or null). */
export type TimelineElement = HTMLDivElement & { value: DataEvent | null };

/** An era as drawn: its id, label and interval in ms since the epoch. */
export interface EraInterval {
  id: string;
  label: string;
  start: number;
  end: number;
}

/**
 * The DOM the chrome builds for a chart with events (see `chrome.ts`); absent while the chart
 * shows an error report or an empty state.
 */
export interface TimelineDom {
  plot: HTMLDivElement;
  svg: SVGSVGElement;
  /** The canvas layer, while marks draw on canvas. */
  canvas: HTMLCanvasElement | undefined;
  /**
   * The canvas kept, detached, between frames drawn on canvas (made ready at idle, or the last
   * gesture's): a new canvas's first drawing allocates its pixels (see `canvasLayer.ts`).
   */
  spareCanvas: HTMLCanvasElement | undefined;
  liveRegion: HTMLDivElement;
  details: HTMLElement;
  tableWrap: HTMLDivElement;
  tableButton: HTMLButtonElement | undefined;
  footer: HTMLElement | undefined;
  overviewSvg: SVGSVGElement | undefined;
  overviewBrush: OverviewBrush | undefined;
  zoom: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  /** The data table's page shown, and a count bumped per page built (older slices stop). */
  tablePage: number;
  tableGeneration: number;
}

/**
 * Everything a live timeline knows, in one object that every part (chrome, interaction, draw,
 * scheduler) reads and writes explicitly — in place of the ~55 variables of one closure. Three
 * lifetimes: fixed for the chart's life; per data and options (`enc` and the caches after it);
 * per view (window, selection, what is drawn).
 */
export interface TimelineState {
  // For the chart's life.
  readonly document: Document;
  readonly view: (Window & typeof globalThis) | null;
  readonly container: HTMLElement;
  readonly root: TimelineElement;
  /** A page-unique id prefix (`uniqueId`). */
  readonly id: string;

  // Per data and options.
  opts: ResolvedTimelineOptions;
  /** Measures label text (the option, or canvas measurement). */
  measure: TextMeasurer;
  dataset: Dataset | undefined;
  issues: ReadResult<Dataset>["issues"];
  /** The pure channels (see `encode.ts`). */
  enc: TimelineEncoding;
  /** `measure`, or per-character advances past a size (see `labelMeasureFor`). */
  labelMeasure: TextMeasurer;
  /** Truncated labels and accessible names, made on first use. */
  labels: (string | undefined)[];
  ariaLabels: (string | undefined)[];
  /** The layout index (built on first use) and the event order it gives. */
  index: TimelineIndex | undefined;
  order: Int32Array;
  /** Position of each event in `order` (keyboard navigation in time order). */
  positionOf: Int32Array;
  /** Row packings per power-of-two zoom level (see `packingFor`). */
  packings: Map<number, TimelinePacking>;
  eras: EraInterval[] | undefined;
  /** The dataset's annotations in time (made on first use, with the eras). */
  notes: TimelineNote[] | undefined;

  // Per view.
  width: number;
  /** Whether the chart is drawn vertically (`vertical/`), from the orientation and the width. */
  vertical: boolean;
  /** The unzoomed scale of the plot's width. */
  base: LinearScale;
  transform: ZoomTransform;
  selected: string | null;
  focused: string | null;
  hovered: string | null;
  /** Events emphasised from outside (a linked view's selection); null when none. */
  emphasized: Set<string> | null;
  layout: TimelineLayout | undefined;
  hitIndex: HitIndex | undefined;
  /** Whether the marks of the current frame are on the canvas. */
  canvasMode: boolean;
  /** Whether a wheel, drag or pinch gesture is under way (marks then draw on canvas). */
  gesture: boolean;
  /** Rows per lane shown during the current gesture (a lane never shrinks within one). */
  minRows: Map<string, number>;
  /** The plot's scroll offset, kept from its scroll events (reading it would force a layout). */
  plotScrollTop: number;
  /** The plot's scroll-padding-top as last written: the height of the axis kept in view. */
  scrollPadding: number;
  /** The window last announced with `timeline-zoom`, rounded. */
  lastWindow: string;
  /** Theme colours for the canvas, read once per build. */
  canvasColors: CanvasColors | undefined;
  tooltip: Tooltip;
  dom: TimelineDom | undefined;
}

/**
 * A fresh state for a chart in `root`, with no data yet (`setData` fills it).
 *
 * @example
 * const state = createTimelineState(container, root, "jl-tl-1", opts, measure, tooltip);
 */
export function createTimelineState(
  container: HTMLElement,
  root: TimelineElement,
  id: string,
  opts: ResolvedTimelineOptions,
  measure: TextMeasurer,
  tooltip: Tooltip,
): TimelineState {
  const document = container.ownerDocument;
  return {
    document,
    view: document.defaultView as (Window & typeof globalThis) | null,
    container,
    root,
    id,
    opts,
    measure,
    dataset: undefined,
    issues: [],
    enc: encodeTimeline(undefined, opts),
    labelMeasure: measure,
    labels: [],
    ariaLabels: [],
    index: undefined,
    order: new Int32Array(0),
    positionOf: new Int32Array(0),
    packings: new Map(),
    eras: undefined,
    notes: undefined,
    width: 0,
    vertical: false,
    base: linearScale([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)], [0, 1], { time: true }),
    transform: zoomIdentity,
    selected: opts.selected ?? null,
    focused: null,
    hovered: null,
    emphasized: null,
    layout: undefined,
    hitIndex: undefined,
    canvasMode: false,
    gesture: false,
    minRows: new Map(),
    plotScrollTop: 0,
    scrollPadding: -1,
    lastWindow: "",
    canvasColors: undefined,
    tooltip,
    dom: undefined,
  };
}

/**
 * What the parts ask of the chart (wired in `createTimeline.ts`): the few steps that cross
 * parts, so that chrome, interaction and selection call each other through one seam.
 */
export interface TimelineActions {
  /** Lays out and draws now. */
  draw(): void;
  /** Draws in the next frame (once however often asked). */
  scheduleDraw(): void;
  /** Selects an event (or clears with null), dispatching `timeline-select`, as a click does. */
  select(eventId: string | null): void;
  /** Moves keyboard focus to an event, panning to it. */
  focusEvent(eventId: string): void;
  /** Sets the hovered event, dispatching `timeline-hover`. */
  setHover(eventId: string | null): void;
  /** Shows a time window (without drawing at once: the zoom event schedules a frame). */
  applyWindow(window: readonly [number, number]): void;
  /** Shows a time window and draws, or everything with `null`. */
  zoomTo(window: readonly [number, number] | null): void;
  /** Zooms by a factor around the focused or selected event, or the middle. */
  zoomBy(factor: number): void;
  /** Redraws at a new plot width. */
  resize(width: number): void;
  /** Updates the sources footer soon (after a gesture ends). */
  scheduleSources(): void;
  /**
   * Builds the data table (first page) if it is not there yet; `whole` at once, else a hidden
   * table a slice per idle task.
   */
  buildTable(whole?: boolean): void;
}

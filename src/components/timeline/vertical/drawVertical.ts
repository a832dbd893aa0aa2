import { datasetNow } from "../../../derive/datasetNow";
import { t } from "../../../i18n/catalog";
import type { DataEvent } from "../../../model";
import { formatWhen } from "../../../time/formatWhen";
import { parseWhen } from "../../../time/parseWhen";
import { toExtent } from "../../../time/toExtent";
import { maybeAccessor } from "../../shared/accessor";
import { ariaLabelOf, getIndex } from "../caches";
import { applyEmphasis, cssEscape, markHighlight } from "../emphasis";
import type { EraInterval, TimelineState } from "../state";
import { layoutVertical } from "./layoutVertical";
import { renderVertical } from "./renderVertical";
import { shortLabel } from "./shortLabel";

/** Space kept around the details panel opened under its row. */
const DETAILS_MARGIN = 8;

/** The whole short label of event `i`: the `label` option when given, else {@link shortLabel}. */
function labelText(s: TimelineState, i: number): string {
  const e = s.enc.events[i]!;
  if (s.opts.label !== undefined) {
    const v = maybeAccessor<DataEvent, string>(s.opts.label, "")(e, i);
    if (v !== undefined && v !== null && String(v)) return String(v);
  }
  return shortLabel(e);
}

/** The date of event `i` as a reader says it, with its lane when lanes are not the kinds. */
function metaText(s: TimelineState, i: number): string {
  const e = s.enc.events[i]!;
  const parsed = typeof e.when === "string" ? parseWhen(e.when) : undefined;
  const date = parsed?.ok ? formatWhen(parsed.value, { locale: s.opts.locale }) : String(e.when);
  if (s.opts.lanes === "kind" || s.opts.lanes === "none") return date;
  const keys = s.enc.assignment.membership[i] ?? [];
  const names = keys
    .map((key) => s.enc.assignment.lanes.find((lane) => lane.key === key)?.label)
    .filter(Boolean);
  return names.length ? `${date} · ${names.join(", ")}` : date;
}

function erasOf(s: TimelineState): EraInterval[] {
  const { dataset, opts } = s;
  if (!opts.eras || !dataset?.eras?.length) return [];
  const now = opts.now ?? datasetNow(dataset);
  return dataset.eras.flatMap((era) => {
    const parsed = parseWhen(era.when);
    if (!parsed.ok) return [];
    const x = toExtent(parsed.value, now === undefined ? {} : { now });
    return [{ id: era.id, label: era.label, start: x.earliestStart, end: x.latestEnd }];
  });
}

/**
 * Draws the vertical layout of the current state into the plot's SVG (the counterpart of
 * `draw` in `../draw.ts`): the selected event's details are laid in a gap under its row, so
 * they open where the reader tapped. Not a per-frame path (nothing zooms here): it runs on
 * build, resize, selection and focus.
 */
export function drawVertical(s: TimelineState): void {
  const { dom, dataset, opts, enc } = s;
  if (!dom || !dataset || enc.events.length === 0) return;
  const index = getIndex(s);
  const { details, plot } = dom;
  const open = s.selected !== null && !details.hidden;
  details.classList.toggle("jl-v-details", open);
  let gap: { eventId: string; height: number } | undefined;
  if (open && s.selected) {
    details.style.left = `${plot.offsetLeft + DETAILS_MARGIN}px`;
    details.style.width = `${Math.max(120, s.width - DETAILS_MARGIN * 2)}px`;
    gap = { eventId: s.selected, height: details.offsetHeight + DETAILS_MARGIN * 2 };
  } else {
    details.style.removeProperty("left");
    details.style.removeProperty("width");
    details.style.removeProperty("top");
  }
  const year = new Intl.DateTimeFormat(opts.locale, { year: "numeric", timeZone: "UTC" });
  const layout = layoutVertical({
    ids: enc.events.map((e) => e.id),
    kinds: enc.events.map((e) => e.kind),
    extents: enc.extents,
    colorIndices: enc.colorIndices,
    order: index.order,
    label: (i) => labelText(s, i),
    meta: (i) => metaText(s, i),
    yearOf: (t) => year.format(t),
    eras: erasOf(s),
    width: s.width,
    rtl: opts.rtl,
    measure: s.measure,
    fontSize: opts.fontSize,
    ...(gap ? { gap } : {}),
  });
  s.layout = undefined;
  s.hitIndex = undefined;
  s.canvasMode = false;
  dom.canvas?.remove();
  dom.canvas = undefined;
  plot.style.maxHeight = "";
  renderVertical(s.document, dom.svg, layout, {
    id: s.id,
    ariaLabel: (i) => ariaLabelOf(s, i),
    selected: s.selected,
    focused: s.focused,
    title: t(s.opts.locale, "timeline.verticalTitle", {
      title: dataset.title,
      n: enc.events.length,
    }),
  });
  if (open && layout.gapTop !== undefined)
    details.style.top = `${plot.offsetTop + layout.gapTop + DETAILS_MARGIN}px`;
  if (s.hovered) markHighlight(s, s.hovered, true);
  applyEmphasis(s);
}

/**
 * Scrolls the first row in a time window into view: the vertical counterpart of zooming to the
 * window (a presentation step or `zoomTo`), since this layout shows every event at one scale.
 */
export function scrollToWindow(s: TimelineState, window: readonly [number, number]): void {
  const { dom } = s;
  if (!dom) return;
  const index = getIndex(s);
  for (const i of index.order) {
    const x = s.enc.extents[i]!;
    if (x.latestEnd < window[0] || x.earliestStart > window[1]) continue;
    const id = s.enc.events[i]!.id;
    dom.svg
      .querySelector(`.jl-vrow[data-id="${cssEscape(id)}"]`)
      ?.scrollIntoView?.({ block: "start" });
    return;
  }
}

/**
 * Vertically the details open under their row: draws the rows again around them, and brings
 * the selected row, or the details, into view. The vertical part's (`VerticalCode`), so that a
 * page that never turns vertical does not carry it.
 */
export function revealVerticalDetails(s: TimelineState): void {
  drawVertical(s);
  const details = s.dom?.details;
  if (!details || details.hidden || !s.view) return;
  const box = details.getBoundingClientRect();
  if (box.bottom > s.view.innerHeight || box.top < 0) {
    const row = s.dom?.svg.querySelector(".jl-vrow.jl-selected");
    (row ?? details).scrollIntoView?.({ block: "start" });
  }
}

import { t } from "../../i18n/catalog";
import { dispatch } from "../shared/dispatch";
import { el } from "../shared/el";
import { renderEventHeading } from "../shared/eventText";
import { ariaLabelOf } from "./caches";
import { drawMarksOnCanvas } from "./canvasLayer";
import { detailsCode, fillEventDetails, loadDetailsCode } from "./detailsCode";
import { cssEscape, markHighlight } from "./emphasis";
import type { TimelineHoverDetail, TimelineSelectDetail } from "./events";
import { stickyAxisHeight } from "./layout";
import { restyleSelection } from "./render";
import { currentScale, visibleWindow } from "./scale";
import type { TimelineActions, TimelineState } from "./state";

/**
 * Selection, hover and keyboard focus: what the reader points at, picks and hears announced,
 * with the tooltip, the details panel and the live region that go with them.
 */

/** Selects an event (or clears with null) and dispatches `timeline-select` when it changes. */
export function selectEvent(s: TimelineState, act: TimelineActions, eventId: string | null): void {
  const i = eventId === null ? undefined : s.enc.indexById.get(eventId);
  const next = i === undefined ? null : eventId;
  if (next === s.selected) return;
  const previous = s.selected;
  s.selected = next;
  s.root.value = i === undefined ? null : s.enc.events[i]!;
  // The layout does not depend on the selection: only the two events' marks change (or the
  // canvas, which outlines the selected event). The vertical layout draws its own rows.
  if (s.vertical || !s.layout || !s.dom) act.draw();
  else if (s.canvasMode) drawMarksOnCanvas(s);
  else restyleSelection(s.dom.svg, [previous, next], s.selected, s.focused);
  if (s.selected) revealRow(s, s.selected);
  showDetails(s, act);
  if (s.selected) announce(s, s.selected);
  else if (s.dom) s.dom.liveRegion.textContent = t(s.opts.locale, "timeline.selectionCleared");
  dispatch<TimelineSelectDetail>(s.root, "timeline-select", {
    id: s.selected,
    event: s.root.value,
  });
}

/**
 * Shows the selected event in the details panel (hidden when none), and sets `element.value`.
 * Where the panel's code is not here yet (the `details` part of the script-tag build), the
 * panel shows its frame, busy, with the event's heading, and fills once the part is here (a
 * part that cannot load says so in the panel: `part_load_failed`).
 */
export function showDetails(s: TimelineState, act: TimelineActions): void {
  const details = s.dom?.details;
  if (!details) return;
  const i = s.selected ? s.enc.indexById.get(s.selected) : undefined;
  if (i === undefined) {
    details.hidden = true;
    details.removeAttribute("aria-busy");
    details.replaceChildren();
    s.root.value = null;
    return;
  }
  const event = s.enc.events[i]!;
  s.root.value = event;
  const close = el(s.document, "button", "jl-details-close", t(s.opts.locale, "chart.close"));
  close.type = "button";
  close.setAttribute("aria-label", t(s.opts.locale, "chart.closeDetails"));
  close.addEventListener("click", () => act.select(null));
  details.hidden = false;
  const dom = s.dom;
  const selected = s.selected;
  fillEventDetails(
    details,
    close,
    event,
    s.opts.locale,
    (code) => [code.renderEventDetails(s.document, event, detailsContext(s))],
    () => s.dom === dom && s.selected === selected,
    // Vertically the details sit in a gap under their row, as tall as they are.
    () => {
      if (s.vertical) act.draw();
    },
  );
}

/** Sets the hovered event (highlighting its marks) and dispatches `timeline-hover`. */
export function setHover(s: TimelineState, eventId: string | null): void {
  if (eventId === s.hovered) return;
  if (s.hovered) markHighlight(s, s.hovered, false);
  s.hovered = eventId;
  if (s.hovered) markHighlight(s, s.hovered, true);
  s.dom?.svg.classList.toggle("jl-has-hover", s.hovered !== null && !s.canvasMode);
  if (s.canvasMode) drawMarksOnCanvas(s);
  const i = eventId ? s.enc.indexById.get(eventId) : undefined;
  dispatch<TimelineHoverDetail>(s.root, "timeline-hover", {
    id: eventId,
    event: i === undefined ? null : s.enc.events[i]!,
  });
}

/** Moves keyboard focus to an event's mark (panning, keeping the zoom, to bring it into view). */
export function focusEvent(s: TimelineState, act: TimelineActions, eventId: string): void {
  const i = s.enc.indexById.get(eventId);
  if (i === undefined) return;
  s.focused = eventId;
  const x = currentScale(s);
  const ext = s.enc.extents[i]!;
  const a = x(ext.earliestStart) as number;
  const b = x(ext.latestEnd) as number;
  if (Math.max(a, b) < 0 || Math.min(a, b) > s.width) {
    const [w0, w1] = visibleWindow(s);
    const half = (w1 - w0) / 2;
    const mid = (ext.earliestStart + Math.min(ext.latestEnd, ext.earliestStart + half)) / 2;
    act.applyWindow([mid - half, mid + half]);
  }
  act.draw();
  act.setHover(eventId);
  const plot = s.dom?.plot;
  const g = s.dom?.svg.querySelector<SVGGElement>(`.jl-mark[data-key="${cssEscape(eventId)}"]`);
  if (g) g.focus({ preventScroll: false });
  else plot?.focus({ preventScroll: true });
  const mark = s.layout?.marks.find((m) => m.eventId === eventId);
  if (mark && plot) {
    const plotBox = plot.getBoundingClientRect();
    const rootBox = s.root.getBoundingClientRect();
    showTooltip(
      s,
      eventId,
      plotBox.left - rootBox.left + mark.cx,
      plotBox.top - rootBox.top + mark.y - plot.scrollTop,
    );
  }
  announce(s, eventId);
}

/**
 * Scrolls a plot of limited height (`maxHeight`) so that an event's row is in view: selected
 * from code (a presentation step, a linked view), it may sit in a lane below the fold.
 */
function revealRow(s: TimelineState, eventId: string): void {
  const { layout } = s;
  const plot = s.dom?.plot;
  const mark = layout?.marks.find((m) => m.eventId === eventId);
  if (!layout || !mark || !plot || plot.scrollHeight <= plot.clientHeight) return;
  const margin = s.opts.rowHeight;
  const top = plot.scrollTop;
  const seen = top + stickyAxisHeight(layout, top);
  if (mark.y - margin >= seen && mark.y + margin <= top + plot.clientHeight) return;
  plot.scrollTop = Math.max(0, mark.y - plot.clientHeight / 2);
}

/** Says an event's accessible name (and whether it is selected) in the live region. */
export function announce(s: TimelineState, eventId: string): void {
  const i = s.enc.indexById.get(eventId);
  if (i === undefined || !s.dom) return;
  s.dom.liveRegion.textContent = `${ariaLabelOf(s, i)}${eventId === s.selected ? ", selected" : ""}`;
}

/**
 * Shows an event's compact details in the tooltip at (x, y) in the root's pixels. Until the
 * details' code is here (the `details` part of the script-tag build, fetched by this first
 * show) the tooltip holds the event's title, kind and date; the rest follows when it arrives,
 * if the tooltip still shows that event.
 */
export function showTooltip(s: TimelineState, eventId: string, x: number, y: number): void {
  const i = s.enc.indexById.get(eventId);
  if (i === undefined || !s.dataset) return;
  const event = s.enc.events[i]!;
  const code = detailsCode();
  const content = code
    ? Array.from(
        code.renderEventDetails(s.document, event, detailsContext(s), { compact: true }).childNodes,
      )
    : renderEventHeading(s.document, event, s.opts.locale, { compact: true });
  const hint = el(
    s.document,
    "p",
    "jl-meta",
    t(s.opts.locale, eventId === s.selected ? "timeline.selected" : "timeline.hint"),
  );
  s.tooltip.show([...content, hint], x, y);
  if (code) return;
  // One wait per chart for the part, which shows the tooltip of the latest call again.
  const waiting = tooltipWaiting.has(s);
  tooltipWaiting.set(s, { eventId, x, y });
  if (waiting) return;
  loadDetailsCode().then(
    () => {
      const last = tooltipWaiting.get(s);
      tooltipWaiting.delete(s);
      if (last && !s.tooltip.element.hidden && s.hovered === last.eventId)
        showTooltip(s, last.eventId, last.x, last.y);
    },
    // The panel and the table report a part that cannot load; the tooltip keeps the heading.
    () => tooltipWaiting.delete(s),
  );
}

/** The tooltip each chart showed last while the details' code was on its way. */
const tooltipWaiting = new WeakMap<TimelineState, { eventId: string; x: number; y: number }>();

function detailsContext(s: TimelineState) {
  return {
    actors: new Map((s.dataset?.actors ?? []).map((a) => [a.id, a])),
    sources: new Map((s.dataset?.sources ?? []).map((src) => [src.id, src])),
    locale: s.opts.locale,
    images: s.opts.images,
  };
}

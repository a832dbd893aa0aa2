import { select } from "d3-selection";
import { maxZoom } from "./interaction";
import type { OverviewActions } from "./overview";
import { brushToWindow, createOverviewBrush, windowToBrush } from "./overviewBrush";
import { visibleWindow } from "./scale";
import type { TimelineState } from "./state";

/** Overview height, in pixels. */
const HEIGHT = 36;
/** Overview rows (lanes fold onto these). */
const ROWS = 6;

/**
 * The overview's drawing (`overview: true`), the code of the script-tag build's `overview` part
 * (see overviewCode.ts). Draws the mini-overview under the chart (every event as a 2 px column in one of six rows,
 * one path per row: bounded by the width, not by the number of events) and its brush, which
 * shows and sets the visible window.
 */
export function drawOverview(s: TimelineState, actions: OverviewActions): void {
  const dom = s.dom;
  const overviewSvg = dom?.overviewSvg;
  if (!dom || !overviewSvg) return;
  const { width, enc } = s;
  const ov = select<SVGSVGElement, unknown>(overviewSvg)
    .attr("width", width)
    .attr("height", HEIGHT);
  dom.overviewBrush?.destroy();
  ov.selectAll("*").remove();
  const x = s.base;
  const columns = Math.max(1, Math.ceil(width / 2));
  const filled = new Uint8Array(columns * ROWS);
  const laneOf = new Map(enc.assignment.lanes.map((l, k) => [l.key, k]));
  for (let i = 0; i < enc.events.length; i++) {
    const first = enc.assignment.membership[i]!.find((key) => laneOf.has(key));
    const row = first === undefined ? 0 : laneOf.get(first)! % ROWS;
    const p = x(enc.extents[i]!.earliestStart) as number;
    const q = x(enc.extents[i]!.latestEnd) as number;
    const c0 = Math.max(0, Math.floor(Math.min(p, q) / 2));
    const c1 = Math.min(columns - 1, Math.floor(Math.max(p, q) / 2));
    for (let c = c0; c <= c1; c++) filled[row * columns + c] = 1;
  }
  const g = ov.append("g");
  for (let row = 0; row < ROWS; row++) {
    let d = "";
    for (let c = 0; c < columns; c++) {
      if (!filled[row * columns + c]) continue;
      let end = c;
      while (end + 1 < columns && filled[row * columns + end + 1]) end++;
      d += `M${c * 2},${4 + row * 4}h${(end - c + 1) * 2}v3h${-(end - c + 1) * 2}Z`;
      c = end;
    }
    if (d) g.append("path").attr("class", "jl-ov-mark").attr("d", d);
  }
  dom.overviewBrush = createOverviewBrush(overviewSvg, {
    width,
    height: HEIGHT,
    // The narrowest window the chart shows (its zoom limit), in overview pixels.
    minWidth: width / maxZoom(s),
    onBrush(selection, end) {
      if (!selection) {
        actions.showWindow(null);
        return;
      }
      actions.showWindow(brushToWindow(selection, (px) => +x.invert(px)));
      // The chart may show a little other than the drawn window (its zoom limits): show that.
      if (end) moveOverviewBrush(s);
    },
  });
  moveOverviewBrush(s);
}

/** Shows the visible window on the overview; the brush's `move` never calls `onBrush`. */
export function moveOverviewBrush(s: TimelineState): void {
  s.dom?.overviewBrush?.move(
    s.transform.k === 1 ? null : windowToBrush(visibleWindow(s), (t) => s.base(t) as number),
  );
}

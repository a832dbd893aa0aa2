import type { TickLayout, TimelineFrameInput } from "./types";

/** Room kept between an edge and a tick label held at it (glyphs overhang their advance). */
const EDGE_INSET = 2;

/**
 * Axis ticks with their label's anchor: centred on the tick, or held inside the plot at its
 * edges (anchored to the edge) so that no year is cut ("19" for "2019"); ticks outside the plot
 * have no label.
 * @example layoutTicks([{ x: 3, label: "2019" }], 900, (label) => measure(label, 12));
 */
export function layoutTicks(
  ticks: readonly TimelineFrameInput["ticks"][number][],
  width: number,
  widthOf: (label: string) => number,
): TickLayout[] {
  const laid: TickLayout[] = ticks.map((tick) => {
    const half = widthOf(tick.label) / 2;
    if (tick.x < 0 || tick.x > width)
      return { ...tick, anchor: "middle", dx: 0, labelVisible: false };
    if (tick.x - half < EDGE_INSET)
      return { ...tick, anchor: "start", dx: EDGE_INSET - tick.x, labelVisible: true };
    if (tick.x + half > width - EDGE_INSET)
      return { ...tick, anchor: "end", dx: width - EDGE_INSET - tick.x, labelVisible: true };
    return { ...tick, anchor: "middle", dx: 0, labelVisible: true };
  });
  // A label held at an edge moves towards its neighbour, and the first label is the longer one
  // that names the year ("Oct 2009" beside "Jan 2010"): hide the end one where the two would
  // touch (the neighbour, centred on its own tick, names the time there well enough).
  const extent = (t: TickLayout): [number, number] => {
    const w = widthOf(t.label);
    const x = t.x + t.dx;
    return t.anchor === "start"
      ? [x, x + w]
      : t.anchor === "end"
        ? [x - w, x]
        : [x - w / 2, x + w / 2];
  };
  const visible = laid.filter((t) => t.labelVisible);
  const gap = 4;
  const first = visible[0];
  const second = visible[1];
  if (first && second && extent(first)[1] + gap > extent(second)[0]) first.labelVisible = false;
  const last = visible.at(-1);
  const before = visible.at(-2);
  if (last && before && last !== second && extent(before)[1] + gap > extent(last)[0])
    last.labelVisible = false;
  return laid;
}

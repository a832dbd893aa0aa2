import { timelineDefaults } from "../components/timeline/options";
import type { EmbedAttributes } from "./embedAttributes";
import { slideTimelineSizes } from "./timelineView";

/** An SVG's drawn height in px (its `height` attribute, else its viewBox's). */
export function naturalHeight(svg: SVGSVGElement | null): number {
  if (!svg) return 0;
  const attribute = Number.parseFloat(svg.getAttribute("height") ?? "");
  if (Number.isFinite(attribute) && attribute > 0) return attribute;
  return Number(svg.getAttribute("viewBox")?.split(/[\s,]+/)[3] ?? 0);
}

/**
 * Draws the chart so that it fills `area` px of height. The network and the trend take a height
 * (the trend's notes and captions add to it, so it is drawn a second time with the difference
 * taken off); the timeline's height is its rows': they grow to fill the area, or, where the rows
 * do not fit, fewer rows per lane are drawn (the lane says how many labels it could not place)
 * rather than shrinking the text, shared out by lane (`maxRowsByLane`) so that the fewest
 * events are left unlabelled in all. `draw(height, extra)` draws the chart (destroying is left
 * to this function); used by the Node renderer and the element's fixed-size export alike, so
 * both draw the same picture.
 * @example const handle = fitChartHeight("trend", 700, attributes, draw, (h) => mainSvg(h.element));
 */
export function fitChartHeight<H extends { destroy(): void }>(
  view: string,
  area: number,
  attributes: EmbedAttributes,
  draw: (height: number | undefined, extra?: Record<string, unknown>) => H,
  svgOf: (handle: H) => SVGSVGElement | null,
): H {
  if (view !== "timeline") {
    let handle = draw(area);
    const drawn = naturalHeight(svgOf(handle));
    if (Math.abs(drawn - area) > 2) {
      handle.destroy();
      handle = draw(Math.max(80, area - (drawn - area)));
    }
    return handle;
  }
  const rowHeight = attributes.theme === "slide" ? slideTimelineSizes.rowHeight : 26;
  // maxHeight 0: the plot grows to its rows, so the drawing is the whole chart, never a scroll.
  let handle = draw(undefined, { maxHeight: 0 });
  const drawn = naturalHeight(svgOf(handle));
  if (drawn < area - 2) {
    // Taller rows, by the share of the drawing that is rows (about four fifths).
    const grown = Math.round(rowHeight * (1 + (area - drawn) / (drawn * 0.8)));
    handle.destroy();
    return draw(undefined, { maxHeight: 0, rowHeight: Math.min(rowHeight * 2, grown) });
  }
  if (drawn <= area + 2) return handle;
  // Too tall: fewer rows. Each lane is drawn with every cap from the chart's own down to 2 (one
  // drawing per cap, every lane capped alike), which tells what a cap costs each lane in height
  // and in labels left without a place; then each lane gets the cap that labels the most events
  // in all while the lanes fit together (a crowded lane takes rows a sparse one does not need).
  const top = firstCap(attributes);
  const lanes = new Map<string, Map<number, LaneDrawn>>();
  let rest = 0;
  let fallback: number | undefined;
  /** Records a drawing at `cap`; true when it fits and leaves no label without a place. */
  const measure = (cap: number, svg: SVGSVGElement | null): boolean => {
    const drawnLanes = lanesDrawn(svg);
    let height = naturalHeight(svg);
    const fits = height <= area + 2;
    if (fits && fallback === undefined) fallback = cap;
    let unlabelled = 0;
    for (const [key, lane] of drawnLanes) {
      height -= lane.height;
      unlabelled += lane.unlabelled;
      const byCap = lanes.get(key) ?? new Map<number, LaneDrawn>();
      lanes.set(key, byCap.set(cap, lane));
    }
    // What is not lanes (axis, eras, annotations, gaps): the same at every cap; the most seen.
    rest = Math.max(rest, height);
    return fits && unlabelled === 0 && drawnLanes.size > 0;
  };
  measure(top, svgOf(handle));
  for (let cap = Math.min(top, 10) - 1; cap >= 2; cap--) {
    handle.destroy();
    handle = draw(undefined, { maxHeight: 0, maxRowsPerLane: cap });
    // The first cap that fits with every label placed cannot be beaten (no choice labels more,
    // and lower caps only draw less): the lower caps are not drawn. Each drawing is a whole
    // chart, ~1 s in Node at 1,000 events.
    if (measure(cap, svgOf(handle))) return handle;
  }
  const caps = lanes.size ? shareRows(lanes, area + 2 - rest) : undefined;
  if (!caps) {
    // No lanes drawn (the vertical layout) or nothing fits even at 2 rows a lane: the first cap
    // that fitted, else the chart as drawn last (2 rows, the least).
    if (fallback === undefined || fallback === 2) return handle;
    handle.destroy();
    return draw(undefined, { maxHeight: 0, maxRowsPerLane: fallback });
  }
  handle.destroy();
  handle = draw(undefined, { maxHeight: 0, maxRowsPerLane: 2, maxRowsByLane: caps });
  if (naturalHeight(svgOf(handle)) <= area + 2 || fallback === undefined) return handle;
  // Lanes did not add up as measured (they do, each being laid out on its own): every lane
  // the first cap that fitted.
  handle.destroy();
  return draw(undefined, { maxHeight: 0, maxRowsPerLane: fallback });
}

/** A lane as drawn at one cap of rows: its height and the labels it left without a place. */
interface LaneDrawn {
  height: number;
  unlabelled: number;
}

/**
 * The cap of rows of each lane that leaves the fewest events unlabelled in all while the lanes'
 * heights add up to at most `budget`, or undefined when no choice fits. Ties go to the choice
 * whose most crowded lane leaves the fewest (the rows shared out as evenly as the labels allow),
 * then to the tallest (more rows drawn: fewer marks drawn over one another), then to the lowest
 * caps (a cap past the rows a lane uses draws nothing more). Exact: a knapsack over the lanes, a
 * few caps each, keeping per total height the best choice so far.
 */
function shareRows(
  lanes: ReadonlyMap<string, ReadonlyMap<number, LaneDrawn>>,
  budget: number,
): Record<string, number> | undefined {
  interface Choice {
    height: number;
    unlabelled: number;
    worst: number;
    rows: number;
    caps: Record<string, number>;
  }
  const better = (p: Choice, q: Choice | undefined) =>
    !q ||
    p.unlabelled < q.unlabelled ||
    (p.unlabelled === q.unlabelled &&
      (p.worst < q.worst ||
        (p.worst === q.worst &&
          (p.height > q.height || (p.height === q.height && p.rows < q.rows)))));
  let choices: Choice[] = [{ height: 0, unlabelled: 0, worst: 0, rows: 0, caps: {} }];
  for (const [key, byCap] of lanes) {
    const best = new Map<number, Choice>();
    for (const choice of choices) {
      for (const [cap, lane] of byCap) {
        const height = choice.height + lane.height;
        if (height > budget) continue;
        const next: Choice = {
          height,
          unlabelled: choice.unlabelled + lane.unlabelled,
          worst: Math.max(choice.worst, lane.unlabelled),
          rows: choice.rows + cap,
          caps: { ...choice.caps, [key]: cap },
        };
        // Choices of one height leave the same room to the lanes after: the best is enough.
        const at = Math.round(height * 2);
        if (better(next, best.get(at))) best.set(at, next);
      }
    }
    choices = [...best.values()];
  }
  let pick: Choice | undefined;
  for (const choice of choices) if (better(choice, pick)) pick = choice;
  return pick?.caps;
}

/** The rows per lane of the first drawing (the chart's option, else the default). */
function firstCap(attributes: EmbedAttributes): number {
  const given = Number(attributes.options.maxRowsPerLane);
  return Number.isFinite(given) && given >= 1 ? Math.floor(given) : timelineDefaults.maxRowsPerLane;
}

/**
 * Each lane of a drawn timeline, by key: its height (its band's) and the events whose labels it
 * could not place (its "+N unlabelled" cue). Both are read from what the chart draws: a lane's
 * group and cue carry the lane's key (`data-lane`, URI-encoded), the cue its count (`data-count`).
 * @example lanesDrawn(svg); // Map { "operation" => { height: 163, unlabelled: 6 }, … }
 */
function lanesDrawn(svg: SVGSVGElement | null): Map<string, LaneDrawn> {
  const out = new Map<string, LaneDrawn>();
  if (!svg) return out;
  for (const lane of Array.from(svg.querySelectorAll("g.jl-lane[data-lane]"))) {
    const band = lane.querySelector("rect.jl-lane-bg");
    const height = Number(band?.getAttribute("height"));
    if (Number.isFinite(height))
      out.set(decodeURIComponent(lane.getAttribute("data-lane")!), { height, unlabelled: 0 });
  }
  for (const cue of Array.from(svg.querySelectorAll("text.jl-hidden-labels[data-lane]"))) {
    const lane = out.get(decodeURIComponent(cue.getAttribute("data-lane")!));
    const count = Number(cue.getAttribute("data-count"));
    if (lane && count > 0) lane.unlabelled = count;
  }
  return out;
}

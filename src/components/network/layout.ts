import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { CooperationGraph, GraphEdge, GraphNode } from "../../derive/cooperationGraph";
import { approximateTextWidth, type TextMeasurer } from "../shared/measureText";
import type { NodeMeasure } from "./options";
import { placeNetworkLabels } from "./placeNetworkLabels";

export { shortenLabel } from "./placeNetworkLabels";

/** A point, as kept between layouts so that nodes that stay keep their place. */
export interface Point {
  x: number;
  y: number;
}

/** Options for {@link layoutNetwork}. */
export interface NetworkLayoutOptions {
  /** Width of the drawing in px; default 640. */
  width?: number;
  /** Height of the drawing in px; default 480. */
  height?: number;
  /** The measure that sizes nodes; default `"weightedDegree"`. */
  sizeBy?: NodeMeasure;
  /** Seed of the random source (d3-force's `randomSource`); default 1. */
  seed?: number;
  /**
   * Simulation ticks run before returning; default `"auto"`: 300 up to 150 nodes, fewer above
   * (150 at 300 nodes, never under 120), which keeps a 300-node layout inside its 1 s budget.
   */
  ticks?: number | "auto";
  /**
   * Positions from a previous layout: nodes found here are pinned where they were, and only the
   * new nodes move (they start beside their neighbours). Default: none, a fresh layout.
   */
  previous?: ReadonlyMap<string, Point>;
  /** At most this many labels; default 40. */
  maxLabels?: number;
  /** Label font size in px; default 12. */
  fontSize?: number;
  /** Label width measure; default 0.58 em per character. */
  measureText?: TextMeasurer;
}

/** A node placed on the drawing. */
export interface LayoutNode extends GraphNode {
  x: number;
  y: number;
  /** Radius in px. */
  r: number;
  /** Whether the node was absent from `previous` (it eases in). */
  entering: boolean;
  /** The value of the size measure. */
  value: number;
}

/** An edge placed on the drawing. */
export interface LayoutEdge extends GraphEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in px. */
  strokeWidth: number;
}

/** A label placed where it collides with no other label and no node. */
export interface LayoutLabel {
  /** The node it names. */
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** Its box, for hit tests and collision checks. */
  box: { x: number; y: number; width: number; height: number };
}

/** The result of {@link layoutNetwork}: plain numbers, ready for any renderer. */
export interface NetworkLayout {
  width: number;
  height: number;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  labels: LayoutLabel[];
  /** Radius range used, for the size legend. */
  radius: { min: number; max: number; maxValue: number };
}

/**
 * A small deterministic generator (a 32-bit LCG, as d3-force's own default uses), so the same
 * seed gives the same layout on every machine.
 * @example const random = seededRandom(1); random(); // 0.00…
 */
export function seededRandom(seed: number): () => number {
  let s = Math.floor(seed) >>> 0 || 1;
  return () => {
    s = (1664525 * s + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

const clamp = (v: number, lo: number, hi: number) =>
  lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));

/**
 * Places a cooperation graph: a d3-force simulation run for a fixed number of ticks from a
 * deterministic start with a seeded random source, so the same graph and options always give
 * the same positions; nodes in `previous` stay where they were. Sizes nodes by a measure
 * (area ∝ value), widens edges with their weight, and labels the most important nodes where the
 * label collides with nothing. Pure: no DOM, no clock.
 *
 * @example
 * const layout = layoutNetwork(cooperationGraph(dataset), { width: 800, height: 500 });
 * layout.nodes[0]; // { id: "europol", x: 412.3, y: 228.9, r: 18, … }
 */
export function layoutNetwork(
  graph: CooperationGraph,
  options: NetworkLayoutOptions = {},
): NetworkLayout {
  const width = Math.max(1, options.width ?? 640);
  const height = Math.max(1, options.height ?? 480);
  const sizeBy = options.sizeBy ?? "weightedDegree";
  const n = graph.nodes.length;
  const ticks =
    options.ticks === undefined || options.ticks === "auto"
      ? Math.round(clamp(45_000 / Math.max(1, n), 120, 300))
      : Math.max(0, Math.floor(options.ticks));
  const fontSize = options.fontSize ?? 12;
  const measure = options.measureText ?? approximateTextWidth;
  const maxLabels = options.maxLabels ?? 40;
  const previous = options.previous;
  const random = seededRandom(options.seed ?? 1);

  // Radii: area proportional to the measure, the largest shrinking as the graph grows.
  const spacing = Math.sqrt((width * height) / Math.max(1, n));
  const maxR = clamp(spacing / 4, 5, 22);
  const minR = Math.min(3.5, maxR);
  const maxValue = Math.max(0, ...graph.nodes.map((d) => d[sizeBy]));
  const radiusOf = (v: number) =>
    maxValue > 0 ? minR + (maxR - minR) * Math.sqrt(v / maxValue) : minR;

  const sim: SimNode[] = graph.nodes.map((d) => ({ id: d.id, r: radiusOf(d[sizeBy]) }));
  const byId = new Map(sim.map((d) => [d.id, d]));
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }

  // Start: kept nodes pinned where they were; new ones beside their placed neighbours, the rest
  // on a phyllotaxis spiral around the centre (d3-force's own start, but centred on the drawing).
  const linkDistance = clamp(spacing * 0.55, 18, 90);
  let spiral = 0;
  for (const d of sim) {
    const before = previous?.get(d.id);
    if (before) {
      d.x = d.fx = before.x;
      d.y = d.fy = before.y;
    }
  }
  for (const d of sim) {
    if (d.fx !== undefined && d.fx !== null) continue;
    const placed = (neighbours.get(d.id) ?? [])
      .map((id) => byId.get(id)!)
      .filter((m) => m.x !== undefined && m.y !== undefined);
    if (placed.length > 0) {
      const angle = random() * 2 * Math.PI;
      d.x =
        placed.reduce((s, m) => s + m.x!, 0) / placed.length + Math.cos(angle) * linkDistance * 0.5;
      d.y =
        placed.reduce((s, m) => s + m.y!, 0) / placed.length + Math.sin(angle) * linkDistance * 0.5;
    } else {
      const radius = 10 * Math.sqrt(0.5 + spiral);
      const angle = spiral * Math.PI * (3 - Math.sqrt(5));
      spiral += 1;
      d.x = width / 2 + radius * Math.cos(angle);
      d.y = height / 2 + radius * Math.sin(angle);
    }
  }

  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((e) => ({
    source: e.source,
    target: e.target,
  }));
  const allPinned = sim.every((d) => d.fx !== undefined && d.fx !== null);
  if (ticks > 0 && n > 0 && !allPinned) {
    const simulation = forceSimulation(sim)
      .randomSource(random)
      .alphaDecay(1 - 0.001 ** (1 / Math.max(1, ticks)))
      .force(
        "link",
        forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
          .id((d) => d.id)
          .distance((l) => linkDistance + (l.source as SimNode).r + (l.target as SimNode).r),
      )
      .force(
        "charge",
        forceManyBody<SimNode>()
          .strength(-Math.max(30, linkDistance * 1.6))
          .distanceMax(spacing * 4),
      )
      // forceX/Y rather than forceCenter: centring would drag pinned neighbourhoods around.
      .force("x", forceX<SimNode>(width / 2).strength(0.07))
      .force("y", forceY<SimNode>(height / 2).strength(0.07 * Math.min(2, width / height)))
      .force(
        "collide",
        forceCollide<SimNode>((d) => d.r + 2),
      )
      .stop();
    for (let i = 0; i < ticks; i++) simulation.tick();
  }

  // A fresh layout is stretched (never shrunk, at most 3×) to fill the drawing, leaving room for
  // labels at the sides: forces alone leave dense graphs in a ball in the middle. A layout that
  // continues a previous one is not, so that nodes that stay keep their place.
  if (!previous && n > 1) fitToDrawing(sim, width, height);
  const pad = 4;
  const nodes: LayoutNode[] = graph.nodes.map((d) => {
    const s = byId.get(d.id)!;
    return {
      ...d,
      x: clamp(s.x ?? width / 2, s.r + pad, width - s.r - pad),
      y: clamp(s.y ?? height / 2, s.r + pad, height - s.r - pad),
      r: s.r,
      entering: previous !== undefined && !previous.has(d.id),
      value: d[sizeBy],
    };
  });
  const placed = new Map(nodes.map((d) => [d.id, d]));
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  const edges: LayoutEdge[] = graph.edges.map((e) => {
    const a = placed.get(e.source)!;
    const b = placed.get(e.target)!;
    return {
      ...e,
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      strokeWidth: 1 + 5 * Math.sqrt((e.weight - 1) / Math.max(1, maxWeight - 1)),
    };
  });

  return {
    width,
    height,
    nodes,
    edges,
    labels: placeNetworkLabels(nodes, edges, { width, height, fontSize, measure, maxLabels }),
    radius: { min: minR, max: maxR, maxValue },
  };
}

function fitToDrawing(sim: SimNode[], width: number, height: number): void {
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const d of sim) {
    x0 = Math.min(x0, d.x! - d.r);
    x1 = Math.max(x1, d.x! + d.r);
    y0 = Math.min(y0, d.y! - d.r);
    y1 = Math.max(y1, d.y! + d.r);
  }
  const padX = Math.min(90, width * 0.12);
  const padY = Math.min(24, height * 0.06);
  const scale = Math.min(
    3,
    (width - 2 * padX) / Math.max(1, x1 - x0),
    (height - 2 * padY) / Math.max(1, y1 - y0),
  );
  if (!(scale > 1)) return;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (const d of sim) {
    d.x = width / 2 + (d.x! - cx) * scale;
    d.y = height / 2 + (d.y! - cy) * scale;
  }
}

/**
 * The positions of a layout, to pass as `previous` to the next one.
 * @example layoutNetwork(next, { previous: positionsOf(layout) })
 */
export function positionsOf(layout: NetworkLayout): Map<string, Point> {
  return new Map(layout.nodes.map((d) => [d.id, { x: d.x, y: d.y }]));
}

// Where the network's labels go (part of its pure layout, apart from the force simulation in
// layout.ts): which nodes get one, where around the node, and each label's shortened text.
import type { TextMeasurer } from "../shared/measureText";
import type { LayoutEdge, LayoutLabel, LayoutNode } from "./layout";

function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * A label that fits in `maxChars` without cutting a word: the name as it is when short enough,
 * else the part before a parenthetical ("Europol (EU Agency …)" → "Europol"), else the longest
 * run of whole words followed by "…". A single word longer than `maxChars` is kept whole.
 * @example shortenLabel("Joint Cybercrime Action Taskforce hosted at Europol"); // "Joint Cybercrime Action…"
 */
export function shortenLabel(text: string, maxChars = 28): string {
  const name = text.trim();
  if (name.length <= maxChars) return name;
  const paren = name.indexOf(" (");
  if (paren > 0 && paren <= maxChars) return name.slice(0, paren).trim();
  const words = name.split(/\s+/);
  let out = words[0] ?? name;
  for (const word of words.slice(1)) {
    if (out.length + 1 + word.length + 1 > maxChars) break;
    out = `${out} ${word}`;
  }
  // No dangling connector or opening bracket before the ellipsis.
  out = out.replace(/[\s,;:(–—-]+$/u, "").replace(/\s+(and|of|for|the|at|in|&)$/iu, "");
  return out === name ? name : `${out}…`;
}

type Box = { x: number; y: number; width: number; height: number };

/** Whether the segment (x1,y1)–(x2,y2) crosses the box (Liang–Barsky clipping). */
function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - b.x],
    [dx, b.x + b.width - x1],
    [-dy, y1 - b.y],
    [dy, b.y + b.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * Greedy label placement: the most important nodes (largest value, then most operations, then
 * id) come first, so the least connected are the ones left unlabelled when space runs out (their
 * name stays in the node's accessible name and tooltip). Each tries eight spots around its node
 * (right, left, above, below, then the diagonals, then the same a little further out) and keeps
 * the one that stays on the drawing, overlaps no placed label and no node, and crosses the fewest
 * edges, counting a diagonal spot as one crossing more and a far one as two (earlier spots win
 * ties).
 * @example placeNetworkLabels(nodes, edges, { width: 800, height: 500, fontSize: 12, measure, maxLabels: 40 });
 */
export function placeNetworkLabels(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  o: { width: number; height: number; fontSize: number; measure: TextMeasurer; maxLabels: number },
): LayoutLabel[] {
  const order = [...nodes].sort(
    (a, b) =>
      b.value - a.value || b.operations - a.operations || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const h = o.fontSize * 1.25;
  const boxes = nodes.map((d) => ({
    id: d.id,
    x: d.x - d.r,
    y: d.y - d.r,
    width: 2 * d.r,
    height: 2 * d.r,
  }));
  // Only edges with a visible length can be crossed; long lists are sampled by weight.
  const crossable = [...edges].sort((a, b) => b.weight - a.weight).slice(0, 400);
  const labels: LayoutLabel[] = [];
  for (const d of order) {
    if (labels.length >= o.maxLabels) break;
    const text = shortenLabel(d.label);
    const w = o.measure(text, o.fontSize);
    let best: LayoutLabel | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const [ring, gap] of [3, 3 + h * 0.6].entries()) {
      const r = d.r + gap;
      const diag = d.r * Math.SQRT1_2 + gap;
      const spots: [number, number, LayoutLabel["anchor"], number][] = [
        // [anchor x, baseline-centre y, anchor, box x]
        [d.x + r, d.y, "start", d.x + r],
        [d.x - r, d.y, "end", d.x - r - w],
        [d.x, d.y - r - h / 2, "middle", d.x - w / 2],
        [d.x, d.y + r + h / 2, "middle", d.x - w / 2],
        [d.x + diag, d.y - diag - h / 2, "start", d.x + diag],
        [d.x + diag, d.y + diag + h / 2, "start", d.x + diag],
        [d.x - diag, d.y - diag - h / 2, "end", d.x - diag - w],
        [d.x - diag, d.y + diag + h / 2, "end", d.x - diag - w],
      ];
      for (const [k, [x, y, anchor, bx]] of spots.entries()) {
        const box = { x: bx, y: y - h / 2, width: w, height: h };
        if (
          box.x < 0 ||
          box.y < 0 ||
          box.x + box.width > o.width ||
          box.y + box.height > o.height ||
          labels.some((l) => overlaps(l.box, box)) ||
          boxes.some((b) => b.id !== d.id && overlaps(b, box))
        )
          continue;
        // A label far from its node or on a diagonal is harder to attribute: it costs as much as
        // crossing two edges (far) or one (diagonal).
        let cost = 2 * ring + (k >= 4 ? 1 : 0);
        for (const e of crossable) {
          if (e.source === d.id || e.target === d.id) continue;
          if (segmentHitsBox(e.x1, e.y1, e.x2, e.y2, box)) cost += 1;
          if (cost >= bestCost) break;
        }
        if (cost < bestCost) {
          best = { id: d.id, text, x, y, anchor, box };
          bestCost = cost;
        }
        if (bestCost === 0) break;
      }
      if (bestCost <= 2) break;
    }
    if (best) labels.push(best);
  }
  return labels;
}

import type { Point } from "./layout";

/** A key that moves focus between nodes. */
export type NavigationKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End";

/**
 * The node keyboard focus moves to from `current`: the nearest node in the arrow's direction
 * (within a 45° cone either side, distance penalised by how far off-axis it is), the first or
 * last node for Home/End, and `current` when nothing lies that way. Pure, so that keyboard
 * navigation is tested without a browser.
 *
 * @example nextNode(layout.nodes, "europol", "ArrowRight"); // "us-fbi"
 */
export function nextNode(
  nodes: readonly (Point & { id: string })[],
  current: string | null,
  key: NavigationKey,
): string | null {
  if (nodes.length === 0) return null;
  if (key === "Home") return nodes[0]!.id;
  if (key === "End") return nodes[nodes.length - 1]!.id;
  const from = nodes.find((d) => d.id === current);
  if (!from) return nodes[0]!.id;
  const [ux, uy] =
    key === "ArrowRight"
      ? [1, 0]
      : key === "ArrowLeft"
        ? [-1, 0]
        : key === "ArrowDown"
          ? [0, 1]
          : [0, -1];
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const d of nodes) {
    if (d.id === from.id) continue;
    const dx = d.x - from.x;
    const dy = d.y - from.y;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = d.id;
    }
  }
  return best ?? from.id;
}

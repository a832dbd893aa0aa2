import type { TimelineState } from "./state";

// Emphasis and hover highlight of an event's SVG marks, reapplied after each draw (marks come and
// go with the visible window).

/** Marks come and go with the visible window, so emphasis is reapplied after each draw. */
export function applyEmphasis(s: TimelineState): void {
  const svg = s.dom?.svg;
  if (!svg) return;
  svg.classList.toggle("jl-has-emphasis", s.emphasized !== null);
  for (const node of svg.querySelectorAll(".jl-mark[data-id]")) {
    const id = node.getAttribute("data-id") ?? "";
    node.classList.toggle("jl-emphasized", s.emphasized?.has(id) ?? false);
  }
}

/** Turns the hover highlight of an event's marks and connectors on or off. */
export function markHighlight(s: TimelineState, eventId: string, on: boolean): void {
  const svg = s.dom?.svg;
  if (!svg) return;
  const sel = `[data-id="${cssEscape(eventId)}"], .jl-connector[data-event="${cssEscape(eventId)}"]`;
  for (const node of svg.querySelectorAll(sel)) node.classList.toggle("jl-on", on);
}

/** `CSS.escape` where there is one (browsers), a minimal escape elsewhere (Node). */
export function cssEscape(value: string): string {
  return typeof CSS !== "undefined" && CSS.escape
    ? CSS.escape(value)
    : value.replace(/["\\]/g, "\\$&");
}

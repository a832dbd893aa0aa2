import { el } from "./el";

/**
 * A clear, visible message where a chart has nothing to draw ("No events to show"), with an
 * optional second line saying why or what to do.
 *
 * @example
 * root.append(renderEmptyState(document, "No events to show", "The dataset has no events."));
 */
export function renderEmptyState(
  document: Document,
  message: string,
  detail?: string,
): HTMLElement {
  const box = el(document, "div", "jl-empty");
  box.setAttribute("role", "status");
  box.append(el(document, "strong", undefined, message));
  if (detail) box.append(el(document, "div", undefined, detail));
  return box;
}

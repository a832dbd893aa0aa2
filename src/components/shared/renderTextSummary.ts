import { el } from "./el";

/**
 * The one-paragraph text summary of a chart, for screen readers and for readers who skip the
 * picture; `visible: false` (the default) keeps it in the accessibility tree only.
 *
 * @example
 * renderTextSummary(document, "33 events from 2001 to 2025: 17 operations, …", { id: "s1" });
 */
export function renderTextSummary(
  document: Document,
  text: string,
  options: { id?: string; visible?: boolean } = {},
): HTMLParagraphElement {
  const p = el(
    document,
    "p",
    options.visible ? "jl-summary" : "jl-summary jl-visually-hidden",
    text,
  );
  if (options.id) p.id = options.id;
  return p;
}

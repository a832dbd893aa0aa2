import { t } from "../../i18n/catalog";
import { el } from "./el";

/**
 * The dataset's content note, shown before the chart (a note that the subject is distressing,
 * say) as a labelled note region.
 *
 * @example
 * if (dataset.contentNote) root.prepend(renderContentNote(document, dataset.contentNote));
 */
export function renderContentNote(
  document: Document,
  text: string,
  label = t("en", "chart.contentNote"),
): HTMLElement {
  const note = el(document, "p", "jl-content-note");
  note.setAttribute("role", "note");
  const strong = el(document, "strong", undefined, `${label}: `);
  note.append(strong, text);
  return note;
}

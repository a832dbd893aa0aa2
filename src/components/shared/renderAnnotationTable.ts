import type { Annotation, Dataset } from "../../model";
import { annotationMessagesIn } from "./annotationMessages";
import { annotationTarget } from "./describeAnnotations";
import { renderDataTable, type TableColumn } from "./renderDataTable";

/**
 * The accessible table of the dataset's annotations (note, what it is about, its sources by
 * publisher), or undefined when it has none. Text only: a note is never parsed as HTML.
 * @example const table = renderAnnotationTable(document, dataset, "en"); if (table) wrap.append(table);
 */
export function renderAnnotationTable(
  document: Document,
  dataset: Dataset,
  locale: string,
): HTMLTableElement | undefined {
  const notes = dataset.annotations ?? [];
  if (notes.length === 0) return undefined;
  const m = annotationMessagesIn(locale);
  const publishers = new Map(dataset.sources.map((s) => [s.id, s.publisher]));
  const columns: TableColumn<Annotation>[] = [
    { label: m.columnNote, cell: (n) => n.text, rowHeader: true },
    { label: m.columnAbout, cell: (n) => annotationTarget(n, dataset, locale) },
    {
      label: m.columnSources,
      cell: (n) => n.sources.map((id) => publishers.get(id) ?? id).join("; "),
    },
  ];
  const table = renderDataTable(document, m.tableCaption(dataset.title), notes, columns);
  table.classList.add("jl-annotation-table");
  return table;
}

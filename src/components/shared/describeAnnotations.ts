import type { Annotation, Dataset } from "../../model";
import { formatWhen } from "../../time/formatWhen";
import { parseWhen } from "../../time/parseWhen";
import { annotationMessagesIn } from "./annotationMessages";
import { renderDataTable, type TableColumn } from "./renderDataTable";

/** What an annotation points at, in words: its event's title or its date in the reader's locale. */
export function annotationTarget(note: Annotation, dataset: Dataset, locale: string): string {
  const m = annotationMessagesIn(locale);
  if (note.event !== undefined) {
    const event = dataset.events.find((e) => e.id === note.event);
    return m.onEvent(event?.title ?? note.event);
  }
  const parsed = note.when === undefined ? undefined : parseWhen(note.when);
  return parsed?.ok
    ? m.atDate(formatWhen(parsed.value, { locale, style: "long" }))
    : (note.when ?? "");
}

/**
 * The sentence a chart's text summary gets for the dataset's annotations, or "" when it has
 * none: each note's text and what it points at.
 * @example describeAnnotations(dataset, "en") // "Notes on the chart: “Interim derogation extended…” (on “EU interim regulation…”)."
 */
export function describeAnnotations(dataset: Dataset, locale: string): string {
  const notes = dataset.annotations ?? [];
  if (notes.length === 0) return "";
  const m = annotationMessagesIn(locale);
  const items = notes.map((n) => `“${n.text}” (${annotationTarget(n, dataset, locale)})`);
  return `${m.notes}: ${items.join("; ")}.`;
}

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

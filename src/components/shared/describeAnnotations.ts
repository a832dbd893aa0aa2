import type { Annotation, Dataset } from "../../model";
import { formatWhen } from "../../time/formatWhen";
import { parseWhen } from "../../time/parseWhen";
import { annotationMessagesIn } from "./annotationMessages";

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

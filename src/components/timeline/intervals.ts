import { datasetNow } from "../../derive/datasetNow";
import { parseWhen } from "../../time/parseWhen";
import { toExtent } from "../../time/toExtent";
import type { TimelineNote } from "./annotationsLayout";
import type { EraInterval, TimelineState } from "./state";

// The dataset's eras and annotations as intervals in time, made once per dataset.

/** The dataset's eras as intervals in time; those whose date is unknown are left out. */
export function eraIntervals(s: TimelineState): EraInterval[] {
  if (s.eras) return s.eras;
  const { dataset, opts } = s;
  const now = opts.now ?? (dataset ? datasetNow(dataset) : undefined);
  s.eras = (dataset?.eras ?? []).flatMap((era) => {
    const parsed = parseWhen(era.when);
    if (!parsed.ok) return [];
    const x = toExtent(parsed.value, now === undefined ? {} : { now });
    return [{ id: era.id, label: era.label, start: x.earliestStart, end: x.latestEnd }];
  });
  return s.eras;
}

/** The dataset's annotations as intervals in time; those whose date or event is unknown are left out. */
export function noteIntervals(s: TimelineState): TimelineNote[] {
  if (s.notes) return s.notes;
  const { dataset, opts, enc } = s;
  const now = opts.now ?? (dataset ? datasetNow(dataset) : undefined);
  const byId = new Map(enc.events.map((e, i) => [e.id, i]));
  s.notes = (dataset?.annotations ?? []).flatMap((note): TimelineNote[] => {
    const placement = note.placement === undefined ? {} : { placement: note.placement };
    if (note.event !== undefined) {
      const i = byId.get(note.event);
      if (i === undefined) return [];
      const x = enc.extents[i]!;
      const at = { start: x.earliestStart, end: x.latestEnd };
      return [{ id: note.id, text: note.text, ...at, eventId: note.event, ...placement }];
    }
    const parsed = note.when === undefined ? undefined : parseWhen(note.when);
    if (!parsed?.ok) return [];
    const x = toExtent(parsed.value, now === undefined ? {} : { now });
    return [
      { id: note.id, text: note.text, start: x.earliestStart, end: x.latestEnd, ...placement },
    ];
  });
  return s.notes;
}

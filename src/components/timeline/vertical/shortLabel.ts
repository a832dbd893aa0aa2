import type { DataEvent } from "../../../model";

/**
 * An event's short label: its `label` when it has one, else its title up to the first " – ",
 * " - " or ": ", else the whole title.
 *
 * A local stand-in for `eventLabel` of `src/derive` (issue 15, short labels), built on a
 * parallel branch: once that lands, this file should re-export it.
 *
 * @example
 * shortLabel({ title: "Operation Rescue: online forum network dismantled" } as Event); // "Operation Rescue"
 */
export function shortLabel(
  event: Pick<DataEvent, "title"> & { label?: string | undefined },
): string {
  const given = event.label?.trim();
  if (given) return given;
  const title = event.title;
  let cut = -1;
  for (const sep of [" – ", " - ", ": "]) {
    const at = title.indexOf(sep);
    if (at > 0 && (cut === -1 || at < cut)) cut = at;
  }
  return cut > 0 ? title.slice(0, cut).trim() : title;
}

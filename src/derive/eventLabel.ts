import type { DataEvent } from "../model";

/** Separators after which a title goes on to say more than its name: the first one wins. */
const separators = [" – ", " — ", " - ", ": "];

/**
 * The short label a chart draws for an event: its `label`, else its title up to the first
 * " – ", " — ", " - " or ": " (when something comes before it), else the whole title. The full
 * title stays in tooltips, details, the table and exports.
 *
 * @example
 * eventLabel({ title: "Operation Rescue: online forum network dismantled", … }); // "Operation Rescue"
 * eventLabel({ title: "Genesis Market", label: "Genesis", … }); // "Genesis"
 */
export function eventLabel(event: Pick<DataEvent, "title" | "label">): string {
  const given = event.label?.trim();
  if (given) return given;
  const title = event.title;
  let cut = -1;
  for (const sep of separators) {
    const at = title.indexOf(sep);
    if (at > 0 && (cut < 0 || at < cut)) cut = at;
  }
  const head = cut > 0 ? title.slice(0, cut).trim() : "";
  return head || title.trim() || title;
}

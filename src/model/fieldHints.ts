import { EnforcementAction, LegislativeStage } from "./event";
import type { Locale } from "./issueWords";
import { tValidation } from "./messages";

/**
 * Field names people bring from other formats, and the field that holds the same thing here:
 * for an event, and for one of its actors (`{ "id": "europol" }` where `actor` is meant).
 */
const eventRenames: Record<string, string> = {
  date: "when",
  time: "when",
  start_date: "when",
  start: "when",
  name: "title",
  headline: "title",
  description: "summary",
  text: "summary",
  type: "kind",
  source: "sources",
  actor: "actors",
  country: "countries",
  tag: "tags",
};
const actorRoleRenames: Record<string, string> = { id: "actor", name: "actor", type: "role" };

/** The field an unknown key was probably meant to be, by the object it is in. */
export function renamedField(path: readonly (string | number)[], key: string): string | undefined {
  const table =
    path[0] === "events" && path.length === 2
      ? eventRenames
      : path[0] === "events" && path.length === 4 && path[2] === "actors"
        ? actorRoleRenames
        : undefined;
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The hint for a kind that is an action or a stage: the kind it belongs to, and the field. */
export function kindHint(kind: string, locale: Locale): string | undefined {
  const actions: readonly string[] = EnforcementAction.options;
  const stages: readonly string[] = LegislativeStage.options;
  const word = kind.trim().toLowerCase();
  if (actions.includes(word)) return tValidation(locale, "validation.kindIsAction", { word });
  if (stages.includes(word)) return tValidation(locale, "validation.kindIsStage", { word });
  return undefined;
}

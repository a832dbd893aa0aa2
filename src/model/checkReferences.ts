import { closest } from "./closest";
import type { Issue } from "./issue";

type Path = Issue["path"];
type Loose = Record<string, unknown>;

const NONE: readonly unknown[] = [];
const BLANK: Loose = {};

/**
 * The entries of a list field, or none. The checks read the input loosely so that a file whose
 * shape has errors still gets its references checked: all problems at once, not in rounds.
 * Returns the list itself (no copy: 100,000 events are checked on every load).
 */
function entries(value: unknown, key: string): readonly unknown[] {
  const list = value !== null && typeof value === "object" ? (value as Loose)[key] : undefined;
  return Array.isArray(list) ? list : NONE;
}
/** An entry read loosely: a non-object entry has no fields. */
function fields(item: unknown): Loose {
  return item !== null && typeof item === "object" ? (item as Loose) : BLANK;
}
function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Reports the second and later uses of each id in one collection. */
function checkUnique(
  items: readonly unknown[],
  collection: string,
  issues: Issue[],
): Map<string, number> {
  const firstIndex = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    const id = text(fields(items[index]).id);
    if (id === undefined) continue;
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      continue;
    }
    issues.push({
      code: "duplicate_id",
      severity: "error",
      path: [collection, index, "id"],
      message: `The id "${id}" is used twice in ${collection}: it is already the id of ${collection}[${first}].`,
      expected: "an id used once",
      found: id,
      hint: "give each entry its own id",
    });
  }
  return firstIndex;
}

/** The ids of one collection, each with the index of its first entry. */
type Known = ReadonlyMap<string, number>;

/** Whether `id` is given and not the id of any entry in `known`. */
function missing(id: string | undefined, known: Known): id is string {
  return id !== undefined && !known.has(id);
}

/** Reports `id` as unknown; call it only when {@link missing} (the path is built only then). */
function reportUnknown(
  id: string,
  known: Known,
  path: Path,
  code: "unknown_actor" | "unknown_source" | "unknown_event",
  issues: Issue[],
): void {
  const collection = {
    unknown_actor: "actors",
    unknown_source: "sources",
    unknown_event: "events",
  }[code];
  const suggestion = closest(id, known.keys());
  issues.push({
    code,
    severity: "error",
    path,
    message: `"${id}" is not the id of any entry in ${collection}.`,
    expected: `the id of one of the dataset's ${collection}`,
    found: id,
    ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
  });
}

/**
 * Checks what a schema cannot: ids are unique, and every actor, source and event that an entry
 * refers to exists. Reads its input loosely (a parsed `Dataset` or raw JSON whose shape may be
 * broken) and returns every problem, not only the first.
 * @example checkReferences(dataset) // [] when every reference resolves
 */
export function checkReferences(dataset: unknown): Issue[] {
  const issues: Issue[] = [];
  const sources = entries(dataset, "sources");
  const actors = entries(dataset, "actors");
  const events = entries(dataset, "events");
  const eras = entries(dataset, "eras");
  const sourceIds = checkUnique(sources, "sources", issues);
  const actorIds = checkUnique(actors, "actors", issues);
  const eventIds = checkUnique(events, "events", issues);
  checkUnique(eras, "eras", issues);

  actors.forEach((item, i) => {
    const actor = fields(item);
    const parent = text(actor.parent);
    if (parent === undefined) return;
    if (parent === actor.id) {
      issues.push({
        code: "self_reference",
        severity: "error",
        path: ["actors", i, "parent"],
        message: `The actor "${parent}" cannot be its own parent.`,
        found: parent,
      });
      return;
    }
    if (missing(parent, actorIds))
      reportUnknown(parent, actorIds, ["actors", i, "parent"], "unknown_actor", issues);
  });

  for (let i = 0; i < events.length; i++) {
    const event = fields(events[i]);
    const sourceList = entries(event, "sources");
    for (let j = 0; j < sourceList.length; j++) {
      const id = text(sourceList[j]);
      if (missing(id, sourceIds))
        reportUnknown(id, sourceIds, ["events", i, "sources", j], "unknown_source", issues);
    }
    const roles = entries(event, "actors");
    for (let j = 0; j < roles.length; j++) {
      const id = text(fields(roles[j]).actor);
      if (missing(id, actorIds))
        reportUnknown(id, actorIds, ["events", i, "actors", j, "actor"], "unknown_actor", issues);
    }
    const figures = entries(event, "figures");
    for (let j = 0; j < figures.length; j++) {
      const id = text(fields(figures[j]).source);
      if (missing(id, sourceIds))
        reportUnknown(
          id,
          sourceIds,
          ["events", i, "figures", j, "source"],
          "unknown_source",
          issues,
        );
    }
    const relations = entries(event, "relations");
    for (let j = 0; j < relations.length; j++) {
      const target = text(fields(relations[j]).event);
      if (target !== undefined && target === event.id) {
        issues.push({
          code: "self_reference",
          severity: "error",
          path: ["events", i, "relations", j, "event"],
          message: `The event "${target}" cannot be related to itself.`,
          found: target,
        });
        continue;
      }
      if (missing(target, eventIds)) {
        const path = ["events", i, "relations", j, "event"];
        reportUnknown(target, eventIds, path, "unknown_event", issues);
      }
    }
  }

  eras.forEach((item, i) => {
    const sourceList = entries(fields(item), "sources");
    sourceList.forEach((id, j) => {
      const source = text(id);
      if (missing(source, sourceIds))
        reportUnknown(source, sourceIds, ["eras", i, "sources", j], "unknown_source", issues);
    });
  });
  return issues;
}

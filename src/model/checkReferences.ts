import { closest } from "./closest";
import type { Issue } from "./issue";

type Path = Issue["path"];
type Loose = Record<string, unknown>;

/**
 * The entries of a list field, or none. The checks read the input loosely so that a file whose
 * shape has errors still gets its references checked: all problems at once, not in rounds.
 */
function entries(value: unknown, key: string): Loose[] {
  const list = value !== null && typeof value === "object" ? (value as Loose)[key] : undefined;
  return Array.isArray(list)
    ? list.map((item) => (item !== null && typeof item === "object" ? (item as Loose) : {}))
    : [];
}
function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
function strings(value: unknown): (string | undefined)[] {
  return Array.isArray(value) ? value.map(text) : [];
}

/** Reports the second and later uses of each id in one collection. */
function checkUnique(items: readonly Loose[], collection: string, issues: Issue[]): Set<string> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const id = text(item.id);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      return;
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
  });
  return new Set(firstIndex.keys());
}

function checkResolves(
  id: string | undefined,
  known: Set<string>,
  path: Path,
  code: "unknown_actor" | "unknown_source" | "unknown_event",
  issues: Issue[],
): void {
  if (id === undefined || known.has(id)) return;
  const collection = {
    unknown_actor: "actors",
    unknown_source: "sources",
    unknown_event: "events",
  }[code];
  const suggestion = closest(id, known);
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

  actors.forEach((actor, i) => {
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
    checkResolves(parent, actorIds, ["actors", i, "parent"], "unknown_actor", issues);
  });

  events.forEach((event, i) => {
    strings(event.sources).forEach((id, j) => {
      checkResolves(id, sourceIds, ["events", i, "sources", j], "unknown_source", issues);
    });
    entries(event, "actors").forEach((role, j) => {
      const path = ["events", i, "actors", j, "actor"];
      checkResolves(text(role.actor), actorIds, path, "unknown_actor", issues);
    });
    entries(event, "figures").forEach((figure, j) => {
      const path = ["events", i, "figures", j, "source"];
      checkResolves(text(figure.source), sourceIds, path, "unknown_source", issues);
    });
    entries(event, "relations").forEach((relation, j) => {
      const path = ["events", i, "relations", j, "event"];
      const target = text(relation.event);
      if (target !== undefined && target === event.id) {
        issues.push({
          code: "self_reference",
          severity: "error",
          path,
          message: `The event "${target}" cannot be related to itself.`,
          found: target,
        });
        return;
      }
      checkResolves(target, eventIds, path, "unknown_event", issues);
    });
  });

  eras.forEach((era, i) => {
    strings(era.sources).forEach((id, j) => {
      checkResolves(id, sourceIds, ["eras", i, "sources", j], "unknown_source", issues);
    });
  });
  return issues;
}

import { closest } from "./closest";
import type { Dataset } from "./dataset";
import type { Issue } from "./issue";

type Path = Issue["path"];

/** Reports the second and later uses of each id in one collection. */
function checkUnique(
  items: readonly { id: string }[],
  collection: string,
  issues: Issue[],
): Set<string> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    issues.push({
      code: "duplicate_id",
      severity: "error",
      path: [collection, index, "id"],
      message: `The id "${item.id}" is used twice in ${collection}: it is already the id of ${collection}[${first}].`,
      expected: "an id used once",
      found: item.id,
      hint: "give each entry its own id",
    });
  });
  return new Set(firstIndex.keys());
}

function checkResolves(
  id: string,
  known: Set<string>,
  path: Path,
  code: "unknown_actor" | "unknown_source" | "unknown_event",
  issues: Issue[],
): void {
  if (known.has(id)) return;
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
 * refers to exists. Returns every problem, not only the first.
 * @example checkReferences(dataset) // [] when every reference resolves
 */
export function checkReferences(dataset: Dataset): Issue[] {
  const issues: Issue[] = [];
  const sourceIds = checkUnique(dataset.sources, "sources", issues);
  const actorIds = checkUnique(dataset.actors, "actors", issues);
  const eventIds = checkUnique(dataset.events, "events", issues);
  checkUnique(dataset.eras, "eras", issues);

  dataset.actors.forEach((actor, i) => {
    if (actor.parent === undefined) return;
    if (actor.parent === actor.id) {
      issues.push({
        code: "self_reference",
        severity: "error",
        path: ["actors", i, "parent"],
        message: `The actor "${actor.id}" cannot be its own parent.`,
        found: actor.parent,
      });
      return;
    }
    checkResolves(actor.parent, actorIds, ["actors", i, "parent"], "unknown_actor", issues);
  });

  dataset.events.forEach((event, i) => {
    event.sources.forEach((id, j) => {
      checkResolves(id, sourceIds, ["events", i, "sources", j], "unknown_source", issues);
    });
    event.actors.forEach((role, j) => {
      checkResolves(
        role.actor,
        actorIds,
        ["events", i, "actors", j, "actor"],
        "unknown_actor",
        issues,
      );
    });
    event.figures.forEach((figure, j) => {
      checkResolves(
        figure.source,
        sourceIds,
        ["events", i, "figures", j, "source"],
        "unknown_source",
        issues,
      );
    });
    event.relations.forEach((relation, j) => {
      const path = ["events", i, "relations", j, "event"];
      if (relation.event === event.id) {
        issues.push({
          code: "self_reference",
          severity: "error",
          path,
          message: `The event "${event.id}" cannot be related to itself.`,
          found: relation.event,
        });
        return;
      }
      checkResolves(relation.event, eventIds, path, "unknown_event", issues);
    });
  });

  dataset.eras.forEach((era, i) => {
    era.sources.forEach((id, j) => {
      checkResolves(id, sourceIds, ["eras", i, "sources", j], "unknown_source", issues);
    });
  });
  return issues;
}

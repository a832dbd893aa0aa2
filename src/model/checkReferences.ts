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
 * Reports each cycle of actors' `parent` links (a → b → a) once, at the first actor in it:
 * a chain of parents must end. (An actor that is its own parent is reported as self_reference.)
 */
function checkParentCycles(actors: readonly unknown[], actorIds: Known, issues: Issue[]): void {
  const parentOf = (i: number): number | undefined => {
    const actor = fields(actors[i]);
    const parent = text(actor.parent);
    if (parent === undefined || parent === actor.id) return undefined;
    return actorIds.get(parent);
  };
  // 0: not seen, 1: on the current chain, 2: done.
  const state = new Uint8Array(actors.length);
  for (let start = 0; start < actors.length; start++) {
    const chain: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      at = parentOf(at);
    }
    if (at !== undefined && state[at] === 1) {
      const cycle = chain.slice(chain.indexOf(at));
      const first = Math.min(...cycle);
      const from = cycle.indexOf(first);
      const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
      const names = ordered.map((i) => `"${text(fields(actors[i]).id)}"`).join(" → ");
      issues.push({
        code: "parent_cycle",
        severity: "error",
        path: ["actors", first, "parent"],
        message: `The actors ${names} are each other's parents: a chain of parents must end.`,
        expected: "a parent that is not also a child of this actor",
        found: names,
        hint: "remove the parent of one of them (the top-level actor has none)",
      });
    }
    for (const i of chain) state[i] = 2;
  }
}

/**
 * Reports each cycle of `part_of` relations between events (a part of b, b part of a) once, at
 * the relation that closes it: an event cannot be part of something it contains.
 */
function checkPartOfCycles(events: readonly unknown[], eventIds: Known, issues: Issue[]): void {
  const edges = new Map<number, [target: number, relation: number][]>();
  for (let i = 0; i < events.length; i++) {
    const relations = entries(fields(events[i]), "relations");
    for (let j = 0; j < relations.length; j++) {
      const relation = fields(relations[j]);
      const target = text(relation.event);
      if (relation.type !== "part_of" || target === undefined) continue;
      const index = eventIds.get(target);
      if (index === undefined || index === i) continue;
      const list = edges.get(i) ?? [];
      if (list.length === 0) edges.set(i, list);
      list.push([index, j]);
    }
  }
  if (edges.size === 0) return;
  const state = new Uint8Array(events.length);
  const idOf = (i: number) => `"${text(fields(events[i]).id)}"`;
  for (const root of edges.keys()) {
    if (state[root] !== 0) continue;
    // Iterative depth-first search: a long chain of parts must not overflow the stack.
    const stack: [node: number, next: number][] = [[root, 0]];
    const path: number[] = [root];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = edges.get(top[0]) ?? [];
      if (top[1] >= out.length) {
        state[top[0]] = 2;
        stack.pop();
        path.pop();
        continue;
      }
      const [target, relation] = out[top[1]++]!;
      if (state[target] === 1) {
        const names = [...path.slice(path.indexOf(target)), target].map(idOf).join(" → ");
        issues.push({
          code: "part_of_cycle",
          severity: "error",
          path: ["events", top[0], "relations", relation, "event"],
          message: `The events ${names} are each part of the next: an event cannot be part of something it contains.`,
          expected: "part_of an event that is not itself part of this one",
          found: names,
          hint: "keep the part_of on the smaller event only; use related_to for events that belong together",
        });
      } else if (state[target] === 0) {
        state[target] = 1;
        stack.push([target, 0]);
        path.push(target);
      }
    }
  }
}

/**
 * Checks what a schema cannot: ids are unique, every actor, source and event that an entry
 * refers to exists, and neither actors' `parent` links nor events' `part_of` relations go round
 * in a cycle. Reads its input loosely (a parsed `Dataset` or raw JSON whose shape may be
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
  const annotations = entries(dataset, "annotations");
  checkUnique(annotations, "annotations", issues);

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
    const mediaSource = text(fields(event.media).source);
    if (missing(mediaSource, sourceIds))
      reportUnknown(
        mediaSource,
        sourceIds,
        ["events", i, "media", "source"],
        "unknown_source",
        issues,
      );
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

  checkParentCycles(actors, actorIds, issues);
  checkPartOfCycles(events, eventIds, issues);

  eras.forEach((item, i) => {
    const sourceList = entries(fields(item), "sources");
    sourceList.forEach((id, j) => {
      const source = text(id);
      if (missing(source, sourceIds))
        reportUnknown(source, sourceIds, ["eras", i, "sources", j], "unknown_source", issues);
    });
  });
  annotations.forEach((item, i) => {
    checkAnnotation(fields(item), i, sourceIds, eventIds, issues);
  });
  return issues;
}

/** An annotation points at exactly one thing (a date or an event) that exists, with known sources. */
function checkAnnotation(
  annotation: Loose,
  i: number,
  sourceIds: Known,
  eventIds: Known,
  issues: Issue[],
): void {
  const hasWhen = annotation.when !== undefined;
  const hasEvent = annotation.event !== undefined;
  if (hasWhen === hasEvent) {
    issues.push({
      code: hasWhen ? "ambiguous_annotation" : "missing_annotation_target",
      severity: "error",
      path: ["annotations", i, hasWhen ? "event" : "when"],
      message: hasWhen
        ? "This annotation points at both a date and an event; it can point at only one."
        : "This annotation points at nothing: it needs a date (when) or an event (event).",
      expected: "either when (a date or period) or event (an event id)",
      found: hasWhen ? "both when and event" : "neither",
      hint: hasWhen
        ? "keep event to follow the event, or when for a date of its own"
        : 'add when, e.g. "2021-08-02", or the id of an event',
    });
  }
  const event = text(annotation.event);
  if (missing(event, eventIds))
    reportUnknown(event, eventIds, ["annotations", i, "event"], "unknown_event", issues);
  entries(annotation, "sources").forEach((id, j) => {
    const source = text(id);
    if (missing(source, sourceIds))
      reportUnknown(source, sourceIds, ["annotations", i, "sources", j], "unknown_source", issues);
  });
}

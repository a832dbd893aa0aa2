import { closest } from "./closest";
import type { Issue } from "./issue";
import { entries, fields, type Loose, text } from "./readLoosely";
import { tReferences } from "./referenceMessages";

type Path = Issue["path"];

/** Reports the second and later uses of each id in one collection. */
function checkUnique(
  items: readonly unknown[],
  collection: string,
  issues: Issue[],
  locale: string | undefined,
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
      message: tReferences(locale, "validation.duplicateId", {
        id,
        collection,
        first: String(first),
      }),
      expected: tReferences(locale, "validation.duplicateIdExpected"),
      found: id,
      hint: tReferences(locale, "validation.duplicateIdHint"),
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
  locale: string | undefined,
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
    message: tReferences(locale, "validation.unknownId", { id, collection }),
    expected: tReferences(locale, "validation.unknownIdExpected", { collection }),
    found: id,
    ...(suggestion ? { hint: tReferences(locale, "validation.didYouMean", { suggestion }) } : {}),
  });
}

/**
 * Reports each cycle of actors' `parent` links (a → b → a) once, at the first actor in it:
 * a chain of parents must end. (An actor that is its own parent is reported as self_reference.)
 */
function checkParentCycles(
  actors: readonly unknown[],
  actorIds: Known,
  issues: Issue[],
  locale: string | undefined,
): void {
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
        message: tReferences(locale, "validation.parentCycle", { names }),
        expected: tReferences(locale, "validation.parentCycleExpected"),
        found: names,
        hint: tReferences(locale, "validation.parentCycleHint"),
      });
    }
    for (const i of chain) state[i] = 2;
  }
}

/**
 * Reports each cycle of `part_of` relations between events (a part of b, b part of a) once, at
 * the relation that closes it: an event cannot be part of something it contains.
 */
function checkPartOfCycles(
  events: readonly unknown[],
  eventIds: Known,
  issues: Issue[],
  locale: string | undefined,
): void {
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
          message: tReferences(locale, "validation.partOfCycle", { names }),
          expected: tReferences(locale, "validation.partOfCycleExpected"),
          found: names,
          hint: tReferences(locale, "validation.partOfCycleHint"),
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
 * broken) and returns every problem, not only the first, worded in `locale` (default English).
 * @example checkReferences(dataset) // [] when every reference resolves
 * @example checkReferences(value, "fr")[0]?.message // in French
 */
export function checkReferences(dataset: unknown, locale?: string): Issue[] {
  const issues: Issue[] = [];
  const sources = entries(dataset, "sources");
  const actors = entries(dataset, "actors");
  const events = entries(dataset, "events");
  const eras = entries(dataset, "eras");
  const sourceIds = checkUnique(sources, "sources", issues, locale);
  const actorIds = checkUnique(actors, "actors", issues, locale);
  const eventIds = checkUnique(events, "events", issues, locale);
  checkUnique(eras, "eras", issues, locale);
  const annotations = entries(dataset, "annotations");
  checkUnique(annotations, "annotations", issues, locale);

  actors.forEach((item, i) => {
    const actor = fields(item);
    const parent = text(actor.parent);
    if (parent === undefined) return;
    if (parent === actor.id) {
      issues.push({
        code: "self_reference",
        severity: "error",
        path: ["actors", i, "parent"],
        message: tReferences(locale, "validation.ownParent", { id: parent }),
        found: parent,
      });
      return;
    }
    if (missing(parent, actorIds))
      reportUnknown(parent, actorIds, ["actors", i, "parent"], "unknown_actor", issues, locale);
  });

  for (let i = 0; i < events.length; i++) {
    const event = fields(events[i]);
    const sourceList = entries(event, "sources");
    for (let j = 0; j < sourceList.length; j++) {
      const id = text(sourceList[j]);
      if (missing(id, sourceIds))
        reportUnknown(id, sourceIds, ["events", i, "sources", j], "unknown_source", issues, locale);
    }
    const roles = entries(event, "actors");
    for (let j = 0; j < roles.length; j++) {
      const id = text(fields(roles[j]).actor);
      if (missing(id, actorIds))
        reportUnknown(
          id,
          actorIds,
          ["events", i, "actors", j, "actor"],
          "unknown_actor",
          issues,
          locale,
        );
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
          locale,
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
        locale,
      );
    const relations = entries(event, "relations");
    for (let j = 0; j < relations.length; j++) {
      const target = text(fields(relations[j]).event);
      if (target !== undefined && target === event.id) {
        issues.push({
          code: "self_reference",
          severity: "error",
          path: ["events", i, "relations", j, "event"],
          message: tReferences(locale, "validation.relatedToItself", { id: target }),
          found: target,
        });
        continue;
      }
      if (missing(target, eventIds)) {
        const path = ["events", i, "relations", j, "event"];
        reportUnknown(target, eventIds, path, "unknown_event", issues, locale);
      }
    }
  }

  checkParentCycles(actors, actorIds, issues, locale);
  checkPartOfCycles(events, eventIds, issues, locale);

  eras.forEach((item, i) => {
    const sourceList = entries(fields(item), "sources");
    sourceList.forEach((id, j) => {
      const source = text(id);
      if (missing(source, sourceIds))
        reportUnknown(
          source,
          sourceIds,
          ["eras", i, "sources", j],
          "unknown_source",
          issues,
          locale,
        );
    });
  });
  annotations.forEach((item, i) => {
    checkAnnotation(fields(item), i, sourceIds, eventIds, issues, locale);
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
  locale: string | undefined,
): void {
  const hasWhen = annotation.when !== undefined;
  const hasEvent = annotation.event !== undefined;
  if (hasWhen === hasEvent) {
    issues.push({
      code: hasWhen ? "ambiguous_annotation" : "missing_annotation_target",
      severity: "error",
      path: ["annotations", i, hasWhen ? "event" : "when"],
      message: hasWhen
        ? tReferences(locale, "validation.annotationBoth")
        : tReferences(locale, "validation.annotationNone"),
      expected: tReferences(locale, "validation.annotationExpected"),
      found: hasWhen
        ? tReferences(locale, "validation.annotationBothFound")
        : tReferences(locale, "validation.annotationNoneFound"),
      hint: hasWhen
        ? tReferences(locale, "validation.annotationBothHint")
        : tReferences(locale, "validation.annotationNoneHint"),
    });
  }
  const event = text(annotation.event);
  if (missing(event, eventIds))
    reportUnknown(event, eventIds, ["annotations", i, "event"], "unknown_event", issues, locale);
  entries(annotation, "sources").forEach((id, j) => {
    const source = text(id);
    if (missing(source, sourceIds))
      reportUnknown(
        source,
        sourceIds,
        ["annotations", i, "sources", j],
        "unknown_source",
        issues,
        locale,
      );
  });
}

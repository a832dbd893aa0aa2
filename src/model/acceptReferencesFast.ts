import { entries, fields, text } from "./readLoosely";

/** The index of each id's first entry, or undefined when an id is used twice. */
function uniqueIds(items: readonly unknown[]): Map<string, number> | undefined {
  const first = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = text(fields(items[i]).id);
    if (id === undefined) continue;
    if (first.has(id)) return undefined;
    first.set(id, i);
  }
  return first;
}

/** Whether `id` is given and not one of `known`: what checkReferences reports as unknown. */
function missing(id: unknown, known: ReadonlyMap<string, number>): boolean {
  const value = text(id);
  return value !== undefined && !known.has(value);
}

/** Whether some entry of `list` (a string or a field of each entry) is missing from `known`. */
function anyMissing(
  list: readonly unknown[],
  known: ReadonlyMap<string, number>,
  key?: string,
): boolean {
  for (const item of list) if (missing(key ? fields(item)[key] : item, known)) return true;
  return false;
}

/** Whether the directed graph (`next` of each node) has a cycle; iterative, for long chains. */
function hasCycle(size: number, next: (node: number) => readonly number[]): boolean {
  // 0: not seen, 1: on the current path, 2: done.
  const state = new Uint8Array(size);
  for (let root = 0; root < size; root++) {
    if (state[root] !== 0) continue;
    const stack: [node: number, at: number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = next(top[0]);
      if (top[1] >= out.length) {
        state[top[0]] = 2;
        stack.pop();
        continue;
      }
      const target = out[top[1]++]!;
      if (state[target] === 1) return true;
      if (state[target] === 0) {
        state[target] = 1;
        stack.push([target, 0]);
      }
    }
  }
  return false;
}

/**
 * Whether `checkReferences(value)` finds nothing (every issue it reports is an error), without
 * its report: ids are unique, every actor, source and event an entry names exists, nothing is
 * its own parent or related to itself, neither actors' parents nor events' `part_of` relations
 * go round, and each annotation points at a date or an event. The script-tag core checks a
 * valid file's references with this alone; a file it refuses loads the validator part, whose
 * `checkReferences` says what is wrong (the two are held equal by
 * tests/model/acceptReferencesFast.test.ts). Reads its input loosely; never throws.
 * @example acceptReferencesFast({ title: "T", sources: [{ id: "s" }, { id: "s" }] }) // false
 */
export function acceptReferencesFast(dataset: unknown): boolean {
  const sources = entries(dataset, "sources");
  const actors = entries(dataset, "actors");
  const events = entries(dataset, "events");
  const eras = entries(dataset, "eras");
  const annotations = entries(dataset, "annotations");
  const sourceIds = uniqueIds(sources);
  const actorIds = uniqueIds(actors);
  const eventIds = uniqueIds(events);
  if (!sourceIds || !actorIds || !eventIds || !uniqueIds(eras) || !uniqueIds(annotations))
    return false;
  const parents: number[][] = [];
  for (let i = 0; i < actors.length; i++) {
    const actor = fields(actors[i]);
    const parent = text(actor.parent);
    const index = parent === undefined ? undefined : actorIds.get(parent);
    if (parent !== undefined && (parent === actor.id || index === undefined)) return false;
    parents.push(index === undefined ? [] : [index]);
  }
  const parts: number[][] = [];
  for (let i = 0; i < events.length; i++) {
    const event = fields(events[i]);
    if (
      anyMissing(entries(event, "sources"), sourceIds) ||
      anyMissing(entries(event, "actors"), actorIds, "actor") ||
      anyMissing(entries(event, "figures"), sourceIds, "source") ||
      missing(fields(event.media).source, sourceIds)
    )
      return false;
    const out: number[] = [];
    for (const item of entries(event, "relations")) {
      const relation = fields(item);
      const target = text(relation.event);
      if (target === undefined) continue;
      const index = eventIds.get(target);
      if (target === event.id || index === undefined) return false;
      if (relation.type === "part_of" && index !== i) out.push(index);
    }
    parts.push(out);
  }
  if (hasCycle(actors.length, (i) => parents[i]!) || hasCycle(events.length, (i) => parts[i]!))
    return false;
  for (const era of eras) if (anyMissing(entries(fields(era), "sources"), sourceIds)) return false;
  for (const item of annotations) {
    const annotation = fields(item);
    if (
      (annotation.when !== undefined) === (annotation.event !== undefined) ||
      missing(annotation.event, eventIds) ||
      anyMissing(entries(annotation, "sources"), sourceIds)
    )
      return false;
  }
  return true;
}

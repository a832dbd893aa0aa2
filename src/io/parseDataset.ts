import type * as z from "zod/mini";
import {
  Actor,
  ActorRole,
  Arrest,
  checkReferences,
  Dataset,
  Era,
  Figure,
  hasErrors,
  type Issue,
  Legislation,
  Operation,
  type ReadResult,
  Relation,
  Source,
} from "../model";
import { acceptEventFast } from "../model/acceptEventFast";
import { fromZodIssues } from "../model/fromZodIssues";

const eventShapes: Record<string, z.ZodMiniObject> = {
  operation: Operation,
  arrest: Arrest,
  legislation: Legislation,
};
const listShapes: Record<string, z.ZodMiniObject> = { sources: Source, actors: Actor, eras: Era };
const eventListShapes: Record<string, z.ZodMiniObject> = {
  actors: ActorRole,
  figures: Figure,
  relations: Relation,
};

/** The field names allowed at a path of a dataset, for "did you mean" hints on unknown fields. */
function keysAt(path: readonly PropertyKey[], input: unknown): readonly string[] {
  const [list, , field] = path;
  let shape: z.ZodMiniObject | undefined;
  if (path.length === 0) shape = Dataset;
  else if (path.length === 2 && list === "events") {
    const kind = (input as { kind?: unknown } | undefined)?.kind;
    shape = eventShapes[String(kind)] ?? Operation;
  } else if (path.length === 2) shape = listShapes[String(list)];
  else if (path.length === 4 && list === "events") shape = eventListShapes[String(field)];
  return shape ? Object.keys(shape.shape) : [];
}

/**
 * zod's result for the whole dataset, taking the fast path for events when every event is
 * certainly valid (the common case, and the costly one: a file holds far more events than
 * sources or actors). When any event is not, zod parses everything and explains.
 */
function parseShape(value: unknown): ReturnType<typeof Dataset.safeParse> {
  const events = (value as { events?: unknown } | null)?.events;
  if (Array.isArray(value) || !Array.isArray(events) || events.length < 64) {
    return Dataset.safeParse(value, { reportInput: true });
  }
  const accepted: unknown[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = acceptEventFast(events[i]);
    if (!event) return Dataset.safeParse(value, { reportInput: true });
    accepted[i] = event;
  }
  const rest = Dataset.safeParse({ ...(value as object), events: [] }, { reportInput: true });
  if (!rest.success) return Dataset.safeParse(value, { reportInput: true });
  return { ...rest, data: { ...rest.data, events: accepted as Dataset["events"] } };
}

/**
 * The `__proto__` keys of the free-form records (`notes`, each event's `extra`): zod skips that
 * key, so without this check it would vanish without a word.
 */
function protoKeyIssues(value: unknown): Issue[] {
  const issues: Issue[] = [];
  const check = (record: unknown, path: (string | number)[]) => {
    if (record !== null && typeof record === "object" && Object.hasOwn(record, "__proto__")) {
      issues.push({
        code: "reserved_key",
        severity: "error",
        path: [...path, "__proto__"],
        message: 'The key "__proto__" cannot be kept: JavaScript reserves it.',
        expected: "any other key",
        found: "__proto__",
        hint: "rename the key",
      });
    }
  };
  if (value === null || typeof value !== "object") return issues;
  const dataset = value as { notes?: unknown; events?: unknown };
  check(dataset.notes, ["notes"]);
  if (Array.isArray(dataset.events)) {
    dataset.events.forEach((event, i) => {
      if (event !== null && typeof event === "object")
        check((event as { extra?: unknown }).extra, ["events", i, "extra"]);
    });
  }
  return issues;
}

/**
 * Validates a parsed JSON value as a dataset: its shape, its dates, its links and every
 * cross-reference. Returns all problems at once; never throws.
 * @example const { data, issues } = parseDataset(JSON.parse(text));
 */
export function parseDataset(value: unknown): ReadResult<Dataset> {
  const reserved = protoKeyIssues(value);
  const parsed = parseShape(value);
  // References are checked on the input as given, so a file with a bad date and a dangling
  // source id hears about both at once, not in rounds.
  const references = checkReferences(value);
  if (!parsed.success) {
    return {
      data: undefined,
      issues: [...reserved, ...fromZodIssues(parsed.error.issues, keysAt), ...references],
    };
  }
  const issues = [...reserved, ...references];
  return { data: hasErrors(issues) ? undefined : parsed.data, issues };
}

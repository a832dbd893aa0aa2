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
  const parsed = Dataset.safeParse(value, { reportInput: true });
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

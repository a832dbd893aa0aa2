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
 * Validates a parsed JSON value as a dataset: its shape, its dates, its links and every
 * cross-reference. Returns all problems at once; never throws.
 * @example const { data, issues } = parseDataset(JSON.parse(text));
 */
export function parseDataset(value: unknown): ReadResult<Dataset> {
  const parsed = Dataset.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return { data: undefined, issues: fromZodIssues(parsed.error.issues, keysAt) };
  }
  const issues = checkReferences(parsed.data);
  return { data: hasErrors(issues) ? undefined : parsed.data, issues };
}

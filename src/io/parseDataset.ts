import type * as z from "zod/mini";
import {
  Actor,
  ActorRole,
  Annotation,
  Arrest,
  checkReferences,
  Dataset,
  EnforcementAction,
  Era,
  Figure,
  hasErrors,
  type Issue,
  Legislation,
  LegislativeStage,
  Media,
  Operation,
  type ReadResult,
  Relation,
  Source,
} from "../model";
import { acceptDatasetFast } from "../model/acceptDatasetFast";
import { closest } from "../model/closest";
import { fromZodIssues } from "../model/fromZodIssues";
import { tReferences } from "../model/referenceMessages";

const eventShapes: Record<string, z.ZodMiniObject> = {
  operation: Operation,
  arrest: Arrest,
  legislation: Legislation,
};
const listShapes: Record<string, z.ZodMiniObject> = {
  sources: Source,
  actors: Actor,
  eras: Era,
  annotations: Annotation,
};
const eventListShapes: Record<string, z.ZodMiniObject> = {
  actors: ActorRole,
  figures: Figure,
  relations: Relation,
};

/** The object schema at a path of a dataset (for events, by the event's kind). */
function shapeAt(path: readonly PropertyKey[], input: unknown): z.ZodMiniObject | undefined {
  const [list, , field] = path;
  if (path.length === 0) return Dataset;
  if (path.length === 2 && list === "events") {
    const kind = (input as { kind?: unknown } | undefined)?.kind;
    return eventShapes[String(kind)] ?? Operation;
  }
  if (path.length === 2) return listShapes[String(list)];
  if (path.length === 3 && list === "events" && field === "media") return Media;
  if (path.length === 4 && list === "events") return eventListShapes[String(field)];
  return undefined;
}

/** The field names allowed at a path of a dataset, for "did you mean" hints on unknown fields. */
function keysAt(path: readonly PropertyKey[], input: unknown): readonly string[] {
  const shape = shapeAt(path, input);
  return shape ? Object.keys(shape.shape) : [];
}

/**
 * Whether the field at `path` may be left out (for the hint on `null`): optional or defaulted in
 * its object's schema — for an event, in any kind that has the field.
 */
function optionalAt(path: readonly PropertyKey[]): boolean {
  const key = path[path.length - 1];
  if (typeof key !== "string") return false;
  const parent = path.slice(0, -1);
  const shapes =
    parent.length === 2 && parent[0] === "events"
      ? Object.values(eventShapes)
      : [shapeAt(parent, undefined)];
  return shapes.some((shape) => {
    const field = shape && Object.hasOwn(shape.shape, key) ? shape.shape[key] : undefined;
    return (field as { _zod?: { optin?: string } } | undefined)?._zod?.optin !== undefined;
  });
}

/** The kind and field an unknown `kind` most likely stands for: "takedown" is an arrest's action. */
function likelyKind(kind: unknown): Record<string, string> {
  const word = typeof kind === "string" ? kind.trim().toLowerCase() : "";
  if ((EnforcementAction.options as readonly string[]).includes(word))
    return { kind: "arrest", action: word };
  if ((LegislativeStage.options as readonly string[]).includes(word))
    return { kind: "legislation", stage: word };
  return { kind: closest(word, Object.keys(eventShapes)) ?? "operation" };
}

/**
 * The other problems of events whose `kind` is wrong: zod stops at the kind, so each such event
 * is checked again as the kind it most likely is, and what else is wrong is reported at once
 * (not one round of fixes per error).
 */
function issuesBehindKinds(
  value: unknown,
  kindIssues: readonly Issue[],
  locale: string | undefined,
): Issue[] {
  const events = (value as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return [];
  const out: Issue[] = [];
  for (const issue of kindIssues) {
    const [list, index] = issue.path;
    if (issue.code !== "invalid_kind" || list !== "events" || typeof index !== "number") continue;
    const event = events[index];
    if (event === null || typeof event !== "object" || Array.isArray(event)) continue;
    const guess = likelyKind((event as { kind?: unknown }).kind);
    const shape = eventShapes[guess.kind!]!;
    const substituted = { ...guess, ...event, kind: guess.kind };
    const parsed = shape.safeParse(substituted, { reportInput: true });
    if (parsed.success) continue;
    const prefix = ["events", index];
    const located = parsed.error.issues.map((found) => ({
      ...found,
      path: [...prefix, ...found.path],
    }));
    out.push(...fromZodIssues(located, keysAt, optionalAt, locale));
  }
  return out;
}

/**
 * zod's result for the whole dataset, taking the fast path (acceptDatasetFast, which returns
 * exactly what zod returns) when the shape is certainly valid: the common case, and the costly
 * one for zod (a file holds far more events than anything else). When anything is not, zod
 * parses everything and explains.
 */
function parseShape(value: unknown): ReturnType<typeof Dataset.safeParse> {
  const fast = acceptDatasetFast(value);
  if (fast) return { success: true, data: fast } as ReturnType<typeof Dataset.safeParse>;
  return Dataset.safeParse(value, { reportInput: true });
}

/**
 * The `__proto__` keys of the free-form records (`notes`, each event's `extra`): zod skips that
 * key, so without this check it would vanish without a word.
 */
function protoKeyIssues(value: unknown, locale: string | undefined): Issue[] {
  const issues: Issue[] = [];
  const check = (record: unknown, path: (string | number)[]) => {
    if (record !== null && typeof record === "object" && Object.hasOwn(record, "__proto__")) {
      issues.push({
        code: "reserved_key",
        severity: "error",
        path: [...path, "__proto__"],
        message: tReferences(locale, "validation.reservedKey"),
        expected: tReferences(locale, "validation.reservedKeyExpected"),
        found: "__proto__",
        hint: tReferences(locale, "validation.reservedKeyHint"),
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
 * cross-reference. Returns all problems at once; never throws. The issues' words (message,
 * expected, hint) are in `options.locale` (default English); their codes are the same in every
 * language.
 * @example const { data, issues } = parseDataset(JSON.parse(text));
 * @example parseDataset(JSON.parse(text), { locale: "fr" }).issues[0]?.message; // in French
 */
export function parseDataset(
  value: unknown,
  options: { locale?: string } = {},
): ReadResult<Dataset> {
  const { locale } = options;
  const reserved = protoKeyIssues(value, locale);
  const parsed = parseShape(value);
  // References are checked on the input as given, so a file with a bad date and a dangling
  // source id hears about both at once, not in rounds.
  const references = checkReferences(value, locale);
  if (!parsed.success) {
    const shapeIssues = fromZodIssues(parsed.error.issues, keysAt, optionalAt, locale);
    return {
      data: undefined,
      issues: [
        ...reserved,
        ...shapeIssues,
        ...issuesBehindKinds(value, shapeIssues, locale),
        ...references,
      ],
    };
  }
  const issues = [...reserved, ...references];
  return { data: hasErrors(issues) ? undefined : parsed.data, issues };
}

import type * as z from "zod/mini";
import { closest } from "./closest";
import { countryCodeLookalikes } from "./countryCodes";
import { EnforcementAction, LegislativeStage } from "./event";
import type { Issue } from "./issue";

/**
 * The `found` of an issue: text as written (shortened), other values described. Unquoted, since
 * every report (renderIssues, the CLI) puts its own quotes around it.
 */
function foundText(value: unknown): string {
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return describeFound(value);
}

/** A short, readable rendering of a value found in the input, quoted when it is text. */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string")
    return value.length > 80 ? `"${value.slice(0, 77)}…"` : `"${value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return String(value);
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: "text",
    number: "a number",
    array: "a list",
    object: "an object",
    boolean: "true or false",
  };
  return names[expected] ?? expected;
}

function lastKey(path: readonly PropertyKey[]): string {
  const key = path[path.length - 1];
  return typeof key === "string" ? key : "";
}

/** Known field names of an object schema at a path, for "did you mean" on unknown keys. */
type KeysAt = (path: readonly PropertyKey[], input: unknown) => readonly string[];

/** Whether the field at a path may be left out, for the hint on a `null`. */
type OptionalAt = (path: readonly PropertyKey[]) => boolean;

/**
 * Field names people bring from other formats, and the field that holds the same thing here:
 * for an event, and for one of its actors (`{ "id": "europol" }` where `actor` is meant).
 */
const eventRenames: Record<string, string> = {
  date: "when",
  time: "when",
  start_date: "when",
  start: "when",
  name: "title",
  headline: "title",
  description: "summary",
  text: "summary",
  type: "kind",
  source: "sources",
  actor: "actors",
  country: "countries",
  tag: "tags",
};
const actorRoleRenames: Record<string, string> = { id: "actor", name: "actor", type: "role" };

/** The field an unknown key was probably meant to be, by the object it is in. */
function renamedField(path: readonly (string | number)[], key: string): string | undefined {
  const table =
    path[0] === "events" && path.length === 2
      ? eventRenames
      : path[0] === "events" && path.length === 4 && path[2] === "actors"
        ? actorRoleRenames
        : undefined;
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The hint for a kind that is an action or a stage: the kind it belongs to, and the field. */
function kindHint(kind: string): string | undefined {
  const actions: readonly string[] = EnforcementAction.options;
  const stages: readonly string[] = LegislativeStage.options;
  const word = kind.trim().toLowerCase();
  if (actions.includes(word))
    return `"${word}" is an enforcement action: write "kind": "arrest" with "action": "${word}"`;
  if (stages.includes(word))
    return `"${word}" is a legislative stage: write "kind": "legislation" with "stage": "${word}" (and an "instrument")`;
  return undefined;
}

/** Turns one zod issue into a jointline issue a journalist can act on. */
function fromZodIssue(zodIssue: z.core.$ZodIssue, keysAt: KeysAt, optionalAt: OptionalAt): Issue[] {
  const path = zodIssue.path.filter((key): key is string | number => typeof key !== "symbol");
  const input = (zodIssue as { input?: unknown }).input;
  const base = { severity: "error" as const, path };
  switch (zodIssue.code) {
    case "invalid_type": {
      if (input === undefined) {
        return [
          {
            ...base,
            code: "missing_field",
            message: `The field "${lastKey(path)}" is required but missing.`,
            expected: typeName(zodIssue.expected),
            found: "nothing",
          },
        ];
      }
      const hint =
        input === null
          ? optionalAt(path)
            ? `leave "${lastKey(path)}" out when there is no value: an optional field is omitted, not null`
            : `"${lastKey(path)}" is required: give it a value (null is not one)`
          : zodIssue.expected === "number" &&
              typeof input === "string" &&
              input.trim() !== "" &&
              !Number.isNaN(Number(input.replace(/,/g, "")))
            ? `write the number without quotes: ${Number(input.replace(/,/g, ""))}`
            : undefined;
      return [
        {
          ...base,
          code: "invalid_type",
          message: `Expected ${typeName(zodIssue.expected)}, found ${describeFound(input)}.`,
          expected: typeName(zodIssue.expected),
          found: foundText(input),
          ...(hint ? { hint } : {}),
        },
      ];
    }
    case "invalid_value": {
      if (input === undefined) {
        return [
          {
            ...base,
            code: "missing_field",
            message: `The field "${lastKey(path)}" is required but missing.`,
            expected: `one of ${zodIssue.values.map(String).join(", ")}`,
            found: "nothing",
          },
        ];
      }
      const values = zodIssue.values.map(String);
      const suggestion = typeof input === "string" ? closest(input, values) : undefined;
      return [
        {
          ...base,
          code: "invalid_value",
          message: `${describeFound(input)} is not allowed here; expected one of: ${values.join(", ")}.`,
          expected: `one of ${values.join(", ")}`,
          found: foundText(input),
          ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
        },
      ];
    }
    case "invalid_union": {
      const kind = (input as { kind?: unknown } | undefined)?.kind;
      const options = ((zodIssue as { options?: unknown[] }).options ?? []).map(String);
      const suggestion = typeof kind === "string" ? closest(kind, options) : undefined;
      const belongs = typeof kind === "string" ? kindHint(kind) : undefined;
      return [
        {
          ...base,
          code: "invalid_kind",
          message: `The kind ${describeFound(kind)} is not a kind of event; expected one of: ${options.join(", ")}.`,
          expected: `one of ${options.join(", ")}`,
          found: foundText(kind),
          hint:
            belongs !== undefined
              ? belongs
              : suggestion !== undefined
                ? `did you mean "${suggestion}"?`
                : 'takedowns, sentencings and other enforcement actions are kind "arrest" with an action; policy statements and reports are kind "legislation" with a stage',
        },
      ];
    }
    case "unrecognized_keys": {
      const known = keysAt(zodIssue.path, input);
      return zodIssue.keys.map((key) => {
        const renamed = renamedField(path, key);
        const suggestion = renamed ?? closest(key, known);
        return {
          ...base,
          path: [...path, key],
          code: "unknown_field",
          message: `The field "${key}" is not part of the data format.`,
          expected: known.length > 0 ? `one of ${known.join(", ")}` : "no further fields",
          found: key,
          ...(renamed
            ? { hint: `rename "${key}" to "${renamed}": this format calls it "${renamed}"` }
            : suggestion
              ? { hint: `did you mean "${suggestion}"?` }
              : {
                  hint:
                    path[0] === "events" && path.length === 2
                      ? 'remove it, or keep it under the event\'s "extra" field'
                      : "remove it",
                }),
        };
      });
    }
    case "too_small": {
      const what = zodIssue.origin === "array" ? "list" : "text";
      const empty = Number(zodIssue.minimum) === 1;
      const message =
        lastKey(path) === "sources" && what === "list"
          ? "An event must cite at least one source."
          : empty
            ? `The ${what} "${lastKey(path)}" must not be empty.`
            : `Expected at least ${zodIssue.minimum}, found ${describeFound(input)}.`;
      return [
        {
          ...base,
          code: lastKey(path) === "sources" ? "missing_source" : "too_small",
          message,
          expected: empty ? `a non-empty ${what}` : `at least ${zodIssue.minimum}`,
          found: foundText(input),
        },
      ];
    }
    case "too_big":
      return [
        {
          ...base,
          code: "too_big",
          message: `Expected at most ${zodIssue.maximum}, found ${describeFound(input)}.`,
          expected: `at most ${zodIssue.maximum}`,
          found: foundText(input),
        },
      ];
    case "invalid_format":
      return [
        {
          ...base,
          code: "invalid_format",
          message: `${describeFound(input)} is not in the expected form: ${zodIssue.message}.`,
          expected: zodIssue.message,
          found: foundText(input),
        },
      ];
    case "custom": {
      const params = (zodIssue.params ?? {}) as {
        jointline?: string;
        expected?: string;
        hint?: string;
      };
      return [
        {
          ...base,
          code: params.jointline ?? "invalid_value",
          message: zodIssue.message,
          expected: params.expected ?? zodIssue.message,
          found: foundText(input),
          ...(params.hint ? { hint: params.hint } : {}),
        },
      ];
    }
    default:
      return [{ ...base, code: zodIssue.code, message: zodIssue.message, found: foundText(input) }];
  }
}

/** Field-level messages for refinements whose zod message is only the expectation. */
function sharpen(issue: Issue): Issue {
  const key = lastKey(issue.path);
  const parent = issue.path[issue.path.length - 2];
  const isCountry = key === "country" || parent === "countries";
  if (issue.code === "invalid_value" && issue.expected?.startsWith("an ISO 3166-1") && isCountry) {
    const found = issue.found ?? "";
    const lookalike = countryCodeLookalikes[found.toUpperCase()];
    const upper = found.toUpperCase();
    return {
      ...issue,
      code: "invalid_country",
      message: `"${found}" is not an ISO 3166-1 alpha-2 country code.`,
      ...(lookalike
        ? { hint: `did you mean "${lookalike}"?` }
        : upper !== found && /^[A-Z]{2}$/.test(upper)
          ? { hint: `country codes are upper case: "${upper}"` }
          : {}),
    };
  }
  if (issue.code === "invalid_value" && issue.expected?.startsWith("an absolute http")) {
    return {
      ...issue,
      code: "invalid_url",
      message: `"${issue.found}" is not an http:// or https:// link; only those are allowed.`,
      hint: "start the address with https://",
    };
  }
  if (issue.code === "invalid_format" && key === "id") {
    return { ...issue, code: "invalid_id" };
  }
  return issue;
}

/**
 * Converts zod's issues into jointline issues with plain-language messages, what was expected,
 * what was found, and a "did you mean" hint where one is likely.
 * @example fromZodIssues(Dataset.safeParse(value, { reportInput: true }).error.issues, keysAt)
 */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  keysAt: KeysAt = () => [],
  optionalAt: OptionalAt = () => false,
): Issue[] {
  return zodIssues.flatMap((issue) => fromZodIssue(issue, keysAt, optionalAt)).map(sharpen);
}

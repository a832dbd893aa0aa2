import type * as z from "zod/mini";
import type { DateProblem } from "../time/types";
import { closest } from "./closest";
import { countryCodeLookalikes } from "./countryCodes";
import { dateProblemText } from "./dateMessages";
import { EnforcementAction, LegislativeStage } from "./event";
import { idPattern } from "./id";
import type { Issue } from "./issue";
import { tValidation } from "./messages";
import { metricNamePattern } from "./metric";
import { tReferences } from "./referenceMessages";

type Locale = string | undefined;

/**
 * The `found` of an issue: text as written (shortened), other values described. Unquoted, since
 * every report (renderIssues, the CLI) puts its own quotes around it.
 */
function foundText(value: unknown, locale: Locale): string {
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return describeFound(value, locale);
}

/**
 * A short, readable rendering of a value found in the input, quoted when it is text, in
 * `locale` (default English).
 * @example describeFound([1, 2]); // "a list"
 */
export function describeFound(value: unknown, locale?: string): string {
  if (value === undefined) return tValidation(locale, "validation.nothing");
  if (value === null) return "null";
  if (typeof value === "string")
    return value.length > 80 ? `"${value.slice(0, 77)}…"` : `"${value}"`;
  if (Array.isArray(value)) return tValidation(locale, "validation.aList");
  if (typeof value === "object") return tValidation(locale, "validation.anObject");
  return String(value);
}

function typeName(expected: string, locale: Locale): string {
  switch (expected) {
    case "string":
      return tValidation(locale, "validation.text");
    case "number":
      return tValidation(locale, "validation.aNumber");
    case "array":
      return tValidation(locale, "validation.aList");
    case "object":
      return tValidation(locale, "validation.anObject");
    case "boolean":
      return tValidation(locale, "validation.trueOrFalse");
    default:
      return expected;
  }
}

/** "one of a, b, c": the values are the format's own words (codes), the same in every language. */
function oneOf(values: readonly string[], locale: Locale): string {
  return tValidation(locale, "validation.oneOf", { values: values.join(", ") });
}

function didYouMean(suggestion: string, locale: Locale): string {
  return tReferences(locale, "validation.didYouMean", { suggestion });
}

/**
 * What a format check of the schema expected, worded for the data author: the id and metric
 * name forms are recognised by their pattern (the schemas carry no English of their own).
 */
function expectedForm(zodIssue: z.core.$ZodIssue, locale: Locale): string {
  const pattern = (zodIssue as { pattern?: string }).pattern;
  if (pattern === String(idPattern)) return tValidation(locale, "validation.expectedId");
  if (pattern === String(metricNamePattern))
    return tValidation(locale, "validation.expectedMetricName");
  return zodIssue.message;
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
function kindHint(kind: string, locale: Locale): string | undefined {
  const actions: readonly string[] = EnforcementAction.options;
  const stages: readonly string[] = LegislativeStage.options;
  const word = kind.trim().toLowerCase();
  if (actions.includes(word)) return tValidation(locale, "validation.kindIsAction", { word });
  if (stages.includes(word)) return tValidation(locale, "validation.kindIsStage", { word });
  return undefined;
}

/**
 * The issue of a value that is not an ISO country code: `invalid_country` where a country is
 * expected (an actor's `country`, an event's `countries`), with a hint for look-alikes (UK)
 * and lower case.
 */
function countryIssue(base: Omit<Issue, "code" | "message">, locale: Locale): Issue {
  const path = base.path;
  const key = lastKey(path);
  const parent = path[path.length - 2];
  const expected = tValidation(locale, "validation.expectedCountryCode");
  if (key !== "country" && parent !== "countries")
    return { ...base, code: "invalid_value", message: expected, expected };
  const found = base.found ?? "";
  const lookalike = countryCodeLookalikes[found.toUpperCase()];
  const upper = found.toUpperCase();
  return {
    ...base,
    code: "invalid_country",
    message: tValidation(locale, "validation.invalidCountry", { found }),
    expected,
    ...(lookalike
      ? { hint: didYouMean(lookalike, locale) }
      : upper !== found && /^[A-Z]{2}$/.test(upper)
        ? { hint: tValidation(locale, "validation.upperCaseCountry", { code: upper }) }
        : {}),
  };
}

/** Turns one zod issue into a jointline issue a journalist can act on. */
function fromZodIssue(
  zodIssue: z.core.$ZodIssue,
  keysAt: KeysAt,
  optionalAt: OptionalAt,
  locale: Locale,
): Issue[] {
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
            message: tValidation(locale, "validation.missingField", { field: lastKey(path) }),
            expected: typeName(zodIssue.expected, locale),
            found: tValidation(locale, "validation.nothing"),
          },
        ];
      }
      const hint =
        input === null
          ? optionalAt(path)
            ? tValidation(locale, "validation.leaveOutNull", { field: lastKey(path) })
            : tValidation(locale, "validation.requiredNotNull", { field: lastKey(path) })
          : zodIssue.expected === "number" &&
              typeof input === "string" &&
              input.trim() !== "" &&
              !Number.isNaN(Number(input.replace(/,/g, "")))
            ? // The number as JSON writes it (a string, so not grouped in the locale).
              tValidation(locale, "validation.numberWithoutQuotes", {
                number: String(Number(input.replace(/,/g, ""))),
              })
            : undefined;
      return [
        {
          ...base,
          code: "invalid_type",
          message: tValidation(locale, "validation.invalidType", {
            expected: typeName(zodIssue.expected, locale),
            found: describeFound(input, locale),
          }),
          expected: typeName(zodIssue.expected, locale),
          found: foundText(input, locale),
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
            message: tValidation(locale, "validation.missingField", { field: lastKey(path) }),
            expected: oneOf(zodIssue.values.map(String), locale),
            found: tValidation(locale, "validation.nothing"),
          },
        ];
      }
      const values = zodIssue.values.map(String);
      const suggestion = typeof input === "string" ? closest(input, values) : undefined;
      return [
        {
          ...base,
          code: "invalid_value",
          message: tValidation(locale, "validation.invalidValue", {
            found: describeFound(input, locale),
            values: values.join(", "),
          }),
          expected: oneOf(values, locale),
          found: foundText(input, locale),
          ...(suggestion ? { hint: didYouMean(suggestion, locale) } : {}),
        },
      ];
    }
    case "invalid_union": {
      const kind = (input as { kind?: unknown } | undefined)?.kind;
      const options = ((zodIssue as { options?: unknown[] }).options ?? []).map(String);
      const suggestion = typeof kind === "string" ? closest(kind, options) : undefined;
      const belongs = typeof kind === "string" ? kindHint(kind, locale) : undefined;
      return [
        {
          ...base,
          code: "invalid_kind",
          message: tValidation(locale, "validation.invalidKind", {
            found: describeFound(kind, locale),
            values: options.join(", "),
          }),
          expected: oneOf(options, locale),
          found: foundText(kind, locale),
          hint:
            belongs !== undefined
              ? belongs
              : suggestion !== undefined
                ? didYouMean(suggestion, locale)
                : tValidation(locale, "validation.otherKinds"),
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
          message: tValidation(locale, "validation.unknownField", { field: key }),
          expected:
            known.length > 0
              ? oneOf(known, locale)
              : tValidation(locale, "validation.noFurtherFields"),
          found: key,
          ...(renamed
            ? { hint: tValidation(locale, "validation.renameField", { field: key, renamed }) }
            : suggestion
              ? { hint: didYouMean(suggestion, locale) }
              : {
                  hint:
                    path[0] === "events" && path.length === 2
                      ? tValidation(locale, "validation.removeOrExtra")
                      : tValidation(locale, "validation.remove"),
                }),
        };
      });
    }
    case "too_small": {
      const list = zodIssue.origin === "array";
      const empty = Number(zodIssue.minimum) === 1;
      const field = lastKey(path);
      // Limits are numbers in the reader's locale ("10 000" in French).
      const minimum = Number(zodIssue.minimum);
      const message =
        field === "sources" && list
          ? tValidation(locale, "validation.missingSource")
          : empty
            ? list
              ? tValidation(locale, "validation.emptyList", { field })
              : tValidation(locale, "validation.emptyText", { field })
            : tValidation(locale, "validation.tooSmall", {
                minimum,
                found: describeFound(input, locale),
              });
      return [
        {
          ...base,
          code: field === "sources" ? "missing_source" : "too_small",
          message,
          expected: empty
            ? list
              ? tValidation(locale, "validation.nonEmptyList")
              : tValidation(locale, "validation.nonEmptyText")
            : tValidation(locale, "validation.atLeast", { minimum }),
          found: foundText(input, locale),
        },
      ];
    }
    case "too_big": {
      const maximum = Number(zodIssue.maximum);
      return [
        {
          ...base,
          code: "too_big",
          message: tValidation(locale, "validation.tooBig", {
            maximum,
            found: describeFound(input, locale),
          }),
          expected: tValidation(locale, "validation.atMost", { maximum }),
          found: foundText(input, locale),
        },
      ];
    }
    case "invalid_format": {
      const expected = expectedForm(zodIssue, locale);
      return [
        {
          ...base,
          code: "invalid_format",
          message: tValidation(locale, "validation.invalidFormat", {
            found: describeFound(input, locale),
            expected,
          }),
          expected,
          found: foundText(input, locale),
        },
      ];
    }
    case "custom": {
      const params = (zodIssue.params ?? {}) as {
        jointline?: string;
        expected?: string;
        hint?: string;
        /** What a refinement of the schema expects, worded here (`countryCode`, `httpUrl`). */
        expects?: "country_code" | "http_url";
        /** An unreadable date (`EdtfDate`): parseWhen's codes, worded here. */
        problem?: DateProblem;
      };
      const found = foundText(input, locale);
      if (params.problem) {
        const { message, expected, hint } = dateProblemText(params.problem, locale);
        return [
          {
            ...base,
            code: params.jointline ?? "invalid_date",
            message,
            expected,
            found,
            ...(hint ? { hint } : {}),
          },
        ];
      }
      if (params.expects === "country_code") return [countryIssue({ ...base, found }, locale)];
      if (params.expects === "http_url")
        return [
          {
            ...base,
            code: "invalid_url",
            message: tValidation(locale, "validation.invalidUrl", { found }),
            expected: tValidation(locale, "validation.expectedHttpUrl"),
            found,
            hint: tValidation(locale, "validation.startWithHttps"),
          },
        ];
      return [
        {
          ...base,
          code: params.jointline ?? "invalid_value",
          message: zodIssue.message,
          expected: params.expected ?? zodIssue.message,
          found,
          ...(params.hint ? { hint: params.hint } : {}),
        },
      ];
    }
    default:
      return [
        {
          ...base,
          code: zodIssue.code,
          message: zodIssue.message,
          found: foundText(input, locale),
        },
      ];
  }
}

/** An id field's format error is `invalid_id`. */
function sharpen(issue: Issue): Issue {
  const key = lastKey(issue.path);
  if (issue.code === "invalid_format" && key === "id") {
    return { ...issue, code: "invalid_id" };
  }
  return issue;
}

/**
 * Converts zod's issues into jointline issues with plain-language messages, what was expected,
 * what was found, and a "did you mean" hint where one is likely, worded in `locale` (default
 * English; the codes are the same in every language).
 * @example fromZodIssues(Dataset.safeParse(value, { reportInput: true }).error.issues, keysAt)
 * @example fromZodIssues(issues, keysAt, optionalAt, "fr"); // messages in French
 */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  keysAt: KeysAt = () => [],
  optionalAt: OptionalAt = () => false,
  locale?: string,
): Issue[] {
  return zodIssues.flatMap((issue) => fromZodIssue(issue, keysAt, optionalAt, locale)).map(sharpen);
}

import type * as z from "zod/mini";
import type { DateProblem } from "../time/types";
import { closest } from "./closest";
import { countryIssue } from "./countryIssue";
import { dateProblemText } from "./dateMessages";
import { kindHint, renamedField } from "./fieldHints";
import type { Issue } from "./issue";
import {
  describeFound,
  didYouMean,
  expectedForm,
  foundText,
  type Locale,
  lastKey,
  oneOf,
  typeName,
} from "./issueWords";
import { tValidation } from "./messages";

/** Known field names of an object schema at a path, for "did you mean" on unknown keys. */
type KeysAt = (path: readonly PropertyKey[], input: unknown) => readonly string[];

/** Whether the field at a path may be left out, for the hint on a `null`. */
type OptionalAt = (path: readonly PropertyKey[]) => boolean;

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

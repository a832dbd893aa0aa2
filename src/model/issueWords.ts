import type * as z from "zod/mini";
import { idPattern } from "./id";
import { tValidation } from "./messages";
import { metricNamePattern } from "./metric";
import { tReferences } from "./referenceMessages";

// The words of a validation issue that do not depend on which rule failed: what was found,
// what type or form was expected, "one of", "did you mean" (see fromZodIssues.ts).

export type Locale = string | undefined;

/**
 * The `found` of an issue: text as written (shortened), other values described. Unquoted, since
 * every report (renderIssues, the CLI) puts its own quotes around it.
 */
export function foundText(value: unknown, locale: Locale): string {
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

export function typeName(expected: string, locale: Locale): string {
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
export function oneOf(values: readonly string[], locale: Locale): string {
  return tValidation(locale, "validation.oneOf", { values: values.join(", ") });
}

export function didYouMean(suggestion: string, locale: Locale): string {
  return tReferences(locale, "validation.didYouMean", { suggestion });
}

/**
 * What a format check of the schema expected, worded for the data author: the id and metric
 * name forms are recognised by their pattern (the schemas carry no English of their own).
 */
export function expectedForm(zodIssue: z.core.$ZodIssue, locale: Locale): string {
  const pattern = (zodIssue as { pattern?: string }).pattern;
  if (pattern === String(idPattern)) return tValidation(locale, "validation.expectedId");
  if (pattern === String(metricNamePattern))
    return tValidation(locale, "validation.expectedMetricName");
  return zodIssue.message;
}

export function lastKey(path: readonly PropertyKey[]): string {
  const key = path[path.length - 1];
  return typeof key === "string" ? key : "";
}

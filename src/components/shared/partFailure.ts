import { t } from "../../i18n/catalog";
import type { Issue } from "../../model/issue";

/**
 * What a part of the script-tag build that could not load rejects with (`PartLoadError` of
 * src/embed/parts.ts, seen here by its shape: components do not import the embed layer).
 */
interface PartError {
  part?: string;
  message?: string;
  messageIn?(locale?: string): string;
  whereIn?(locale?: string): string;
}

/**
 * The `part_load_failed` issue of a part that could not be loaded: which file, from where, what
 * to check — in a reader's language when the error can say it (`messageIn`).
 *
 * @example
 * panel.append(renderIssues(document, [partFailureIssue(error, "fr")], { heading: title }));
 */
export function partFailureIssue(error: unknown, locale?: string): Issue {
  const e = (typeof error === "object" && error !== null ? error : {}) as PartError;
  return {
    code: "part_load_failed",
    severity: "error",
    path: [],
    message: e.messageIn?.(locale) ?? e.message ?? String(error),
    ...(e.part ? { expected: t(locale, "embed.partExpected", { part: e.part }) } : {}),
    ...(e.whereIn ? { found: e.whereIn(locale) } : {}),
    hint: t(locale, "embed.partHint"),
  };
}

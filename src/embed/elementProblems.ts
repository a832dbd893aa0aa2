import { el } from "../components/shared/el";
import { t } from "../i18n/catalog";
import { isMessageKey, type MessageKey } from "../i18n/messages";
import type { Issue } from "../model";
import { PartLoadError } from "./parts";
import { problemWords } from "./problemWords";

/**
 * The issue an element shows in its chart's place when drawing failed: a part that could not be
 * loaded (which file, from where, what to check: the core's words), or an error while drawing
 * (with the problems part's words; where they are not here, the error's message alone).
 * @example root.replaceChildren(renderIssues(document, [failureIssue(error, "network")]));
 */
export function failureIssue(error: unknown, viewName: string, locale?: string): Issue {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof PartLoadError) {
    return {
      code: "part_load_failed",
      severity: "error",
      path: [],
      message: t(locale, "embed.partFailed", {
        view: isMessageKey(`view.${viewName}`)
          ? t(locale, `view.${viewName}` as MessageKey)
          : viewName,
        reason: error.messageIn(locale),
      }),
      expected: t(locale, "embed.partExpected", { part: error.part }),
      found: error.whereIn(locale),
      hint: t(locale, "embed.partHint"),
    };
  }
  return {
    severity: "error",
    path: [],
    ...(problemWords()?.renderFailedIssue(message, locale) ?? { code: "render_failed", message }),
  };
}

/**
 * Lists the attributes that did not parse above the chart (after the content note), replacing
 * the previous list; nothing when there are none. Shown, not only logged: whoever wrote the tag
 * is looking at the page, not the console.
 * @example renderAttributeProblems(root, ['width="wide" is not a number']);
 */
export function renderAttributeProblems(
  root: HTMLElement,
  problems: readonly string[],
  locale?: string,
): void {
  root.querySelector(".jl-embed-problems")?.remove();
  if (problems.length === 0) return;
  const note = el(
    root.ownerDocument,
    "p",
    "jl-embed-problems",
    t(locale, "embed.ignored", { problems: problems.join("; ") }),
  );
  const contentNote = root.querySelector(".jl-content-note");
  if (contentNote) contentNote.after(note);
  else root.prepend(note);
}

import { el } from "../components/shared/el";
import { t } from "../i18n/catalog";
import type { Issue } from "../model";
import { PartLoadError } from "./parts";

/**
 * The issue an element shows in its chart's place when drawing failed: a part that could not be
 * loaded (which file, from where, what to check), or an error while drawing.
 * @example root.replaceChildren(renderIssues(document, [failureIssue(error, "network")]));
 */
export function failureIssue(error: unknown, viewName: string): Issue {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof PartLoadError) {
    return {
      code: "part_load_failed",
      severity: "error",
      path: [],
      message: `The ${viewName} could not be drawn. ${message}`,
      expected: `the ${error.part} part beside jointline.iife.js`,
      found: error.where,
      hint: "publish every jointline.*.js file of dist/ in the same folder as jointline.iife.js; a Content-Security-Policy must allow scripts from that folder (script-src 'self' does when it is on this site); offline, reload once the connection is back",
    };
  }
  return {
    code: "render_failed",
    severity: "error",
    path: [],
    message: `The chart could not be drawn: ${message}`,
    hint: "check the element's attributes (locale, width, start/end); if they look right, please report this with the data",
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

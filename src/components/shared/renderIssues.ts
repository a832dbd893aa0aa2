import { t } from "../../i18n/catalog";
import type { Issue } from "../../model/issue";
import { el } from "./el";

/** Options for {@link renderIssues}. */
export interface RenderIssuesOptions {
  /** The heading; default names the count, e.g. "3 problems in the data". */
  heading?: string;
  /** The language of the report's own words; default `"en"`. */
  locale?: string;
}

/** Writes an issue's location: CSV row and column, or a JSON path such as `events[3].when`. */
export function formatIssuePath(issue: Issue, locale?: string): string {
  if (issue.row !== undefined) {
    // The row as written, not grouped: a spreadsheet shows row 1234, not 1,234.
    return issue.column !== undefined
      ? t(locale, "issue.rowColumn", { row: String(issue.row), column: issue.column })
      : t(locale, "issue.row", { row: String(issue.row) });
  }
  if (issue.path.length === 0) return t(locale, "issue.wholeFile");
  return issue.path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

/**
 * The error report shown instead of a chart when data does not load: every issue with where
 * (JSON path or CSV row/column), what (message, expected, found) and a hint where there is one.
 * `role="alert"` so screen readers announce it (`role="status"` when there are only warnings).
 *
 * @example
 * const { data, issues } = readJson(text);
 * if (!data) container.append(renderIssues(document, issues));
 */
export function renderIssues(
  document: Document,
  issues: readonly Issue[],
  options: RenderIssuesOptions = {},
): HTMLElement {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  // Warnings alone do not stop the chart: a polite status in the warning colour, not an alert.
  const section = el(document, "section", errors ? "jl-issues" : "jl-issues jl-issues-warnings");
  section.setAttribute("role", errors ? "alert" : "status");
  const { locale } = options;
  const heading =
    options.heading ??
    (errors > 0
      ? t(locale, "issue.notCharted", { n: errors })
      : t(locale, "issue.warningsHeading", { n: issues.length }));
  section.append(el(document, "h2", undefined, heading));
  const list = el(document, "ol");
  for (const issue of issues) {
    const item = el(document, "li", issue.severity === "warning" ? "jl-issue-warning" : undefined);
    item.dataset.code = issue.code;
    const where = el(document, "code", undefined, formatIssuePath(issue, locale));
    item.append(where, `: ${issue.message}`);
    const parts: string[] = [];
    if (issue.expected !== undefined)
      parts.push(t(locale, "issue.expected", { expected: issue.expected }));
    if (issue.found !== undefined) parts.push(t(locale, "issue.found", { found: issue.found }));
    if (parts.length) item.append(el(document, "div", "jl-meta", parts.join("; ")));
    if (issue.hint !== undefined)
      item.append(el(document, "div", "jl-meta", t(locale, "issue.hint", { hint: issue.hint })));
    list.append(item);
  }
  section.append(list);
  return section;
}

import { formatIssuePath } from "../components/shared/renderIssues";
import { t } from "../i18n/catalog";
import type { Issue } from "../model/issue";
import { tCli } from "./messages";

/**
 * Text from a data file made safe for a terminal: control characters (C0 except line feed and
 * tab, DEL, C1) are written as `\u001b`-style escapes, so a file cannot move the cursor, clear
 * the screen, hide earlier lines or set the window title of whoever validates it.
 */
function printable(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const control =
      (code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code <= 0x9f);
    out += control ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }
  return out;
}

/**
 * The error report as plain text for a terminal: the same content as the library's
 * `renderIssues` (where — JSON path or CSV row and column —, the message, what was expected and
 * found, and a hint), one issue per block, errors before warnings.
 *
 * @example
 * process.stderr.write(formatIssueReport("ops.csv", issues));
 * // ops.csv: 1 error
 * //   error  row 3, column “when”: …
 */
export function formatIssueReport(
  fileName: string,
  issues: readonly Issue[],
  locale = "en",
): string {
  const errors = issues.filter((issue) => issue.severity === "error");
  const warnings = issues.filter((issue) => issue.severity === "warning");
  const lines = [
    issues.length === 0
      ? tCli(locale, "cli.valid", { file: fileName })
      : `${fileName}: ${[errors.length ? tCli(locale, "cli.errors", { n: errors.length }) : "", warnings.length ? tCli(locale, "cli.warnings", { n: warnings.length }) : ""].filter(Boolean).join(", ")}`,
  ];
  for (const issue of [...errors, ...warnings]) {
    lines.push(
      `  ${issue.severity.padEnd(7)} ${formatIssuePath(issue, locale)}: ${issue.message} [${issue.code}]`,
    );
    const parts: string[] = [];
    if (issue.expected !== undefined)
      parts.push(t(locale, "issue.expected", { expected: issue.expected }));
    if (issue.found !== undefined) parts.push(t(locale, "issue.found", { found: issue.found }));
    if (parts.length) lines.push(`          ${parts.join("; ")}`);
    if (issue.hint !== undefined)
      lines.push(`          ${t(locale, "issue.hint", { hint: issue.hint })}`);
  }
  return `${printable(lines.join("\n"))}\n`;
}

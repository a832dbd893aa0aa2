// One-click fixes: the readers' hints are sentences ("did you mean "GB"?", "write 1400"); where
// one names a replacement for what was found, the fix puts it in the cell in place of that text.
import type { Issue } from "../../src/index.ts";

const suggestion = [
  /did you mean [“"`]([^”"`]+)[”"`]\?/i,
  /did you mean (\S+?)\?/i,
  /^write (\S+)$/i,
];

/** The text a hint suggests instead of the issue's `found`, if it suggests one. */
export function suggestedText(issue: Issue): string | undefined {
  if (!issue.hint || !issue.found) return undefined;
  for (const pattern of suggestion) {
    const match = pattern.exec(issue.hint.trim());
    if (match?.[1] && match[1] !== issue.found) return match[1];
  }
  return undefined;
}

/**
 * The cell with the issue's hint applied — the found text replaced once by the suggested one,
 * as a whole cell or as one `;`-separated item or part of one — or undefined when the hint names
 * no replacement or the cell no longer holds what was found.
 * @example applyHint("DE; UK", { found: "UK", hint: 'did you mean "GB"?', … }) // "DE; GB"
 */
export function applyHint(cell: string, issue: Issue): string | undefined {
  const replacement = suggestedText(issue);
  const found = issue.found;
  if (replacement === undefined || !found) return undefined;
  if (cell.trim() === found) return cell.replace(found, replacement);
  const at = cell.indexOf(found);
  if (at < 0) return undefined;
  return cell.slice(0, at) + replacement + cell.slice(at + found.length);
}

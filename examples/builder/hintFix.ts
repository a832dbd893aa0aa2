// One-click fixes: the readers' hints are sentences ("did you mean "GB"?", "write 1400; keep the
// source's wording…"); where one names a replacement for what was found, the fix puts it in the
// cell in place of that text.
import type { Issue } from "../../src/index.ts";

const didYouMean = [/did you mean [“"`]([^”"`]+)[”"`]\?/i, /did you mean (\S+?)\?/i];
/** A number hint: "write 1400", for "1,400" somewhere in what was found. */
const writeNumber = /^write ([\d.]+)(?=$|[;,\s])/i;

const digits = (text: string) => text.replace(/\D/g, "");

/**
 * What was found, as it should read: the hint's suggestion in place of the whole (did you mean)
 * or of the number written with separators in it (write 1400). Undefined when the hint names no
 * replacement.
 */
export function suggestedText(issue: Issue): string | undefined {
  const hint = issue.hint?.trim();
  const found = issue.found;
  if (!hint || !found) return undefined;
  const number = writeNumber.exec(hint)?.[1];
  if (number) {
    // The number as found: digits with separators that read as the suggested digits.
    const token = found
      .match(/\d+(?:[,.\s'’]\d+)+/g)
      ?.find((t) => digits(t) === digits(number) && t !== number);
    return token ? found.replace(token, number) : undefined;
  }
  for (const pattern of didYouMean) {
    const match = pattern.exec(hint);
    if (match?.[1] && match[1] !== found) return match[1];
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
  const at = cell.indexOf(found);
  if (at < 0) return undefined;
  return cell.slice(0, at) + replacement + cell.slice(at + found.length);
}

import type { TextMeasurer } from "../measureText";

/**
 * `text` broken into lines of at most `width` px at `fontSize`, at spaces only: a word wider
 * than the line stays whole on its own line (never cut mid-word).
 *
 * @example wrapText("Sources: Europol and INTERPOL", 120, 12, approximateTextWidth)
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  measure: TextMeasurer,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, fontSize) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines;
}

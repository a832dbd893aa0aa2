/**
 * Measures the width in CSS pixels of one line of text at a font size. Injected into layouts so
 * they stay pure and testable in Node; in a browser, use {@link canvasTextMeasurer}.
 *
 * @example
 * const measure: TextMeasurer = (text, size) => text.length * size * 0.55;
 */
export type TextMeasurer = (text: string, fontSize: number) => number;

/**
 * How much wider semibold text (a note, a headline) is than the regular text a measurer gives:
 * 13–14 % for three notes at 12 px in Chromium's system-ui here (DejaVu Sans, whose 600 is its
 * bold). Over-estimated, a text is wrapped, placed or shortened a little early rather than cut.
 */
const SEMIBOLD_WIDTH = 1.15;

/**
 * The measurer of semibold text from one of regular text (see {@link SEMIBOLD_WIDTH}).
 * @example const measureNote = semibold(measure); measureNote("Interim derogation", 12);
 */
export function semibold(measure: TextMeasurer): TextMeasurer {
  return (text, fontSize) => measure(text, fontSize) * SEMIBOLD_WIDTH;
}

/**
 * A deterministic estimate of text width for Node and tests: an average glyph advance of
 * 0.56 em, narrower for thin Latin letters and wider for capitals and CJK/emoji, close enough
 * to system sans-serif fonts for label collision tests.
 *
 * @example
 * approximateTextWidth("Operation Rescue", 12); // ≈ 96
 */
export const approximateTextWidth: TextMeasurer = (text, fontSize) => {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x2e80) em += 1;
    else if ("il.,:;'|!ftj ()[]".includes(char)) em += 0.3;
    else if (char >= "A" && char <= "Z") em += 0.68;
    else if ("mwMW".includes(char)) em += 0.85;
    else em += 0.55;
  }
  return em * fontSize;
};

/**
 * Measures text with a canvas 2D context and the given font family, caching widths; falls back
 * to {@link approximateTextWidth} where canvas is unavailable (jsdom, linkedom).
 *
 * @example
 * const measure = canvasTextMeasurer(document, "system-ui, sans-serif");
 */
export function canvasTextMeasurer(document: Document, fontFamily: string): TextMeasurer {
  let context: CanvasRenderingContext2D | null = null;
  try {
    const canvas = document.createElement("canvas");
    context = typeof canvas.getContext === "function" ? canvas.getContext("2d") : null;
  } catch {
    context = null;
  }
  if (!context) return approximateTextWidth;
  const ctx = context;
  const cache = new Map<string, number>();
  let currentSize = -1;
  return (text, fontSize) => {
    const key = `${fontSize}\u0000${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (fontSize !== currentSize) {
      ctx.font = `${fontSize}px ${fontFamily}`;
      currentSize = fontSize;
    }
    const width = ctx.measureText(text).width;
    if (cache.size > 20_000) cache.clear();
    cache.set(key, width);
    return width;
  };
}

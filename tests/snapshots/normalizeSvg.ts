/**
 * Normalises serialized SVG for a snapshot, as Observable Plot's tests do: numbers rounded to 3
 * decimals (so a change in the 10th decimal of a layout is not a diff), generated ids renumbered
 * in order of appearance (so a counter or a random prefix is not a diff), and one element per
 * line (so a review shows which element changed).
 *
 * @example normalizeSvg('<svg><g id="jlx7-3" transform="translate(1.23456,2)"/></svg>')
 * // '<svg>\n<g id="id-0" transform="translate(1.235,2)"/>\n</svg>\n'
 */
export function normalizeSvg(svg: string): string {
  // Ids defined here, and ids referred to that live outside the SVG (a summary beside it).
  const ids = [
    ...new Set(
      Array.from(
        svg.matchAll(
          /\s(?:id|aria-describedby|aria-labelledby|aria-controls|aria-owns)="([^"]+)"/g,
        ),
        (m) => m[1]!.split(" "),
      ).flat(),
    ),
  ];
  let out = svg;
  ids.forEach((id, i) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // The id itself, and each reference to it: url(#id), href="#id", aria-*="id other".
    out = out.replace(new RegExp(`(?<=["#\\s])${escaped}(?=["\\s)])`, "g"), `id-${i}`);
  });
  out = out.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
    const rounded = Number(Number(n).toFixed(3));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
  return `${out.replace(/>\s*</g, ">\n<").trim()}\n`;
}

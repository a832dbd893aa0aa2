/**
 * The Okabe–Ito categorical palette (Okabe & Ito, 2008), distinguishable under the common forms
 * of colour-vision deficiency. Ordered so the first three — used for the three event kinds —
 * differ in lightness as well as hue, and so still read apart in greyscale print.
 *
 * @example
 * okabeIto[0]; // "#0072B2" (blue)
 */
export const okabeIto = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#8C6D00",
  "#000000",
] as const;

/**
 * The number of categorical colours a theme defines as `--jl-cat-1` … `--jl-cat-8`.
 *
 * @example
 * categoricalVariable(9); // "var(--jl-cat-2)" — colours repeat past eight
 */
export const categoricalCount = okabeIto.length;

/**
 * The CSS custom property holding the n-th (0-based) categorical colour, repeating past eight,
 * so that SVG marks follow the active theme (light, dark, high contrast) without re-rendering.
 *
 * @example
 * categoricalVariable(0); // "var(--jl-cat-1)"
 */
export function categoricalVariable(index: number): string {
  const i = ((index % categoricalCount) + categoricalCount) % categoricalCount;
  return `var(--jl-cat-${i + 1})`;
}

/**
 * The presentation's type unit in px for a presentation of `width` × `height` px: the smallest
 * text it draws (axis, legend, mark labels, actors, sources), every other size a multiple of
 * it. 24 px on a 1920 × 1080 screen, so that a projected slide is readable from the back of the
 * room; never under 16 px nor over 44 px.
 *
 * @example
 * presentationUnit(1920, 1080); // 24
 * presentationUnit(1100, 700); // 16
 */
export function presentationUnit(width: number, height: number): number {
  if (!(width > 0 && height > 0)) return 16;
  return Math.max(16, Math.min(44, Math.floor(Math.min(height / 44, width / 78))));
}

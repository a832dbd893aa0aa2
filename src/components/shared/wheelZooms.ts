/**
 * Whether d3-zoom's behaviour would zoom on this wheel (its default `wheelDelta`) at scale `k`
 * with scale extent `[min, max]`: what a chart whose behaviour is still on its way (the
 * script-tag build's gesture part) cancels, so that the page does not scroll meanwhile, while a
 * wheel past the limits still scrolls it. The timeline and the network both use it.
 * @example wheelZooms(event, 1, [1, 64]); // true for a wheel up
 */
export function wheelZooms(
  e: WheelEvent,
  k: number,
  [min, max]: readonly [number, number],
): boolean {
  const delta =
    -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1);
  return Math.max(min, Math.min(max, k * 2 ** delta)) !== k;
}

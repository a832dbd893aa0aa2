import type { Disposables } from "./dispatch";

/**
 * Calls `onResize(width)` in the next animation frame after the container's width changes by
 * more than a pixel (not inside the observer: resizing there would loop). Does nothing where
 * there is no `ResizeObserver` (Node renders); the observer and any pending frame are undone by
 * `bag.dispose()`.
 * @example observeWidth(bag, container, (width) => redraw(width));
 */
export function observeWidth(
  bag: Disposables,
  container: HTMLElement,
  onResize: (width: number) => void,
): void {
  const view = container.ownerDocument.defaultView;
  if (!view || !("ResizeObserver" in view)) return;
  let frame = 0;
  let last = container.clientWidth;
  const observer = new view.ResizeObserver(() => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      const width = container.clientWidth;
      if (width > 0 && Math.abs(width - last) > 1) {
        last = width;
        onResize(width);
      }
    });
  });
  observer.observe(container);
  bag.add(() => {
    observer.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
  });
}

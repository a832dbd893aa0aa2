/**
 * Whether `container` has a height of its own that a child can fill (a CSS height, a fullscreen
 * or fixed box, a flex or grid item given its size), rather than one that grows with its
 * content: a child of `height: 100%` is as tall as it there, and 0 px tall in a container that
 * takes its content's height. Measured with an empty probe, added and removed at once.
 *
 * @example
 * root.classList.toggle("jl-presentation-fill", fillsContainer(container));
 */
export function fillsContainer(container: HTMLElement): boolean {
  const probe = container.ownerDocument.createElement("div");
  probe.style.cssText =
    "display:block;position:static;height:100%;width:0;margin:0;padding:0;border:0;visibility:hidden";
  container.append(probe);
  const height = probe.offsetHeight;
  probe.remove();
  return height > 0;
}

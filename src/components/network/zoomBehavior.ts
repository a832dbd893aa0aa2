import { type ZoomBehavior, zoom } from "d3-zoom";
import { networkScaleExtent } from "./scaleExtent";

/**
 * Zoom and pan on the background (0.5–8×); a pointer that starts on a node drags that node
 * instead, and right-click is left to the context menu.
 * @example select(svg).call(createNetworkZoom(viewport))
 */
export function createNetworkZoom(viewport: SVGGElement): ZoomBehavior<SVGSVGElement, unknown> {
  return zoom<SVGSVGElement, unknown>()
    .scaleExtent(networkScaleExtent)
    .filter((event: MouseEvent) => {
      if (
        event.type !== "wheel" &&
        event.target instanceof Element &&
        event.target.closest(".jl-network-node")
      )
        return false;
      // Ignore right-click, since that should open the context menu.
      return (!event.ctrlKey || event.type === "wheel") && !event.button;
    })
    .on("zoom", (event) => {
      viewport.setAttribute("transform", event.transform.toString());
    });
}

import { select } from "d3-selection";
import { type D3ZoomEvent, type ZoomTransform, zoom } from "d3-zoom";
import type { Disposables } from "../shared/dispatch";
import type { TimelineState } from "./state";

/**
 * What the core does with the zoom behaviour's events (`interaction.ts`): the same calls whether
 * the behaviour moved the view (a gesture, or `setTransform` through it) or the core did before
 * the behaviour was here. `source` is the DOM event of a gesture, null for code.
 */
export interface ZoomListeners {
  /** The deepest zoom (`maxZoom`): the behaviour's scale extent is `[1, maxK]`. */
  maxK: number;
  /** Sets the behaviour's extents to the plot's width (`fitZoomExtent`). */
  fitExtent(): void;
  start(source: unknown): void;
  zoom(transform: ZoomTransform, source: unknown): void;
  end(): void;
}

/**
 * Attaches d3-zoom's behaviour to a built horizontal plot (`s.dom`): the wheel, drag, pinch and
 * double-click zoom, starting from the view the core holds (`zoomTo` may have moved it before
 * this code arrived), its events handed to `on`, removed with `bag`. The script-tag build
 * carries it in the `gesture` part (see `gestureCode.ts`).
 *
 * @example attachZoom(s, bag, listeners);
 */
export function attachZoom(s: TimelineState, bag: Disposables, on: ZoomListeners): void {
  const dom = s.dom;
  if (!dom) return;
  const svgSel = select<SVGSVGElement, unknown>(dom.svg);
  dom.zoom = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, on.maxK])
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
      on.zoom(event.transform, event.sourceEvent),
    )
    .on("start", (event: D3ZoomEvent<SVGSVGElement, unknown>) => on.start(event.sourceEvent))
    .on("end", () => on.end());
  on.fitExtent();
  svgSel.call(dom.zoom);
  bag.add(() => {
    svgSel.on(".zoom", null);
  });
}

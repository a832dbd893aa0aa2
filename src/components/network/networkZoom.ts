import { select } from "d3-selection";
import { type ZoomBehavior, ZoomTransform, zoomIdentity } from "d3-zoom";
import type { Disposables } from "../shared/dispatch";
import { wheelZooms } from "../shared/wheelZooms";
import { networkScaleExtent } from "./scaleExtent";
import { loadNetworkZoomCode, type NetworkZoomCode, networkZoomCode } from "./zoomCode";

/** The network view's zoom, whether or not d3-zoom's behaviour is here yet. */
export interface NetworkZoom {
  /** Zooms to scale `k` (clamped to 0.5–8) around the middle of the view. */
  scaleTo(k: number): void;
  /** Zooms by `factor` around the middle of the view. */
  scaleBy(factor: number): void;
  /** Back to the whole network, unzoomed. */
  reset(): void;
}

type ZoomedSvg = SVGSVGElement & { __zoom?: ZoomTransform };

/**
 * The network's zoom on `svg` (its `viewport` group moved): d3-zoom's behaviour at once where its
 * code is bundled, else (the script-tag build) fetched with the `gesture` part on the first
 * pointerenter, focusin or touchstart on the view. Until then the view's transform is kept here,
 * as the behaviour keeps it (on the SVG, where it will read it), and `scaleTo`, `scaleBy` and
 * `reset` compute what d3-zoom's would: scale about the view's middle, clamped to
 * {@link networkScaleExtent}, no translate limit. A wheel or drag before it is here moves nothing
 * (a wheel that would zoom does not scroll the page meanwhile); a part that cannot load is said
 * in the console, and the next intent tries again.
 *
 * @example const zoom = attachNetworkZoom(svg, viewport, bag); zoom.scaleTo(2);
 */
export function attachNetworkZoom(
  svg: SVGSVGElement,
  viewport: SVGGElement,
  bag: Disposables,
): NetworkZoom {
  const zoomed = svg as ZoomedSvg;
  let behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  const attach = (code: NetworkZoomCode) => {
    if (behavior) return;
    behavior = code.createNetworkZoom(viewport);
    select(svg).call(behavior).on("dblclick.zoom", null);
    bag.add(() => select(svg).on(".zoom", null));
  };
  const here = networkZoomCode();
  if (here) attach(here);
  else {
    let loading = false;
    const load = () => {
      if (behavior || loading) return;
      loading = true;
      loadNetworkZoomCode().then(
        (code) => {
          loading = false;
          if (svg.isConnected) attach(code);
        },
        (error: unknown) => {
          loading = false;
          console.warn("jointline: the network's zoom could not load.", error);
        },
      );
    };
    bag.listen(svg, "pointerenter", load);
    bag.listen(svg, "focusin", load);
    bag.listen(svg, "touchstart", load, { passive: true });
    // A wheel the behaviour would take (one that zooms) does not scroll the page while it is on
    // its way, as on a timeline; once it cannot load, the page scrolls.
    bag.listen(svg, "wheel", (e) => {
      load();
      const k = (zoomed.__zoom ?? zoomIdentity).k;
      if (loading && wheelZooms(e as WheelEvent, k, networkScaleExtent)) e.preventDefault();
    });
  }
  /** Sets the transform as d3-zoom's behaviour would (its zoom event moves the viewport). */
  const set = (t: ZoomTransform) => {
    zoomed.__zoom = t;
    viewport.setAttribute("transform", t.toString());
  };
  const scaleTo = (k: number) => {
    if (behavior) {
      behavior.scaleTo(select(svg), k);
      return;
    }
    const t0 = zoomed.__zoom ?? zoomIdentity;
    const k1 = Math.max(networkScaleExtent[0], Math.min(networkScaleExtent[1], k));
    // d3-zoom's scaleTo about the extent's centroid (its default extent: the viewBox, else the
    // SVG's size); with no translate extent its constraint leaves the result as it is.
    const [[x0, y0], [x1, y1]] = viewExtent(svg);
    const px = (x0 + x1) / 2;
    const py = (y0 + y1) / 2;
    set(new ZoomTransform(k1, px - t0.invertX(px) * k1, py - t0.invertY(py) * k1));
  };
  return {
    scaleTo,
    scaleBy: (factor) => scaleTo((zoomed.__zoom ?? zoomIdentity).k * factor),
    reset() {
      if (behavior) behavior.transform(select(svg), zoomIdentity);
      else set(zoomIdentity);
    },
  };
}

/** d3-zoom's default extent of an SVG: its viewBox, else its width and height. */
function viewExtent(svg: SVGSVGElement): [[number, number], [number, number]] {
  if (svg.hasAttribute("viewBox")) {
    const box = svg.viewBox.baseVal;
    return [
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ];
  }
  return [
    [0, 0],
    [svg.width.baseVal.value, svg.height.baseVal.value],
  ];
}

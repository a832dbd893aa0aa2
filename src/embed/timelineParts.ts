import { canvasCode, loadCanvasCode } from "../components/timeline/canvasCode";
import { MARKS_PER_FRAME } from "../components/timeline/draw";
import {
  encodingsCode,
  loadEncodingsCode,
  needsEncodings,
} from "../components/timeline/encodingsCode";
import { loadOverviewCode, overviewCode } from "../components/timeline/overviewCode";
import type { Dataset } from "../model";
import type { EmbedAttributes } from "../views/embedAttributes";

/** The views that draw a timeline, and so may draw its marks on a canvas. */
const withTimeline = new Set(["timeline", "dashboard", "presentation"]);

/**
 * For an element whose timeline may draw on a canvas — more events than one frame builds as SVG
 * (`MARKS_PER_FRAME`, 100), or `renderer: "canvas"` — the load of the canvas layer's part, so
 * that the element keeps its loading state until it is here and its first frames are drawn as
 * they would be with it. Undefined when the layer is here already (the ESM build) or not
 * needed. Rejects (a `PartLoadError`) when the part cannot load.
 * @example await canvasLayerFor("timeline", attributes, dataset);
 */
export function canvasLayerFor(
  view: string,
  attributes: EmbedAttributes,
  dataset: Dataset | undefined,
): Promise<unknown> | undefined {
  if (canvasCode() || !dataset || !withTimeline.has(view)) return undefined;
  const renderer = (attributes.options as { renderer?: unknown } | undefined)?.renderer;
  return dataset.events.length > MARKS_PER_FRAME || renderer === "canvas"
    ? loadCanvasCode()
    : undefined;
}

/**
 * For a `<jointline-timeline>` with `overview: true` (its `options`), the load of the overview's
 * part, so that the element draws the chart and its overview together. Undefined when the
 * overview is here already (the ESM build, or a dashboard part that carries it) or not asked
 * for. Rejects (a `PartLoadError`) when the part cannot load.
 * @example await overviewFor("timeline", attributes);
 */
export function overviewFor(
  view: string,
  attributes: EmbedAttributes,
): Promise<unknown> | undefined {
  if (overviewCode() || view !== "timeline") return undefined;
  const overview = (attributes.options as { overview?: unknown } | undefined)?.overview;
  return overview === true ? loadOverviewCode() : undefined;
}

/**
 * For an element whose timeline sizes its marks by a figure or uses the sequential scale (its
 * `size-by` or `scale` attribute, or its `options`), the load of the `encodings` part, so that the chart is drawn with them from the
 * first frame. Undefined when the code is here already (the ESM build) or not asked for.
 * Rejects (a `PartLoadError`) when the part cannot load.
 * @example await encodingsFor("timeline", attributes);
 */
export function encodingsFor(
  view: string,
  attributes: EmbedAttributes,
): Promise<unknown> | undefined {
  if (encodingsCode() || !withTimeline.has(view)) return undefined;
  // The attributes (`size-by`, `scale`) win over `options`, as timelineOptions has it.
  const options = attributes.options as { sizeBy?: unknown; scale?: unknown } | undefined;
  const asked = {
    sizeBy: attributes.sizeBy ?? options?.sizeBy,
    scale: attributes.scale ?? options?.scale,
  };
  return needsEncodings(asked as Parameters<typeof needsEncodings>[0])
    ? loadEncodingsCode()
    : undefined;
}

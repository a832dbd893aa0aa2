import { categoricalCount } from "../shared/palette";
import { readThemeColors } from "../shared/theme";
import { canvasCode } from "./canvasCode";
import type { CanvasColors } from "./drawCanvas";
import type { TimelineState } from "./state";

/**
 * Why a chart keeps its canvas. A new canvas's first drawing allocates its pixels: 13–60 ms for
 * 1,200 × 520 px in Chromium's software rendering (bench/FINDINGS.md §17), the whole of a first
 * wheel frame at 100 events, and every gesture paid it again, its canvas having been dropped
 * when the last one ended. So the canvas is made and drawn once at idle (`warmCanvas`), and
 * between gestures it is kept detached — a detached canvas keeps its pixels: attaching and
 * drawing it again costs ~0.2 ms. Its cost is that memory (4 bytes per device pixel), held
 * while the chart lives; a chart in a layout this big that never draws on canvas would not
 * have held it.
 */
const WARM_CANVAS_MAX_PIXELS = 8_000_000;

/** Puts the canvas layer in the plot (the kept one when there is one) for a frame drawn on it. */
export function showCanvas(s: TimelineState): void {
  const dom = s.dom;
  if (!dom || dom.canvas) return;
  const canvas = dom.spareCanvas ?? newCanvas(s.document);
  dom.spareCanvas = undefined;
  dom.canvas = canvas;
  dom.plot.append(canvas);
}

/** Takes the canvas layer out of the plot, keeping it (and its pixels) for the next canvas frame. */
export function hideCanvas(s: TimelineState): void {
  const dom = s.dom;
  if (!dom?.canvas) return;
  dom.canvas.remove();
  dom.spareCanvas = dom.canvas;
  dom.canvas = undefined;
}

/**
 * At idle, after a frame drawn as SVG: makes the canvas the next gesture will draw on and draws
 * the current layout on it, detached — its pixels allocated, the glyph sprites made, the label
 * font rasterized — so that the gesture's first frame does none of it. Not for a layout over
 * {@link WARM_CANVAS_MAX_PIXELS} device pixels (memory a chart that is never zoomed would hold).
 */
export function warmCanvas(s: TimelineState): void {
  const dom = s.dom;
  const layout = s.layout;
  if (!dom || dom.canvas || !layout || s.vertical || !s.root.isConnected) return;
  // Only where gestures draw on canvas: in a browser, marks drawn as the chart chooses.
  if (!s.view?.requestAnimationFrame || s.opts.renderer !== "auto") return;
  // The script-tag build loads the canvas code as a part for big data only (canvasCode.ts).
  if (!canvasCode()) return;
  const ratio = s.view?.devicePixelRatio || 1;
  // A kept canvas of the chart's width is ready; after a resize it is drawn again at idle.
  if (dom.spareCanvas?.width === Math.max(1, Math.round(layout.width * ratio))) return;
  const height = s.opts.maxHeight > 0 ? Math.min(layout.height, s.opts.maxHeight) : layout.height;
  if (layout.width * height * ratio * ratio > WARM_CANVAS_MAX_PIXELS) return;
  const canvas = dom.spareCanvas ?? newCanvas(s.document);
  drawMarksOnCanvas(s, canvas);
  dom.spareCanvas = canvas;
}

function newCanvas(document: Document): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.setAttribute("aria-hidden", "true");
  return canvas;
}

/** Draws the marks of the current layout on the canvas layer (hover and selection included). */
export function drawMarksOnCanvas(
  s: TimelineState,
  canvas: HTMLCanvasElement | undefined = s.dom?.canvas,
): void {
  const { layout, opts } = s;
  // Without the canvas layer's code (a part of the script-tag build) `draw` never chooses it.
  const drawCanvas = canvasCode()?.drawCanvas;
  if (!canvas || !layout || !drawCanvas) return;
  // Reading computed styles forces a style recalculation: once per build, not per frame.
  s.canvasColors ??= themeColors(s.root);
  drawCanvas(canvas, layout, s.canvasColors, {
    hovered: s.hovered,
    selected: s.selected,
    focused: s.focused,
    ratio: s.view?.devicePixelRatio || 1,
    fontSize: opts.fontSize,
    rtl: opts.rtl,
    // When the plot scrolls, the canvas covers the visible band only.
    ...(opts.maxHeight > 0 && layout.height > opts.maxHeight
      ? { band: { top: s.plotScrollTop, height: opts.maxHeight } }
      : {}),
  });
}

/**
 * The theme's colours as the canvas needs them (it cannot read CSS custom properties): reading
 * computed styles forces a style recalculation, so a chart reads them once per build.
 */
export function themeColors(root: HTMLElement): CanvasColors {
  const cat = readThemeColors(
    root,
    Array.from({ length: categoricalCount }, (_, i) => `--jl-cat-${i + 1}`),
  );
  const [text, background, sel, focus] = readThemeColors(root, [
    "--jl-color-text",
    "--jl-color-background",
    "--jl-color-selected",
    "--jl-color-focus",
  ]);
  return {
    categorical: cat,
    text: text!,
    background: background!,
    selected: sel!,
    focus: focus!,
    fontFamily: "system-ui, sans-serif",
  };
}

import { categoricalCount } from "../shared/palette";
import { readThemeColors } from "../shared/theme";
import { canvasCode } from "./canvasCode";
import type { CanvasColors } from "./drawCanvas";
import type { TimelineState } from "./state";

/** Draws the marks of the current layout on the canvas layer (hover and selection included). */
export function drawMarksOnCanvas(s: TimelineState): void {
  const canvas = s.dom?.canvas;
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

import { Resvg } from "@resvg/resvg-js";

/** Options of {@link rasterizeSvg}. */
export interface RasterizeSvgOptions {
  /** Pixel ratio: 1 for the SVG's own size, 2 for high-density screens. Default: 1. */
  scale?: number;
  /** Fit the image to this width in px instead of scaling (the height follows). */
  width?: number;
}

/**
 * Rasterizes an SVG document to PNG in Node, without a browser (resvg, with the system's
 * fonts). Server side only: browsers use {@link svgToPng}.
 *
 * @example
 * await writeFile("chart.png", rasterizeSvg(svgText, { scale: 2 }));
 */
export function rasterizeSvg(svg: string, options: RasterizeSvgOptions = {}): Buffer {
  const fitTo =
    options.width !== undefined
      ? ({ mode: "width", value: Math.round(options.width) } as const)
      : ({ mode: "zoom", value: options.scale ?? 1 } as const);
  const resvg = new Resvg(svg, {
    fitTo,
    font: {
      loadSystemFonts: true,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

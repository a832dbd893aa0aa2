/** Options of {@link svgToPng}. */
export interface SvgToPngOptions {
  /** Pixel ratio: 1 for the SVG's size, 2 for high-density screens and print. Default: 1. */
  scale?: number;
}

/**
 * Rasterizes an SVG document (from {@link exportSvg}) to a PNG blob in a browser, through an
 * image and a canvas. For Node, use `rasterizeSvg` (resvg) instead.
 *
 * @example
 * const png = await svgToPng(exportSvg(svg), { scale: 2 });
 */
export async function svgToPng(svg: string, options: SvgToPngOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 1;
  const width = Number.parseFloat(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? "960");
  const height = Number.parseFloat(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? "540");
  const image = new Image();
  image.decoding = "sync";
  // A data: URL keeps the canvas untainted, so toBlob is allowed.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw on a canvas.");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made."))),
      "image/png",
    ),
  );
}

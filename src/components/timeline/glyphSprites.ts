import type { MarkLayout } from "./layout";

/**
 * A point's circle or a milestone's diamond, drawn once per look (shape, size, colours, pixel
 * ratio) on a small canvas and then copied wherever a mark has that look. Rasterizing an
 * antialiased path with a fill and a stroke per mark was most of a canvas frame's cost in
 * Chromium's software rendering (10,000 events zoomed in: ~1,600 glyphs, 7–15 ms of raster
 * per frame, bench/FINDINGS.md §9); copying a bitmap is a fraction of that.
 */
export interface GlyphSprite {
  image: HTMLCanvasElement;
  /** CSS pixels from the glyph's centre to the sprite's top-left corner, and its CSS size. */
  offset: number;
  size: number;
}

/** Sprites per look; a chart has a few (8 colours × 2 shapes × filled or hollow × radii). */
const sprites = new Map<string, GlyphSprite>();
/** Past this many looks (sizes by a figure make many radii) the cache starts again. */
const MAX_SPRITES = 512;

/**
 * Adds a point's circle or a milestone's diamond to the context's path, `grow` pixels larger.
 * @example ctx.beginPath(); glyphPath(ctx, mark); ctx.fill();
 */
export function glyphPath(
  ctx: CanvasRenderingContext2D,
  m: Pick<MarkLayout, "shape" | "r" | "cx" | "y">,
  grow = 0,
): void {
  ctx.beginPath();
  if (m.shape === "point") ctx.arc(m.cx, m.y, m.r + grow, 0, Math.PI * 2);
  else {
    const r = m.r + 1 + grow;
    ctx.moveTo(m.cx, m.y - r);
    ctx.lineTo(m.cx + r, m.y);
    ctx.lineTo(m.cx, m.y + r);
    ctx.lineTo(m.cx - r, m.y);
    ctx.closePath();
  }
}

/**
 * The sprite of a glyph with this shape and radius, filled with `fill` and outlined with
 * `stroke` (1.5 px), at `ratio` device pixels per CSS pixel; undefined where no 2D canvas can
 * be made (the caller then draws the path).
 * @example const s = glyphSprite(document, mark, "#fff", "#0072b2", 2);
 */
export function glyphSprite(
  document: Document,
  m: Pick<MarkLayout, "shape" | "r">,
  fill: string,
  stroke: string,
  ratio: number,
): GlyphSprite | undefined {
  const key = `${m.shape}|${m.r}|${fill}|${stroke}|${ratio}`;
  const known = sprites.get(key);
  if (known) return known;
  // Half the glyph's extent (a diamond reaches r + 1), the stroke's half width and a pixel.
  const offset = Math.ceil(m.r + 1 + 0.75 + 1);
  const size = offset * 2;
  const image = document.createElement("canvas");
  image.width = Math.ceil(size * ratio);
  image.height = Math.ceil(size * ratio);
  const ctx = image.getContext("2d");
  if (!ctx) return undefined;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  glyphPath(ctx, { shape: m.shape, r: m.r, cx: offset, y: offset });
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = stroke;
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.stroke();
  if (sprites.size >= MAX_SPRITES) sprites.clear();
  // Drawn at its own device pixels: the CSS size its pixel width makes at this ratio.
  const sprite = { image, offset, size: image.width / ratio };
  sprites.set(key, sprite);
  return sprite;
}

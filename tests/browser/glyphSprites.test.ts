import { describe, expect, it } from "vitest";
import { glyphSprite } from "../../src/components/timeline/glyphSprites";

/** The RGBA of one device pixel of a canvas. */
function pixel(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  return Array.from(canvas.getContext("2d")!.getImageData(x, y, 1, 1).data);
}

describe("glyphSprite in Chromium", () => {
  it("glyphSprite(point) draws the circle once per look: filled inside, outlined, clear outside", () => {
    const sprite = glyphSprite(document, { shape: "point", r: 5 }, "#ffffff", "#0072b2", 2)!;
    expect(sprite).toBeDefined();
    expect(glyphSprite(document, { shape: "point", r: 5 }, "#ffffff", "#0072b2", 2)).toBe(sprite);
    expect(glyphSprite(document, { shape: "point", r: 5 }, "#0072b2", "#0072b2", 2)).not.toBe(
      sprite,
    );
    // At 2 device pixels per CSS pixel, drawn 1:1: its CSS size is its pixel width / 2.
    expect(sprite.image.width).toBe(sprite.size * 2);
    expect(sprite.offset).toBeGreaterThanOrEqual(5 + 1);
    const centre = sprite.offset * 2;
    expect(pixel(sprite.image, centre, centre)).toEqual([255, 255, 255, 255]);
    // On the outline (radius 5 CSS px = 10 device px from the centre): the stroke colour.
    const [r, g, b, a] = pixel(sprite.image, centre + 10, centre);
    expect(a).toBeGreaterThan(200);
    expect(b).toBeGreaterThan(r! + 60);
    expect(g).toBeLessThan(160);
    expect(pixel(sprite.image, 0, 0)[3]).toBe(0);
  });

  it("glyphSprite(milestone) fits the diamond, which reaches r + 1, in the sprite", () => {
    const sprite = glyphSprite(document, { shape: "milestone", r: 6 }, "#009e73", "#009e73", 1)!;
    const c = sprite.offset;
    expect(pixel(sprite.image, c, c)[3]).toBe(255);
    // The tip, r + 1 = 7 px above the centre, is inside the sprite and painted.
    expect(c - 7).toBeGreaterThanOrEqual(0);
    expect(pixel(sprite.image, c, c - 6)[3]).toBeGreaterThan(0);
    // A diamond leaves its corners clear.
    expect(pixel(sprite.image, c - 6, c - 6)[3]).toBe(0);
  });
});

import { categoricalCount } from "../shared/palette";
import { glyphPath, glyphSprite } from "./glyphSprites";
import { type MarkLayout, metrics, stickyAxisHeight, type TimelineLayout } from "./layout";

/** Resolved colours for canvas drawing (canvas cannot read CSS custom properties). */
export interface CanvasColors {
  categorical: readonly string[];
  text: string;
  background: string;
  selected: string;
  focus: string;
  fontFamily: string;
}

/**
 * Draws a layout's marks on a 2D canvas, for when too many events are visible for one DOM node
 * each: instrument lines, spans (imprecise ends lighter, ongoing ends fading), points and
 * milestones (hollow when imprecise), visible labels, and the hovered, selected and focused
 * events outlined. The canvas is sized to the layout at the device pixel ratio.
 *
 * @example
 * drawCanvas(canvas, layout, colors, { hovered: null, selected: "op-1", focused: null, ratio: 2, fontSize: 12 });
 */
export function drawCanvas(
  canvas: HTMLCanvasElement,
  layout: TimelineLayout,
  colors: CanvasColors,
  state: {
    hovered: string | null;
    selected: string | null;
    focused: string | null;
    ratio: number;
    fontSize: number;
    rtl: boolean;
    /**
     * The band of the layout that can be seen, when the plot scrolls (`maxHeight`): the canvas
     * covers only that band (placed at its top) instead of the whole layout, so a tall chart does
     * not allocate, clear and composite a canvas many screens high. Default: the whole layout.
     */
    band?: { top: number; height: number };
  },
): void {
  const { width } = layout;
  const top = state.band ? Math.max(0, Math.min(state.band.top, layout.height)) : 0;
  const height = state.band
    ? Math.max(1, Math.min(state.band.height, layout.height - top))
    : layout.height;
  const ratio = state.ratio;
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.style.top = `${top}px`;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, -top * ratio);
  ctx.clearRect(0, top, width, height);
  // Scrolled, the top of the band is the axis kept in view (renderStickyAxis): nothing drawn there.
  const covered = stickyAxisHeight(layout, top);
  ctx.save();
  if (covered) {
    ctx.beginPath();
    ctx.rect(0, top + covered, width, height);
    ctx.clip();
  }
  // Marks wholly above or below the band are skipped (a label is at its mark's height).
  const above = top - 40;
  const below = top + height + 40;
  const colour = (m: MarkLayout) =>
    colors.categorical[m.colorIndex % categoricalCount] ?? colors.text;

  // Every instrument line in one path and one stroke (they share a style): a stroke per line
  // was most of a first canvas frame with hundreds of them. Lines wholly outside the band are
  // left out.
  ctx.lineWidth = 2;
  ctx.strokeStyle = colors.categorical[2] ?? colors.text;
  ctx.beginPath();
  for (const line of layout.instrumentLines) {
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const [, y] of line.points) {
      low = Math.min(low, y);
      high = Math.max(high, y);
    }
    if (high < top - 40 || low > top + height + 40) continue;
    line.points.forEach(([x, y], i) => {
      if (i) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
    });
  }
  ctx.stroke();
  const lo = -metrics.fadeTail;
  const hi = width + metrics.fadeTail;
  const emphasised: MarkLayout[] = [];
  // One fading gradient per colour and side for the frame, drawn where the mark ends by moving
  // the origin there: a new gradient per open span was a good part of a frame of 1,000 spans.
  const fades = new Map<string, CanvasGradient>();
  const fade = (c: string, side: 1 | -1) => {
    const key = side > 0 ? c : `-${c}`;
    let g = fades.get(key);
    if (!g) {
      g = ctx.createLinearGradient(0, 0, side * metrics.fadeTail, 0);
      g.addColorStop(0, c);
      g.addColorStop(1, "rgba(0,0,0,0)");
      fades.set(key, g);
    }
    return g;
  };
  for (const m of layout.marks) {
    if (m.right < lo || m.left > hi || m.y < above || m.y > below) continue;
    const c = colour(m);
    if (m.eventId === state.hovered || m.eventId === state.selected || m.eventId === state.focused)
      emphasised.push(m);
    if (m.shape === "span") {
      const top = m.y - m.r;
      const bh = m.r * 2;
      ctx.fillStyle = c;
      // As in the SVG: an exact side ends the solid core, an uncertain side is a faint range
      // (at least a few pixels), an open side fades out.
      const exactLeft = state.rtl ? m.exactEnd : m.exactStart;
      const exactRight = state.rtl ? m.exactStart : m.exactEnd;
      const openLeft = state.rtl ? m.openEnd : m.openStart;
      const openRight = state.rtl ? m.openStart : m.openEnd;
      if (m.coreLeft !== undefined && m.coreRight !== undefined) {
        ctx.globalAlpha = 0.12;
        if (!exactLeft && !openLeft) {
          const x0 = Math.min(m.left, m.coreLeft - 3);
          ctx.fillRect(x0, top, m.coreLeft - x0, bh);
        }
        if (!exactRight && !openRight)
          ctx.fillRect(m.coreRight, top, Math.max(m.right, m.coreRight + 3) - m.coreRight, bh);
        ctx.globalAlpha = 0.3;
        ctx.fillRect(m.coreLeft, top, m.coreRight - m.coreLeft, bh);
        ctx.globalAlpha = 1;
        ctx.strokeStyle = c;
        ctx.lineWidth = 1;
        ctx.strokeRect(m.coreLeft, top, m.coreRight - m.coreLeft, bh);
      } else {
        ctx.globalAlpha = 0.15;
        ctx.fillRect(m.left, top, Math.max(2, m.right - m.left), bh);
        ctx.globalAlpha = 1;
      }
      for (const [open, x0, side] of [
        [openRight, m.right, 1],
        [openLeft, m.left, -1],
      ] as const) {
        if (!open) continue;
        ctx.globalAlpha = 0.45;
        ctx.fillStyle = fade(c, side);
        ctx.translate(x0, 0);
        ctx.fillRect(side > 0 ? 0 : -metrics.fadeTail, top, metrics.fadeTail, bh);
        ctx.translate(-x0, 0);
        ctx.globalAlpha = 1;
      }
    } else {
      if (m.imprecise && m.right - m.left > m.r * 2) {
        ctx.fillStyle = c;
        ctx.globalAlpha = 0.15;
        ctx.fillRect(m.left, m.y - m.r, m.right - m.left, m.r * 2);
        ctx.globalAlpha = 1;
      }
      const fill = m.imprecise || m.noSize ? colors.background : c;
      const sprite = glyphSprite(canvas.ownerDocument, m, fill, c, ratio);
      if (sprite) {
        // At whole device pixels, so the copy stays as crisp as the drawn glyph.
        const x = Math.round((m.cx - sprite.offset) * ratio) / ratio;
        const y = Math.round((m.y - sprite.offset) * ratio) / ratio;
        ctx.drawImage(sprite.image, x, y, sprite.size, sprite.size);
      } else {
        glyphPath(ctx, m);
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = c;
        ctx.fillStyle = fill;
        ctx.fill();
        ctx.stroke();
      }
    }
  }
  ctx.fillStyle = colors.text;
  ctx.font = `${state.fontSize}px ${colors.fontFamily}`;
  ctx.textBaseline = "middle";
  // A label is no wider than its characters at 1.5 em each: past that it cannot reach the plot.
  const em = state.fontSize;
  for (const m of layout.marks) {
    if (!m.labelVisible || m.y < above || m.y > below) continue;
    const reach = m.label.length * em * 1.5;
    if (
      m.labelAnchor === "start"
        ? m.labelX > width || m.labelX + reach < 0
        : m.labelX < 0 || m.labelX - reach > width
    )
      continue;
    ctx.textAlign = m.labelAnchor === "start" ? "left" : "right";
    ctx.fillText(m.label, m.labelX, m.labelY ?? m.y);
  }
  for (const m of emphasised) {
    ctx.lineWidth = m.eventId === state.selected ? 3 : 2;
    ctx.strokeStyle = m.eventId === state.focused ? colors.focus : colors.selected;
    if (m.shape === "span")
      ctx.strokeRect(m.left - 2, m.y - m.r - 2, m.right - m.left + 4, m.r * 2 + 4);
    else {
      glyphPath(ctx, m, 3);
      ctx.stroke();
    }
  }
  if (state.hovered) {
    ctx.setLineDash([2, 3]);
    ctx.strokeStyle = colors.text;
    ctx.lineWidth = 1;
    for (const c of layout.connectors) {
      if (c.eventId !== state.hovered && c.eventId !== state.selected) continue;
      ctx.beginPath();
      ctx.moveTo(c.x, c.y0);
      ctx.lineTo(c.x, c.y1);
      ctx.stroke();
    }
    ctx.setLineDash([]);
  }
  ctx.restore();
}

import type { TextMeasurer } from "../measureText";
import { type ChromeMessages, chromeMessagesIn } from "./messages";
import type { LegendEntry } from "./readLegend";
import type { ChromeContent } from "./resolveChrome";
import { wrapText } from "./wrapText";

const svgNs = "http://www.w3.org/2000/svg";

/** Sizes and measure of {@link renderChromeSvg}. */
export interface ChromeSvgOptions {
  /** The width the text wraps in, px. */
  width: number;
  /** Measures text as the image will draw it (DejaVu Sans in Node exports). */
  measure: TextMeasurer;
  /** The size of the small text (content note, legend, notes, sources, byline). Default 12. */
  fontSize?: number;
  /** Space around and between the blocks, px. Default: the font size. */
  padding?: number;
  messages?: ChromeMessages;
}

/** The chrome drawn as SVG: a block for above the chart and one for below, with their heights. */
export interface ChromeSvg {
  top: SVGGElement;
  topHeight: number;
  bottom: SVGGElement;
  bottomHeight: number;
  /** The font sizes used: headline, dek, text. */
  sizes: { headline: number; dek: number; text: number };
}

/**
 * The chart chrome as SVG text for an image that leaves the page (export, PNG, CLI): above the
 * chart the headline, dek, content note and legend; below it the notes, source line (with the
 * data's URL where there is one) and byline. Lines are wrapped with `measure`, never cut mid-word.
 * Colours are theme variables (`var(--jl-color-text)`), resolved by the export.
 *
 * @example
 * const chrome = renderChromeSvg(document, content, readLegend(root), { width: 960, measure });
 */
export function renderChromeSvg(
  document: Document,
  content: ChromeContent,
  legend: readonly LegendEntry[],
  options: ChromeSvgOptions,
): ChromeSvg {
  const messages = options.messages ?? chromeMessagesIn(content.locale);
  const text = options.fontSize ?? 12;
  const sizes = { headline: Math.round(text * 1.75), dek: Math.round(text * 1.2), text };
  const pad = options.padding ?? text;
  const inner = Math.max(1, options.width - 2 * pad);
  const measure = options.measure;
  const node = <K extends keyof SVGElementTagNameMap>(
    name: K,
    attrs: Record<string, string | number>,
  ) => {
    const element = document.createElementNS(svgNs, name) as SVGElementTagNameMap[K];
    for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
    return element;
  };
  /** Appends a wrapped paragraph at y (its top); returns the y under it. */
  const paragraph = (
    group: SVGGElement,
    value: string,
    y: number,
    size: number,
    className: string,
    attrs: Record<string, string | number> = {},
  ) => {
    const lines = wrapText(value, inner, size * (attrs["font-weight"] === 700 ? 1.06 : 1), measure);
    const lineHeight = Math.round(size * 1.3);
    const block = node("text", {
      class: className,
      "font-size": size,
      fill: "var(--jl-color-text, #1a1a1a)",
      ...attrs,
    });
    lines.forEach((line, i) => {
      const span = node("tspan", { x: pad, y: y + size + i * lineHeight });
      span.textContent = line;
      block.append(span);
    });
    group.append(block);
    return y + lines.length * lineHeight + Math.round(size * 0.35);
  };

  const top = node("g", { class: "jl-chrome jl-chrome-top" });
  let y =
    content.headline || content.dek || content.contentNote || (content.legend && legend.length)
      ? pad
      : 0;
  if (content.headline)
    y = paragraph(top, content.headline, y, sizes.headline, "jl-chrome-headline", {
      "font-weight": 700,
    });
  if (content.dek) y = paragraph(top, content.dek, y, sizes.dek, "jl-chrome-dek");
  if (content.contentNote) {
    y = paragraph(
      top,
      `${messages.contentNote}: ${content.contentNote}`,
      y,
      text,
      "jl-chrome-content-note",
      {
        fill: "var(--jl-color-muted, #444444)",
      },
    );
  }
  if (content.legend && legend.length) y = legendRows(top, legend, y + Math.round(text * 0.3));
  const topHeight = y === 0 ? 0 : y + Math.round(pad / 2);

  const bottom = node("g", { class: "jl-chrome jl-chrome-bottom" });
  let b = 0;
  const muted = { fill: "var(--jl-color-muted, #444444)" };
  const footerText = [
    content.notes ? `${messages.notes}: ${content.notes}` : undefined,
    [content.sourceLine, content.dataUrl ? `${messages.getTheData}: ${content.dataUrl}` : undefined]
      .filter(Boolean)
      .join(" · ") || undefined,
    content.byline,
  ];
  const classes = ["jl-chrome-notes", "jl-chrome-source-line", "jl-chrome-byline"];
  footerText.forEach((value, i) => {
    if (!value) return;
    if (b === 0) b = Math.round(pad / 2);
    b = paragraph(bottom, value, b, text, classes[i]!, muted);
  });
  const bottomHeight = b === 0 ? 0 : b + Math.round(pad / 2);
  return { top, topHeight, bottom, bottomHeight, sizes };

  /** The legend's entries in rows, each a swatch scaled to the text and its label. */
  function legendRows(group: SVGGElement, entries: readonly LegendEntry[], y0: number): number {
    const block = node("g", { class: "jl-chrome-legend" });
    const scale = text / 12;
    const rowHeight = Math.round(text * 1.5);
    const gap = Math.round(text * 1.1);
    let x = pad;
    let row = 0;
    for (const entry of entries) {
      const w0 = Number.parseFloat(entry.swatch?.getAttribute("width") ?? "0") || 0;
      const h0 = Number.parseFloat(entry.swatch?.getAttribute("height") ?? "0") || 0;
      const sw = entry.swatch ? w0 * scale : 0;
      const labelWidth = measure(entry.label, text);
      const width = sw + (sw ? text * 0.4 : 0) + labelWidth;
      if (x > pad && x + width > pad + inner) {
        x = pad;
        row += 1;
      }
      const cy = y0 + row * rowHeight + rowHeight / 2;
      if (entry.swatch) {
        const swatch = entry.swatch.cloneNode(true) as SVGSVGElement;
        swatch.setAttribute("x", String(x));
        swatch.setAttribute("y", String(cy - (h0 * scale) / 2));
        swatch.setAttribute("width", String(sw));
        swatch.setAttribute("height", String(h0 * scale));
        swatch.setAttribute("viewBox", `0 0 ${w0} ${h0}`);
        swatch.setAttribute("overflow", "visible");
        swatch.removeAttribute("aria-hidden");
        block.append(swatch);
      }
      const label = node("text", {
        x: x + sw + (sw ? text * 0.4 : 0),
        y: cy + text * 0.35,
        "font-size": text,
        fill: "var(--jl-color-text, #1a1a1a)",
        ...(entry.caption ? { "font-weight": 700 } : {}),
      });
      label.textContent = entry.label;
      block.append(label);
      x += width + gap;
    }
    group.append(block);
    return y0 + (row + 1) * rowHeight + Math.round(text * 0.3);
  }
}

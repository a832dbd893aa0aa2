import { dejaVuSansWidth } from "./dejaVuSansWidth";
import { inlineSvgStyles } from "./inlineSvgStyles";
import { serializeSvg } from "./serializeSvg";

const svgNs = "http://www.w3.org/2000/svg";

/** Options of {@link exportSvg}. */
export interface ExportSvgOptions {
  /** Width of the image in px. Default: the SVG's `width` attribute, else its rendered width. */
  width?: number;
  /** Height of the image in px. Default: the SVG's `height` attribute, else its rendered height. */
  height?: number;
  /**
   * Stylesheet texts to inline. Default: every `<style>` (and adopted stylesheet) of the
   * document or shadow root the SVG is in — what styles it on screen.
   */
  css?: readonly string[];
  /**
   * Paint a background (the theme's `--jl-color-background`) behind the chart, since image
   * viewers show transparency as black or a checkerboard. Default: true.
   */
  background?: boolean;
  /**
   * A note printed below the chart, wrapped to its width — the dataset's content note, which a
   * chart that leaves the page must carry. The image grows to hold it, or, when `height` is
   * given, the chart and the note are fitted into that height. Default: none.
   * @example exportSvg(svg, { note: dataset.contentNote })
   */
  note?: string;
}

/** Lines of at most `width` px (DejaVu Sans, what resvg draws), split at spaces. */
function wrapNote(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && dejaVuSansWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where the export builds its inlined styles; written out as `style` (see inlineSvgStyles). */
const inlineStyle = "data-jointline-style";

/** The stylesheets that style a node where it is: its shadow root's or its document's. */
export function collectCss(node: Node): string[] {
  const root = node.getRootNode() as Document | ShadowRoot;
  const css: string[] = [];
  const adopted = (root as { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  for (const sheet of adopted) {
    css.push(Array.from(sheet.cssRules, (rule) => rule.cssText).join("\n"));
  }
  const scope = "querySelectorAll" in root ? root : node.ownerDocument;
  for (const style of Array.from(scope?.querySelectorAll("style") ?? [])) {
    css.push(style.textContent ?? "");
  }
  return css;
}

/** The `--*` custom properties named in stylesheets, read from the element's computed style. */
function computedVariables(element: Element, css: readonly string[]): Record<string, string> {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== "function") return {};
  let style: CSSStyleDeclaration;
  try {
    style = view.getComputedStyle(element);
  } catch {
    return {};
  }
  const names = new Set(css.flatMap((text) => text.match(/--[\w-]+(?=\s*:)/g) ?? []));
  const variables: Record<string, string> = {};
  for (const name of names) {
    const value = style.getPropertyValue?.(name)?.trim();
    if (value) variables[name] = value;
  }
  return variables;
}

function sizeOf(svg: SVGSVGElement, axis: "width" | "height"): number {
  const attribute = Number.parseFloat(svg.getAttribute(axis) ?? "");
  if (Number.isFinite(attribute) && attribute > 0) return attribute;
  const box = svg
    .getAttribute("viewBox")
    ?.split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box[axis === "width" ? 2 : 3]! > 0)
    return box[axis === "width" ? 2 : 3]!;
  const rect =
    typeof svg.getBoundingClientRect === "function" ? svg.getBoundingClientRect() : undefined;
  return Math.round(rect?.[axis] ?? 0) || (axis === "width" ? 960 : 540);
}

/**
 * Removes ARIA references to elements outside the SVG (a summary paragraph beside the chart):
 * in a standalone file they point at nothing.
 */
function dropDanglingReferences(svg: Element): void {
  const ids = new Set(Array.from(svg.querySelectorAll("[id]"), (node) => node.getAttribute("id")));
  for (const node of [
    svg,
    ...Array.from(svg.querySelectorAll("[aria-describedby], [aria-labelledby]")),
  ]) {
    for (const name of ["aria-describedby", "aria-labelledby"]) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      const kept = value.split(/\s+/).filter((id) => ids.has(id));
      if (kept.length) node.setAttribute(name, kept.join(" "));
      else node.removeAttribute(name);
    }
  }
}

/** Renames the ids of an SVG by `rename`, with every `url(#…)`, `#…` link and ARIA reference. */
function renameIds(svg: Element, rename: (id: string, index: number) => string): void {
  const mapping = new Map<string, string>();
  for (const node of Array.from(svg.querySelectorAll("[id]"))) {
    const id = node.getAttribute("id")!;
    if (!mapping.has(id)) mapping.set(id, rename(id, mapping.size));
    node.setAttribute("id", mapping.get(id)!);
  }
  if (mapping.size === 0) return;
  for (const node of [svg, ...Array.from(svg.querySelectorAll("*"))]) {
    for (const attribute of Array.from(node.attributes)) {
      const { name, value } = attribute;
      let next = value;
      if (name === "aria-describedby" || name === "aria-labelledby") {
        next = value
          .split(/\s+/)
          .map((id) => mapping.get(id) ?? id)
          .join(" ");
      } else if ((name === "href" || name === "xlink:href") && value.startsWith("#")) {
        next = `#${mapping.get(value.slice(1)) ?? value.slice(1)}`;
      } else if (value.includes("url(#")) {
        next = value.replace(/url\(#([^)]+)\)/g, (whole, id: string) =>
          mapping.has(id) ? `url(#${mapping.get(id)})` : whole,
        );
      }
      if (next !== value) node.setAttribute(name, next);
    }
  }
}

/** A fill written with theme variables, resolved as a probe in the chart's root would paint it. */
function resolveFill(svg: SVGSVGElement, css: readonly string[], fill: string, fallback: string) {
  const root = svg.closest(".jl-root") ?? svg;
  const probe = svg.ownerDocument.createElementNS(svgNs, "svg") as SVGSVGElement;
  // CSSOM, not a style attribute: a strict CSP (no 'unsafe-inline') refuses the attribute.
  probe.style.setProperty("fill", fill);
  root.appendChild(probe);
  const inlined = inlineSvgStyles(probe, {
    css,
    variables: computedVariables(probe, css),
    styleAttribute: inlineStyle,
  });
  probe.remove();
  return /fill:([^;]+)/.exec(inlined.getAttribute(inlineStyle) ?? "")?.[1] ?? fallback;
}

/** FNV-1a, 32 bits, in base 36: a short, stable digest of the exported text. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Exports a chart's SVG as a self-contained SVG document: the styles of the page or shadow
 * root that draw it are inlined on each element with their custom properties resolved (so a
 * host page's theme carries over), the font stack set on the root, a background painted, and an
 * explicit size and `viewBox` (a requested size other than the chart's own centres the chart in it). The same function runs in a browser and in Node (linkedom), so
 * a server-rendered chart and an exported one agree.
 *
 * @example
 * const text = exportSvg(chart.element.querySelector("svg")!);
 * download(new Blob([text], { type: "image/svg+xml" }), "chart.svg");
 */
export function exportSvg(svg: SVGSVGElement, options: ExportSvgOptions = {}): string {
  const css = options.css ?? collectCss(svg);
  const naturalWidth = sizeOf(svg, "width");
  const naturalHeight = sizeOf(svg, "height");
  // 12 px on a page-sized chart, growing to 24 px on a 1920 px slide.
  const noteSize = Math.max(12, Math.min(24, Math.round(naturalWidth / 80)));
  const noteLine = Math.round(noteSize * 1.35);
  const noteLines = options.note ? wrapNote(options.note, naturalWidth - 16, noteSize) : [];
  const noteHeight = noteLines.length > 0 ? noteLines.length * noteLine + noteSize : 0;
  const width = options.width ?? naturalWidth;
  // A requested size is kept (a 1920×1080 slide stays so): the chart and its note are fitted
  // into it; otherwise the image grows to hold the note.
  const height = options.height ?? naturalHeight + noteHeight;
  const copy = inlineSvgStyles(svg, {
    css,
    variables: computedVariables(svg, css),
    styleAttribute: inlineStyle,
  });
  // What only the screen needs (the axis a scrolled plot keeps in view) is not part of the picture.
  for (const part of Array.from(copy.querySelectorAll("[data-screen-only]"))) part.remove();
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  if (!copy.getAttribute("viewBox"))
    copy.setAttribute("viewBox", `0 0 ${naturalWidth} ${naturalHeight}`);
  if (noteLines.length > 0) {
    const [x0 = 0, y0 = 0, w = naturalWidth, h = naturalHeight] = (
      copy.getAttribute("viewBox") ?? ""
    )
      .split(/[\s,]+/)
      .map(Number);
    // Keep the requested frame filled: widen the view to its aspect ratio, chart centred,
    // so no band outside the background shows beside a fitted chart.
    const wide =
      options.height !== undefined ? Math.max(w, ((h + noteHeight) * width) / height) : w;
    copy.setAttribute("viewBox", `${x0 - (wide - w) / 2} ${y0} ${wide} ${h + noteHeight}`);
    const note = svg.ownerDocument.createElementNS(svgNs, "text");
    note.setAttribute("class", "jl-export-note");
    note.setAttribute("font-size", String(noteSize));
    note.setAttribute("fill", resolveFill(svg, css, "var(--jl-color-text, #1a1a1a)", "#1a1a1a"));
    noteLines.forEach((line, i) => {
      const span = svg.ownerDocument.createElementNS(svgNs, "tspan");
      span.setAttribute("x", String(x0 + 8));
      span.setAttribute("y", String(y0 + h + noteSize + i * noteLine));
      span.textContent = line;
      note.append(span);
    });
    copy.append(note);
  }
  copy.removeAttribute("tabindex");
  dropDanglingReferences(copy);
  copy.removeAttribute("class");
  if (options.background ?? true) {
    const fill = resolveFill(svg, css, "var(--jl-color-background, #ffffff)", "#ffffff");
    const rect = svg.ownerDocument.createElementNS(svgNs, "rect");
    const [x = "0", y = "0"] = (copy.getAttribute("viewBox") ?? "").split(/[\s,]+/);
    rect.setAttribute("x", x);
    rect.setAttribute("y", y);
    rect.setAttribute("width", "100%");
    rect.setAttribute("height", "100%");
    rect.setAttribute("fill", fill);
    const first = Array.from(copy.children).find(
      (child) => !["title", "desc", "defs"].includes(child.localName),
    );
    copy.insertBefore(rect, first ?? null);
  }
  // Charts number their ids per page (jl-tl-3-hatch-0): renumber them, prefixed by a digest of
  // the drawing, so the same chart always gives the same file and two different charts inlined
  // in one page do not share ids.
  renameIds(copy, (_, index) => `jl-${index}`);
  const rename = { [inlineStyle]: "style" };
  const prefix = `jl${digest(serializeSvg(copy, { rename }))}`;
  renameIds(copy, (id) => id.replace(/^jl-/, `${prefix}-`));
  return serializeSvg(copy, { rename });
}

import {
  chromeFontSize,
  type ExportChrome,
  hasChrome,
} from "../components/shared/chrome/chromeHeight";

export type { ExportChrome };

import { renderChromeSvg } from "../components/shared/chrome/renderChromeSvg";
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
  /**
   * The chart chrome drawn into the image: headline, dek and content note above the chart with
   * the legend, notes, source line and byline below it (`resolveChrome` gives the content,
   * `readLegend` the legend). The chart is scaled to the image's width; with `height` given, the
   * chart is fitted into what the chrome leaves. Replaces `note`. Default: none.
   * @example exportSvg(svg, { chrome: { content: resolveChrome(dataset, {}, sources), legend: readLegend(root) } })
   */
  chrome?: ExportChrome;
  /**
   * Use `svg` itself for the image instead of a copy: for an SVG drawn only to be exported
   * (`renderSvgInNode` draws each chart for one image), which is changed and moved. Default
   * false: a chart on screen stays as it is.
   */
  consume?: boolean;
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
  const chrome =
    options.chrome ??
    (options.note ? { content: { contentNote: options.note, legend: false } } : undefined);
  if (hasChrome(chrome)) return exportWithChrome(svg, chrome, options);
  const css = options.css ?? collectCss(svg);
  const naturalWidth = sizeOf(svg, "width");
  const naturalHeight = sizeOf(svg, "height");
  const width = options.width ?? naturalWidth;
  const height = options.height ?? naturalHeight;
  // Read where the chart is, before the chart's own SVG may become the image (`consume`).
  const background =
    (options.background ?? true)
      ? resolveFill(svg, css, "var(--jl-color-background, #ffffff)", "#ffffff")
      : undefined;
  const copy = inlineSvgStyles(svg, {
    css,
    variables: computedVariables(svg, css),
    styleAttribute: inlineStyle,
    inPlace: options.consume === true,
  });
  // What only the screen needs (the axis a scrolled plot keeps in view) is not part of the picture.
  for (const part of Array.from(copy.querySelectorAll("[data-screen-only]"))) part.remove();
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  if (!copy.getAttribute("viewBox"))
    copy.setAttribute("viewBox", `0 0 ${naturalWidth} ${naturalHeight}`);
  copy.removeAttribute("tabindex");
  dropDanglingReferences(copy);
  copy.removeAttribute("class");
  if (background !== undefined) {
    const rect = svg.ownerDocument.createElementNS(svgNs, "rect");
    const [x = "0", y = "0"] = (copy.getAttribute("viewBox") ?? "").split(/[\s,]+/);
    rect.setAttribute("x", x);
    rect.setAttribute("y", y);
    rect.setAttribute("width", "100%");
    rect.setAttribute("height", "100%");
    rect.setAttribute("fill", background);
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

/**
 * The export with its chrome: the chrome is drawn as an SVG in the chart's root (so it takes the
 * same theme), inlined like the chart, and becomes the image; the chart's inlined copy is nested
 * in it, scaled to the image's width (or fitted into the room the chrome leaves in a fixed frame).
 */
function exportWithChrome(
  svg: SVGSVGElement,
  chrome: ExportChrome,
  options: ExportSvgOptions,
): string {
  const document = svg.ownerDocument;
  const css = options.css ?? collectCss(svg);
  const naturalWidth = sizeOf(svg, "width");
  const naturalHeight = sizeOf(svg, "height");
  const width = options.width ?? naturalWidth;
  const drawn = renderChromeSvg(document, chrome.content, chrome.legend ?? [], {
    width,
    measure: chrome.measure ?? dejaVuSansWidth,
    fontSize: chromeFontSize(width, options.height),
  });
  const chartHeight =
    options.height !== undefined
      ? Math.max(1, options.height - drawn.topHeight - drawn.bottomHeight)
      : Math.round((naturalHeight * width) / naturalWidth);
  const height = options.height ?? drawn.topHeight + chartHeight + drawn.bottomHeight;

  // Read where the chart is, before the chart's own SVG may become the image (`consume`).
  const background =
    (options.background ?? true)
      ? resolveFill(svg, css, "var(--jl-color-background, #ffffff)", "#ffffff")
      : undefined;
  const root = svg.closest(".jl-root") ?? svg.parentNode ?? svg;
  const copy = inlineSvgStyles(svg, {
    css,
    variables: computedVariables(svg, css),
    styleAttribute: inlineStyle,
    inPlace: options.consume === true,
  });
  for (const part of Array.from(copy.querySelectorAll("[data-screen-only]"))) part.remove();
  if (!copy.getAttribute("viewBox"))
    copy.setAttribute("viewBox", `0 0 ${naturalWidth} ${naturalHeight}`);
  copy.setAttribute("x", "0");
  copy.setAttribute("y", String(drawn.topHeight));
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(chartHeight));
  copy.setAttribute("preserveAspectRatio", "xMidYMid meet");
  copy.setAttribute("overflow", "hidden");
  copy.removeAttribute("tabindex");
  copy.removeAttribute("class");
  copy.removeAttribute("xmlns");

  // The chrome, drawn where the chart is so that the theme's variables resolve as they do there.
  const frame = document.createElementNS(svgNs, "svg") as SVGSVGElement;
  frame.setAttribute("width", String(width));
  frame.setAttribute("height", String(height));
  drawn.bottom.setAttribute("transform", `translate(0,${drawn.topHeight + chartHeight})`);
  frame.append(drawn.top, drawn.bottom);
  root.appendChild(frame);
  let image: SVGSVGElement;
  try {
    image = inlineSvgStyles(frame, {
      css,
      variables: computedVariables(frame, css),
      styleAttribute: inlineStyle,
    });
  } finally {
    frame.remove();
  }
  image.setAttribute("xmlns", svgNs);
  image.setAttribute("width", String(width));
  image.setAttribute("height", String(height));
  image.setAttribute("viewBox", `0 0 ${width} ${height}`);
  image.setAttribute("role", "img");
  const label = [chrome.content.headline, chrome.content.dek].filter(Boolean).join(". ");
  if (label) {
    const title = document.createElementNS(svgNs, "title");
    title.textContent = chrome.content.headline ?? label;
    image.prepend(title);
  }
  const top = image.querySelector(".jl-chrome-top");
  if (top) top.after(copy);
  else image.prepend(copy);
  if (background !== undefined) {
    const rect = document.createElementNS(svgNs, "rect");
    rect.setAttribute("width", "100%");
    rect.setAttribute("height", "100%");
    rect.setAttribute("fill", background);
    const first = Array.from(image.children).find(
      (child) => !["title", "desc", "defs"].includes(child.localName),
    );
    image.insertBefore(rect, first ?? null);
  }
  dropDanglingReferences(image);
  renameIds(image, (_, index) => `jl-${index}`);
  const rename = { [inlineStyle]: "style" };
  const prefix = `jl${digest(serializeSvg(image, { rename }))}`;
  renameIds(image, (id) => id.replace(/^jl-/, `${prefix}-`));
  return serializeSvg(image, { rename });
}

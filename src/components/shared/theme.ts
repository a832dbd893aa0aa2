import { mediaCss } from "./mediaCss";
import { okabeIto } from "./palette";

/**
 * The themes every jointline component understands, set with `data-theme` on the component root:
 * `auto` follows the reader's `prefers-color-scheme` and `prefers-contrast`.
 *
 * @example
 * const theme: ThemeName = "high-contrast";
 */
export type ThemeName = "auto" | "light" | "dark" | "high-contrast";

/** The theme names, in the order a picker would list them. */
export const themeNames: readonly ThemeName[] = ["auto", "light", "dark", "high-contrast"];

/** The class every component root carries; the theme's custom properties are scoped to it. */
export const rootClass = "jl-root";

const lightCss = `
  --jl-font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif;
  --jl-font-size: 13px;
  --jl-font-size-small: 12px;
  --jl-font-size-large: 16px;
  --jl-color-text: #1a1a1a;
  --jl-color-muted: #545454;
  --jl-color-background: #ffffff;
  --jl-color-surface: #ffffff;
  --jl-color-surface-alt: #f4f4f2;
  --jl-color-border: #c8c8c8;
  --jl-color-grid: #e6e6e6;
  --jl-color-lane: #f7f7f5;
  --jl-color-era: rgba(120, 110, 60, 0.10);
  --jl-color-era-text: #5c5420;
  --jl-color-focus: #1f5fbf;
  --jl-color-selected: #111111;
  --jl-color-link: #0b57a4;
  --jl-color-error: #a3160b;
  --jl-color-warning: #7a4d00;
  --jl-stroke-width: 1.5px;
  --jl-shadow: 0 2px 8px rgba(0, 0, 0, 0.18);
  ${okabeIto.map((c, i) => `--jl-cat-${i + 1}: ${c};`).join("\n  ")}
`;

const darkCss = `
  --jl-color-text: #ececec;
  --jl-color-muted: #b4b4b4;
  --jl-color-background: #16181c;
  --jl-color-surface: #22252b;
  --jl-color-surface-alt: #1d2025;
  --jl-color-border: #4a4f58;
  --jl-color-grid: #2f333a;
  --jl-color-lane: #1b1e23;
  --jl-color-era: rgba(230, 200, 90, 0.10);
  --jl-color-era-text: #e3d48c;
  --jl-color-focus: #8ab4ff;
  --jl-color-selected: #ffffff;
  --jl-color-link: #8ab4ff;
  --jl-color-error: #ff8a80;
  --jl-color-warning: #ffcc66;
  --jl-shadow: 0 2px 10px rgba(0, 0, 0, 0.6);
  --jl-cat-1: #56B4E9;
  --jl-cat-2: #F08A4B;
  --jl-cat-3: #2FC29B;
  --jl-cat-4: #E09CC2;
  --jl-cat-5: #E6B34D;
  --jl-cat-6: #9AD3F5;
  --jl-cat-7: #F0E442;
  --jl-cat-8: #d0d0d0;
`;

const highContrastCss = `
  --jl-font-size: 15px;
  --jl-font-size-small: 13px;
  --jl-font-size-large: 19px;
  --jl-color-text: #ffffff;
  --jl-color-muted: #ffffff;
  --jl-color-background: #000000;
  --jl-color-surface: #000000;
  --jl-color-surface-alt: #000000;
  --jl-color-border: #ffffff;
  --jl-color-grid: #7a7a7a;
  --jl-color-lane: #000000;
  --jl-color-era: rgba(255, 255, 0, 0.16);
  --jl-color-era-text: #ffff00;
  --jl-color-focus: #ffff00;
  --jl-color-selected: #ffff00;
  --jl-color-link: #7fd7ff;
  --jl-color-error: #ff9b9b;
  --jl-color-warning: #ffff00;
  --jl-stroke-width: 2.5px;
  --jl-shadow: none;
  --jl-cat-1: #5cc8ff;
  --jl-cat-2: #ffa640;
  --jl-cat-3: #5dff9e;
  --jl-cat-4: #ff8cf0;
  --jl-cat-5: #ffff00;
  --jl-cat-6: #ffffff;
  --jl-cat-7: #c8a0ff;
  --jl-cat-8: #ffffff;
`;

/**
 * The shared stylesheet: theme custom properties on `.jl-root` (override any `--jl-*` property
 * on your own selector to match a publication), the three themes, reduced motion, and the
 * building blocks every component uses (tooltip, details panel, table, legend, sources footer,
 * issue report, visually-hidden text).
 *
 * @example
 * style.textContent = themeCss;
 */
export const themeCss = `
.${rootClass} {${lightCss}
  font-family: var(--jl-font-family);
  font-size: var(--jl-font-size);
  color: var(--jl-color-text);
  background: var(--jl-color-background);
  position: relative;
  box-sizing: border-box;
  line-height: 1.4;
}
.${rootClass} *, .${rootClass} *::before, .${rootClass} *::after { box-sizing: border-box; }
.${rootClass}[data-theme="dark"] {${darkCss}}
.${rootClass}[data-theme="high-contrast"] {${highContrastCss}}
@media (prefers-color-scheme: dark) {
  .${rootClass}[data-theme="auto"] {${darkCss}}
}
@media (prefers-contrast: more) {
  .${rootClass}[data-theme="auto"] {${highContrastCss}}
}
@media (prefers-reduced-motion: reduce) {
  .${rootClass} *, .${rootClass} *::before, .${rootClass} *::after {
    transition: none !important;
    animation: none !important;
    scroll-behavior: auto !important;
  }
}
.${rootClass} .jl-visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.${rootClass} a { color: var(--jl-color-link); }
.${rootClass} button {
  font: inherit; font-size: var(--jl-font-size-small); color: var(--jl-color-text);
  background: var(--jl-color-surface-alt); border: 1px solid var(--jl-color-border);
  border-radius: 4px; padding: 3px 8px; min-height: 28px; min-width: 28px; cursor: pointer;
}
.${rootClass} button:hover { border-color: var(--jl-color-text); }
.${rootClass} button[aria-pressed="true"] { background: var(--jl-color-text); color: var(--jl-color-background); }
.${rootClass} :focus-visible { outline: 2px solid var(--jl-color-focus); outline-offset: 2px; }
.${rootClass} .jl-content-note {
  margin: 0 0 8px; padding: 6px 10px; border-inline-start: 4px solid var(--jl-color-warning);
  background: var(--jl-color-surface-alt); font-size: var(--jl-font-size-small);
}
.${rootClass} .jl-tooltip {
  position: absolute; z-index: 10; pointer-events: none; max-width: min(320px, 90%);
  padding: 8px 10px; background: var(--jl-color-surface); color: var(--jl-color-text);
  border: 1px solid var(--jl-color-border); border-radius: 4px; box-shadow: var(--jl-shadow);
  font-size: var(--jl-font-size-small); transition: opacity 120ms;
}
.${rootClass} .jl-tooltip[hidden] { display: none; }
.${rootClass} .jl-tooltip-title { font-weight: 600; font-size: var(--jl-font-size); margin: 0 0 2px; }
.${rootClass} .jl-tooltip-meta { color: var(--jl-color-muted); margin: 0 0 4px; }
.${rootClass} .jl-tooltip ul { margin: 0; padding-inline-start: 16px; }
.${rootClass} .jl-details {
  margin-top: 8px; padding: 10px 12px; border: 1px solid var(--jl-color-border);
  border-radius: 4px; background: var(--jl-color-surface);
}
.${rootClass} .jl-details[hidden] { display: none; }
.${rootClass} .jl-details h3 { margin: 0 0 4px; font-size: var(--jl-font-size-large); }
.${rootClass} .jl-details h4 { margin: 10px 0 4px; font-size: var(--jl-font-size); }
.${rootClass} .jl-details p { margin: 0 0 6px; }
.${rootClass} .jl-details ul { margin: 0; padding-inline-start: 18px; }
.${rootClass} .jl-details .jl-details-close { float: inline-end; }
.${rootClass} .jl-meta { color: var(--jl-color-muted); }
.${rootClass} .jl-claim-range { font-weight: 600; }
.${rootClass} .jl-sources {
  margin-top: 8px; font-size: var(--jl-font-size-small); color: var(--jl-color-muted);
}
.${rootClass} .jl-sources summary { cursor: pointer; }
.${rootClass} .jl-sources ol { margin: 4px 0 0; padding-inline-start: 22px; }
.${rootClass} .jl-legend {
  display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; margin: 4px 0;
  font-size: var(--jl-font-size-small); list-style: none; padding: 0;
}
.${rootClass} .jl-legend li { display: inline-flex; align-items: center; gap: 5px; }
.${rootClass} .jl-legend svg { overflow: visible; }
.${rootClass} .jl-table-wrap { max-height: 420px; overflow: auto; margin-top: 8px; }
.${rootClass} .jl-table { border-collapse: collapse; font-size: var(--jl-font-size-small); width: 100%; }
.${rootClass} .jl-table caption { text-align: start; font-weight: 600; padding: 4px 0; }
.${rootClass} .jl-table th, .${rootClass} .jl-table td {
  text-align: start; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid var(--jl-color-grid);
}
.${rootClass} .jl-table thead th { position: sticky; top: 0; background: var(--jl-color-surface-alt); }
.${rootClass} .jl-summary { font-size: var(--jl-font-size-small); color: var(--jl-color-muted); margin: 4px 0; }
.${rootClass} .jl-issues { border: 1px solid var(--jl-color-error); border-radius: 4px; padding: 10px 12px; }
.${rootClass} .jl-issues h2 { margin: 0 0 6px; font-size: var(--jl-font-size-large); color: var(--jl-color-error); }
.${rootClass} .jl-issues-warnings { border-color: var(--jl-color-warning); }
.${rootClass} .jl-issues-warnings h2 { color: var(--jl-color-warning); }
.${rootClass} .jl-issues ol { margin: 0; padding-inline-start: 22px; }
.${rootClass} .jl-issues li { margin-bottom: 6px; }
.${rootClass} .jl-issues code { font-size: 0.95em; background: var(--jl-color-surface-alt); padding: 0 3px; }
.${rootClass} .jl-issue-warning { color: var(--jl-color-warning); }
.${rootClass} .jl-empty {
  padding: 32px 12px; text-align: center; color: var(--jl-color-muted);
  border: 1px dashed var(--jl-color-border); border-radius: 4px;
}
${mediaCss}`;

interface Adopted {
  count: number;
  /** The constructed stylesheet, or the `<style>` element where stylesheets cannot be constructed. */
  sheet: CSSStyleSheet | Element;
}

const adopted = new WeakMap<Node, Map<string, Adopted>>();

/** The target window's stylesheet constructor, where it has one that can be adopted. */
function sheetConstructor(target: Document | ShadowRoot): typeof CSSStyleSheet | undefined {
  if (!("adoptedStyleSheets" in target)) return undefined;
  const doc = "createElement" in target ? target : target.ownerDocument;
  const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  return typeof Sheet === "function" && typeof Sheet.prototype.replaceSync === "function"
    ? Sheet
    : undefined;
}

/**
 * Whether stylesheets can be constructed and adopted here (every current browser; not jsdom,
 * linkedom or Safari before 16.4), so that {@link adoptStyle} needs no `<style>` element.
 *
 * @example
 * if (!canAdoptStyles(shadowRoot)) shadowRoot.append(linkToStylesheetFile);
 */
export function canAdoptStyles(target: Document | ShadowRoot): boolean {
  return sheetConstructor(target) !== undefined;
}

/** A stylesheet constructed in the target's own window (adoption needs the same document). */
function constructSheet(target: Document | ShadowRoot, css: string): CSSStyleSheet | undefined {
  const Sheet = sheetConstructor(target);
  if (!Sheet) return undefined;
  try {
    const sheet = new Sheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return undefined;
  }
}

/**
 * Adds a named stylesheet to a document (or a shadow root) once, however many charts use it,
 * and returns a function that removes it when the last user releases it — so that `destroy()`
 * leaves nothing behind. Components add their own CSS this way.
 *
 * Where the browser can construct stylesheets, the sheet is adopted (`adoptedStyleSheets`), which
 * a Content-Security-Policy without `'unsafe-inline'` allows; elsewhere (older browsers, jsdom,
 * linkedom) a `<style data-jointline="name">` element goes into the head or the shadow root.
 *
 * @example
 * const release = adoptStyle(document, "timeline", timelineCss);
 */
export function adoptStyle(target: Document | ShadowRoot, name: string, css: string): () => void {
  let named = adopted.get(target);
  if (!named) {
    named = new Map();
    adopted.set(target, named);
  }
  let entry = named.get(name);
  if (!entry) {
    const sheet = constructSheet(target, css);
    if (sheet) {
      const holder = target as unknown as { adoptedStyleSheets: CSSStyleSheet[] };
      holder.adoptedStyleSheets = [...holder.adoptedStyleSheets, sheet];
      entry = { count: 0, sheet };
    } else {
      const host: Node & ParentNode = "head" in target && target.head ? target.head : target;
      const doc = "createElement" in target ? target : target.ownerDocument;
      const existing = host.querySelector(`style[data-jointline="${name}"]`);
      const style = existing ?? doc.createElement("style");
      if (!existing) {
        style.setAttribute("data-jointline", name);
        style.textContent = css;
        host.appendChild(style);
      }
      entry = { count: 0, sheet: style };
    }
    named.set(name, entry);
  }
  const current = entry;
  current.count += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    current.count -= 1;
    if (current.count > 0) return;
    named.delete(name);
    const { sheet } = current;
    if ("remove" in sheet) {
      sheet.remove();
      return;
    }
    const holder = target as unknown as { adoptedStyleSheets: CSSStyleSheet[] };
    holder.adoptedStyleSheets = holder.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * Adds the shared theme stylesheet ({@link themeCss}) once; returns its release function.
 *
 * @example
 * const release = adoptTheme(document);
 * // … later, in destroy():
 * release();
 */
export function adoptTheme(target: Document | ShadowRoot): () => void {
  return adoptStyle(target, "theme", themeCss);
}

/**
 * Reads the resolved value of theme custom properties on an element, for what CSS cannot
 * reach (canvas drawing). Falls back to the light theme's value when nothing is computed, as
 * under jsdom or linkedom.
 *
 * @example
 * const [text] = readThemeColors(root, ["--jl-color-text"]);
 */
export function readThemeColors(element: Element, names: readonly string[]): string[] {
  const view = element.ownerDocument.defaultView;
  const style = view?.getComputedStyle ? view.getComputedStyle(element) : undefined;
  return names.map((name) => {
    const value = style?.getPropertyValue(name).trim();
    if (value) return value;
    const match = new RegExp(`${name}:\\s*([^;]+);`).exec(lightCss);
    return match?.[1]?.trim() ?? "#000";
  });
}

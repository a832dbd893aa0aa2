import { type CssDeclaration, type CssRule, parseCss } from "./parseCss";
import { isExportableCssValue, resolveVariables } from "./resolveVariables";

/**
 * The properties an exported SVG carries on each element: those that change how SVG paints.
 * Layout-only CSS (flex, margins) means nothing inside an `<svg>`.
 */
export const svgStyleProperties: readonly string[] = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "display",
  "visibility",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "letter-spacing",
  "text-decoration",
  "paint-order",
  "stop-color",
  "stop-opacity",
  "marker-start",
  "marker-mid",
  "marker-end",
  "mix-blend-mode",
];

/** Inherited text properties an `<svg>` takes from the HTML around it (`.jl-root`'s font). */
const inheritedFromHost = ["font-family", "font-size", "font-weight", "font-style"];

/**
 * Selectors matched per element, never shared by signature: any pseudo-class but `:not`, `:is`
 * and `:where` (which only combine what the signature holds) may read the element's place among
 * its siblings, its children, its language or state; sibling combinators (and, conservatively,
 * the `~=` operator) read its neighbours.
 */
const structural = /[+~]|:(?!not\(|is\(|where\()/;

// States that an image cannot be in; matching them would freeze a hover into the export.
const dynamicSelector = /:(?:hover|focus|focus-visible|focus-within|active|visited|target)\b|::/;

/** Options of {@link inlineSvgStyles}. */
export interface InlineSvgStylesOptions {
  /** Stylesheet texts to apply, in cascade order. */
  css: readonly string[];
  /**
   * Custom-property values at the SVG, overriding what the stylesheets say — in a browser, the
   * computed `--jl-*` values, so that a host page's theme carries into the export. Default: none.
   */
  variables?: Readonly<Record<string, string>>;
  /**
   * The attribute the inlined declarations go into. Default `style`; the export uses
   * `data-jointline-style` (renamed to `style` when serialized), because a page whose
   * Content-Security-Policy has no 'unsafe-inline' reports every `style` attribute set from
   * script, even on a detached copy. The copy's own `style` attributes are removed then.
   */
  styleAttribute?: string;
  /**
   * Write into `svg` itself and return it, instead of a copy: for an SVG drawn only to be
   * exported (a server-side render's throwaway DOM), where copying a thousand marks was a fifth
   * of the render. Every cascade is read before anything is written, so the result is the
   * copy's. Default false: a chart on screen stays as it is.
   */
  inPlace?: boolean;
}

/** What the rightmost part of a selector demands of an element: a cheap test before `matches`. */
interface KeyRequirements {
  tag: string | undefined;
  classes: string[];
}

function keyRequirements(selector: string): KeyRequirements {
  const flat = selector.replace(/\[[^\]]*\]/g, "[]").replace(/\([^)]*\)/g, "()");
  const last =
    flat
      .trim()
      .split(/\s*[\s>+~]\s*/)
      .pop() ?? "";
  const tag = /^[a-zA-Z][\w-]*/.exec(last)?.[0]?.toLowerCase();
  return { tag, classes: Array.from(last.matchAll(/\.([\w-]+)/g), (m) => m[1]!) };
}

interface Cascade {
  declared: Map<string, string>;
  custom: Map<string, string>;
}

/**
 * Returns a copy of `svg` in which every element carries, as a `style` attribute, the
 * properties the stylesheets give it — with `var()` and `currentColor` resolved to values — so
 * that the copy paints the same with no stylesheet at all (an image file, resvg, a print
 * pipeline). Selectors are matched against the original element in place, so rules that depend
 * on ancestors outside the SVG (`.jl-root[data-theme=dark] …`) apply. Works in any DOM with
 * `Element.matches` (browsers, jsdom, linkedom).
 *
 * @example
 * const copy = inlineSvgStyles(chartSvg, { css: [themeCss] });
 */
export function inlineSvgStyles(
  svg: SVGSVGElement,
  options: InlineSvgStylesOptions,
): SVGSVGElement {
  const styleAttribute = options.styleAttribute ?? "style";
  let order = 0;
  const rules: (CssRule & { key: KeyRequirements })[] = [];
  for (const text of options.css) {
    const parsed = parseCss(text, order);
    order += parsed.length;
    for (const rule of parsed) {
      if (!dynamicSelector.test(rule.selector))
        rules.push({ ...rule, key: keyRequirements(rule.selector) });
    }
  }
  const cache = new Map<Element, Cascade>();
  // A selector with no structural test (siblings, :nth-child…) reads only the tag, classes, id
  // and the attributes it names of an element and its ancestors: elements alike in those, up to
  // the root, match it alike. So each rule is matched once per such signature, not per element —
  // DOMs without a selector cache (linkedom) compile a selector on every `matches` call, which was
  // most of a server-side render of 1,000 marks.
  const named = new Set<string>();
  for (const rule of rules)
    for (const m of rule.selector.matchAll(/\[\s*([\w-]+)/g)) named.add(m[1]!.toLowerCase());
  const signatures = new Map<Element, string>();
  const signatureOf = (element: Element | null): string => {
    if (!element) return "";
    let known = signatures.get(element);
    if (known === undefined) {
      let own = `${element.localName}.${element.getAttribute("class") ?? ""}#${element.id}`;
      for (const name of named) {
        const value = element.getAttribute(name);
        if (value !== null) own += `[${name}=${value}]`;
      }
      known = `${own}>${signatureOf(element.parentElement)}`;
      signatures.set(element, known);
    }
    return known;
  };
  const verdicts = new Map<string, boolean>();
  const matches = (element: Element, rule: CssRule, index: number): boolean => {
    if (structural.test(rule.selector)) return element.matches(rule.selector);
    const key = `${index} ${signatureOf(element)}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = element.matches(rule.selector);
      verdicts.set(key, verdict);
    }
    return verdict;
  };

  const matchingDeclarations = (element: Element): CssDeclaration[] => {
    const matched: CssRule[] = [];
    const tag = element.localName?.toLowerCase();
    const classes = new Set((element.getAttribute("class") ?? "").split(/\s+/));
    for (const [index, rule] of rules.entries()) {
      // DOMs compile a selector on every `matches` call: skip the rules that cannot apply.
      if (rule.key.tag && rule.key.tag !== tag) continue;
      if (rule.key.classes.some((name) => !classes.has(name))) continue;
      try {
        if (matches(element, rule, index)) matched.push(rule);
      } catch {
        // A selector this DOM cannot evaluate: leave the rule out rather than fail the export.
      }
    }
    matched.sort(
      (a, b) =>
        a.specificity[0] - b.specificity[0] ||
        a.specificity[1] - b.specificity[1] ||
        a.specificity[2] - b.specificity[2] ||
        a.order - b.order,
    );
    const normal = matched.flatMap((rule) => rule.declarations.filter((d) => !d.important));
    const inline = parseCss(`x{${element.getAttribute("style") ?? ""}}`)[0]?.declarations ?? [];
    const important = matched.flatMap((rule) => rule.declarations.filter((d) => d.important));
    return [...normal, ...inline, ...important];
  };

  const cascadeOf = (element: Element): Cascade => {
    const known = cache.get(element);
    if (known) return known;
    const parent = element.parentElement;
    const inherited = parent ? cascadeOf(parent).custom : new Map<string, string>();
    const custom = new Map(inherited);
    const declared = new Map<string, string>();
    for (const { property, value } of matchingDeclarations(element)) {
      if (property.startsWith("--")) custom.set(property, value);
      else declared.set(property, value);
    }
    if (element === svg && options.variables) {
      for (const [name, value] of Object.entries(options.variables))
        if (value) custom.set(name, value);
    }
    const cascade = { declared, custom };
    cache.set(element, cascade);
    return cascade;
  };

  const resolve = (element: Element, value: string): string | undefined => {
    const { custom } = cascadeOf(element);
    // Only colours, lengths and font names pass: a custom property set by a host page to
    // url(…) counts as unset, so no export refers to anything outside itself.
    return resolveVariables(value, (name) => {
      const found = custom.get(name);
      return found !== undefined && isExportableCssValue(found) ? found : undefined;
    });
  };

  // `currentColor` is the inherited `color`.
  const colorOf = (element: Element | null): string => {
    for (let node = element; node; node = node.parentElement) {
      const color = cascadeOf(node).declared.get("color");
      if (color && color !== "inherit") return resolve(node, color) ?? "#000";
    }
    return "#000";
  };

  const originals = [svg, ...Array.from(svg.querySelectorAll("*"))];
  // Read every element's inlined style and resolved attributes first, then write them: in place,
  // a write must not change what a later element's selectors see.
  const writes = originals.map((original) => {
    const { declared } = cascadeOf(original);
    const style: string[] = [];
    const take = (property: string, raw: string | undefined) => {
      if (raw === undefined || raw === "inherit") return;
      let value = resolve(original, raw);
      if (value === undefined) return;
      if (/currentcolor/i.test(value)) value = value.replace(/currentcolor/gi, colorOf(original));
      style.push(`${property}:${value}`);
    };
    if (original === svg) {
      // The SVG's text style comes from the HTML around it; an image has no HTML around it.
      for (const property of inheritedFromHost) {
        if (declared.has(property)) continue;
        for (let node = svg.parentElement; node; node = node.parentElement) {
          const value = cascadeOf(node).declared.get(property);
          if (value && value !== "inherit") {
            take(property, resolve(node, value));
            break;
          }
        }
      }
    }
    for (const property of svgStyleProperties) take(property, declared.get(property));
    // Presentation attributes may hold var() too (fill="var(--jl-cat-1, #0072B2)").
    const attributes: [string, string | undefined][] = [];
    for (const attribute of Array.from(original.attributes)) {
      if (
        attribute.name === "style" ||
        (!attribute.value.includes("var(") && !/currentcolor/i.test(attribute.value))
      )
        continue;
      let value = resolve(original, attribute.value);
      if (value !== undefined && /currentcolor/i.test(value))
        value = value.replace(/currentcolor/gi, colorOf(original));
      attributes.push([attribute.name, value]);
    }
    return { style, attributes };
  });
  const copy = options.inPlace ? svg : (svg.cloneNode(true) as SVGSVGElement);
  const copies = options.inPlace ? originals : [copy, ...Array.from(copy.querySelectorAll("*"))];
  writes.forEach(({ style, attributes }, index) => {
    const target = copies[index]!;
    for (const [name, value] of attributes) {
      if (value === undefined) target.removeAttribute(name);
      else target.setAttribute(name, value);
    }
    if (styleAttribute !== "style") target.removeAttribute("style");
    if (style.length) target.setAttribute(styleAttribute, style.join(";"));
    else target.removeAttribute(styleAttribute);
  });
  // The stylesheets are now inlined; one left inside would re-apply var() rules an image viewer cannot resolve.
  for (const sheet of Array.from(copy.querySelectorAll("style"))) sheet.remove();
  return copy;
}

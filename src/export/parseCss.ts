/** One style rule of a stylesheet, with what the cascade needs to order it. */
export interface CssRule {
  /** One selector (a selector list is split into one rule per selector). */
  selector: string;
  /** [ids, classes/attributes/pseudo-classes, types], compared in that order. */
  specificity: [number, number, number];
  /** Position in the sheets, for ties. */
  order: number;
  declarations: CssDeclaration[];
}

/** One `property: value` pair of a rule. */
export interface CssDeclaration {
  property: string;
  value: string;
  important: boolean;
}

/**
 * The specificity of one selector, counted the way the cascade does (`:not()`/`:is()`
 * arguments count as their contents, `:where()` as nothing).
 * @example selectorSpecificity(".jl-root .jl-mark[data-kind]"); // [0, 3, 0]
 */
export function selectorSpecificity(selector: string): [number, number, number] {
  let rest = selector
    .replace(/:where\([^)]*\)/g, "")
    .replace(/:(?:not|is|has)\(([^)]*)\)/g, " $1 ");
  const ids = (rest.match(/#[\w-]+/g) ?? []).length;
  rest = rest.replace(/#[\w-]+/g, " ");
  const pseudoElements = (rest.match(/::[\w-]+/g) ?? []).length;
  rest = rest.replace(/::[\w-]+/g, " ");
  const classes = (rest.match(/\.[\w-]+|\[[^\]]*\]|:[\w-]+/g) ?? []).length;
  rest = rest.replace(/\.[\w-]+|\[[^\]]*\]|:[\w-]+/g, " ");
  const types = (rest.match(/(?:^|[\s>+~(])([a-zA-Z][\w-]*)/g) ?? []).length + pseudoElements;
  return [ids, classes, types];
}

/** Splits on a separator outside parentheses, brackets and quotes. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote && text[i - 1] !== "\\") quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseDeclarations(body: string): CssDeclaration[] {
  const declarations: CssDeclaration[] = [];
  for (const part of splitTopLevel(body, ";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim();
    let value = part.slice(colon + 1).trim();
    if (!property || !value) continue;
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, "").trim();
    // Custom property names are case-sensitive; other properties are not.
    declarations.push({
      property: property.startsWith("--") ? property : property.toLowerCase(),
      value,
      important,
    });
  }
  return declarations;
}

/**
 * Parses stylesheet text into style rules, enough for exporting SVG: comments are dropped, and
 * at-rule blocks (`@media`, `@supports`, `@keyframes`…) are left out, since an exported image
 * has no viewer preferences to match — it shows the theme as set.
 * @example parseCss(".a { fill: red }")[0].declarations; // [{ property: "fill", value: "red", important: false }]
 */
export function parseCss(text: string, firstOrder = 0): CssRule[] {
  const css = text.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: CssRule[] = [];
  let order = firstOrder;
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf("{", i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    // Find the matching close brace (at-rule blocks nest).
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth > 0) {
      if (css[j] === "{") depth++;
      else if (css[j] === "}") depth--;
      j++;
    }
    const body = css.slice(open + 1, j - 1);
    i = j;
    // A stray statement at-rule (`@import …;`) before the prelude.
    const statementEnd = prelude.lastIndexOf(";");
    const head = statementEnd >= 0 ? prelude.slice(statementEnd + 1).trim() : prelude;
    if (head.startsWith("@") || head === "") continue;
    const declarations = parseDeclarations(body);
    for (const raw of splitTopLevel(head, ",")) {
      const selector = raw.trim();
      if (!selector) continue;
      rules.push({
        selector,
        specificity: selectorSpecificity(selector),
        order: order++,
        declarations,
      });
    }
  }
  return rules;
}

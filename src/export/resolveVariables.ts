/**
 * Replaces every `var(--name, fallback)` in a CSS value by the variable's value (looked up with
 * `lookup`), or its fallback, recursively, so that renderers without custom-property support
 * (resvg, image viewers, print pipelines) see plain colours and sizes. An unknown variable without
 * a fallback gives `undefined`, as the cascade treats it: the declaration does not apply.
 *
 * @example
 * resolveVariables("var(--jl-cat-1, #0072B2)", () => undefined); // "#0072B2"
 */
export function resolveVariables(
  value: string,
  lookup: (name: string) => string | undefined,
  depth = 0,
): string | undefined {
  if (depth > 20) return undefined; // a cycle
  let out = "";
  let i = 0;
  while (i < value.length) {
    const start = value.indexOf("var(", i);
    if (start < 0) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, start);
    let depthParen = 1;
    let j = start + 4;
    while (j < value.length && depthParen > 0) {
      if (value[j] === "(") depthParen++;
      else if (value[j] === ")") depthParen--;
      j++;
    }
    const inner = value.slice(start + 4, j - 1);
    const comma = inner.indexOf(",");
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    const found = lookup(name);
    const chosen = found !== undefined && found !== "" ? found : fallback;
    if (chosen === undefined) return undefined;
    const resolved = resolveVariables(chosen, lookup, depth + 1);
    if (resolved === undefined) return undefined;
    out += resolved;
    i = j;
  }
  return out;
}

/** Functions a colour or a length may be written with; `url()`, `image()` and the rest are not. */
const valueFunction =
  /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|var|calc|min|max|clamp)\(([^()]*)\)/gi;
/** What may stand outside those functions: words, numbers, units, `#hex`, font names in quotes. */
const plainValue = /^[\w\s#.,%"'/*+-]*$/;

/**
 * Whether a custom property's value may pass into an exported file: a colour (`#0072B2`, `red`,
 * `rgb(…)`, `oklch(…)`), a length or number (`12px`, `1.5`, `calc(…)`), a font list or
 * another `var()` — nothing that loads anything. A host page's `--jl-color-background:
 * url(https://…)` would otherwise put an external reference into every SVG the page exports;
 * such a value counts as unset, so the theme's fallback applies.
 * @example isExportableCssValue("#0072B2"); // true
 * @example isExportableCssValue("url(https://tracker.example/x.svg#a)"); // false
 */
export function isExportableCssValue(value: string): boolean {
  let rest = value;
  for (let previous = ""; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(valueFunction, (_, inner: string) =>
      plainValue.test(inner) && !/["']/.test(inner) ? " " : "\u0000",
    );
  }
  return plainValue.test(rest);
}

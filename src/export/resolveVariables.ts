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

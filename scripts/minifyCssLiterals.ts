// A build plugin: the CSS the components carry as template literals (`const timelineCss = \`…\``)
// loses its comments and indentation in the built files. The script-tag bundle is over its
// 80 KB gzip budget and ~20 KB of it was this CSS as written for people; the sources stay
// readable. Only the literal's text parts change, never `${…}`; the source map follows.
import MagicString from "magic-string";
import type { Plugin } from "vite";

/**
 * CSS text without comments and without the spaces and newlines CSS does not need: around
 * `{ } ; , >` and after `:` (never followed by a space inside a selector). Spaces between words
 * stay, so selectors and values keep their meaning. The CSS here has no quoted strings holding
 * those characters (only font names and attribute values).
 * @example minifyCssText("\n  a > b { color: red; } /* why *\/\n") // " a>b{color:red;}"
 */
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/\s+/g, " ");
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The text parts of template literals bound to a name ending in `Css`, in `program`. */
function cssQuasis(program: Node): Node[] {
  const found: Node[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!node || typeof node !== "object" || !("type" in node)) return;
    const n = node as Node;
    const id = n.id as Node | undefined;
    const init = n.init as Node | undefined;
    if (
      n.type === "VariableDeclarator" &&
      id?.type === "Identifier" &&
      /Css$/.test(String(id.name)) &&
      init?.type === "TemplateLiteral"
    )
      found.push(...(init.quasis as Node[]));
    for (const key of Object.keys(n)) if (key !== "parent") visit(n[key]);
  };
  visit(program);
  return found;
}

export function minifyCssLiterals(): Plugin {
  return {
    name: "jointline:minify-css-literals",
    apply: "build",
    enforce: "post",
    transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/Css\s*=\s*`/.test(code)) return null;
      const quasis = cssQuasis(this.parse(code) as unknown as Node);
      if (quasis.length === 0) return null;
      const out = new MagicString(code);
      for (const q of quasis) {
        const raw = code.slice(q.start, q.end);
        const min = minifyCssText(raw);
        if (min !== raw) out.overwrite(q.start, q.end, min);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

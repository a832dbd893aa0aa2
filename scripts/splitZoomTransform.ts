// A build plugin for the script-tag bundles (issue 19): d3-zoom ships as one file
// (dist/d3-zoom.mjs), and the build shares code between the core and its parts module by module,
// so a core that only needs `zoomIdentity` and `ZoomTransform` (the view's transform, which it
// owns) held the whole behaviour too. This reads that file as two modules: its transform
// (`Transform`, `identity`, `transform(node)`: text between `function Transform(k, x, y)` and
// `function nopropagation`), which the core keeps, and the rest, `zoom()` with d3-drag,
// d3-dispatch and the double-click's animation, which the `gesture` part carries. The code is
// d3's, unchanged; only the module boundary is new. The npm build keeps d3-zoom external.
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const whole = /[\\/]d3-zoom[\\/]dist[\\/]d3-zoom\.mjs$/;
const part = "d3-zoom-transform.mjs";

/** d3-zoom's file as its transform module and the rest, which imports it. */
export function splitZoomText(text: string): { transform: string; rest: string } {
  const start = text.indexOf("function Transform(k, x, y) {");
  const end = text.indexOf("function nopropagation(");
  if (start < 0 || end < start || !text.includes("var identity = new Transform(1, 0, 0);"))
    throw new Error(
      "splitZoomTransform: d3-zoom's dist file no longer has its transform where this plugin looks (scripts/splitZoomTransform.ts)",
    );
  return {
    transform: `${text.slice(start, end)}export { Transform, identity, transform };\n`,
    rest: `${text.slice(0, start)}import { Transform, identity, transform } from "./${part}";\n${text.slice(end)}`,
  };
}

/**
 * d3-zoom read as two modules in the script-tag build (see above).
 * @example plugins: [splitZoomTransform()]
 */
export function splitZoomTransform(): Plugin {
  return {
    name: "jointline-split-zoom-transform",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === `./${part}` && importer && whole.test(importer))
        return importer.replace(/d3-zoom\.mjs$/, part);
      // The module by its id (the core's entry puts what parts take from it on the global).
      if (/[\\/]d3-zoom[\\/]dist[\\/]d3-zoom-transform\.mjs$/.test(source)) return source;
      return null;
    },
    load(id) {
      // Not a module another bundle owns (scriptParts.ts reads it from the core's global).
      if (id.startsWith("\0")) return null;
      if (whole.test(id)) return splitZoomText(readFileSync(id, "utf8")).rest;
      if (id.endsWith(part)) {
        const file = `${id.slice(0, -part.length)}d3-zoom.mjs`;
        return splitZoomText(readFileSync(file, "utf8")).transform;
      }
      return null;
    },
  };
}

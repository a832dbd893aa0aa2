// A build plugin for the script-tag bundles (issue 19): some d3 packages ship as one file
// (dist/<name>.mjs), and the build shares code between the core and its parts module by module
// (scripts/scriptParts.ts), so a bundle that uses one function of such a file holds all of it,
// and the core holds whole what any part takes from it. This reads each file below as two
// modules, the code unchanged, only the module boundary new:
//
// - d3-zoom: its transform (`Transform`, `identity`, `transform(node)`), which the core keeps (it
//   owns the view's transform), and the rest, `zoom()` with d3-drag, d3-dispatch and the
//   double-click's animation, which the `gesture` part carries;
// - d3-selection: `pointer` and `pointers` (with their `sourceEvent`), which only d3-zoom and
//   d3-drag use (read from the new module, not through d3-selection's file, which the core
//   holds), so they go with the gesture part, and the rest, which the core keeps.
//
// The npm build keeps d3 external.
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/** One dist file read as two modules: the text from `from` up to `to` becomes `part`. */
interface Split {
  /** The package's dist file. */
  file: string;
  /** The new module's file name, beside it. */
  part: string;
  /** Where its text starts, and the text that follows it. */
  from: string;
  to: string;
  /** The names it declares that the rest of the file uses. */
  names: readonly string[];
}

const splits: readonly Split[] = [
  {
    file: "d3-zoom/dist/d3-zoom.mjs",
    part: "d3-zoom-transform.mjs",
    from: "function Transform(k, x, y) {",
    to: "function nopropagation(",
    names: ["Transform", "identity", "transform"],
  },
  {
    file: "d3-selection/dist/d3-selection.mjs",
    part: "d3-selection-pointer.mjs",
    from: "function sourceEvent(event) {",
    to: "function selectAll(selector) {",
    names: ["pointer", "pointers"],
  },
];

const normal = (id: string) => id.replace(/\\/g, "/");

/**
 * Imports of a split-off module's names through the file it was split from, pointed at it: that
 * file may be another bundle's (the core holds the rest of d3-selection), and a name read
 * through it would be held there too.
 */
const rewires: readonly { file: string; from: string; to: (id: string) => string }[] = [
  "d3-zoom/dist/d3-zoom.mjs",
  "d3-drag/dist/d3-drag.mjs",
].map((file) => ({
  file,
  from: "import { select, pointer } from 'd3-selection';",
  to: (id: string) =>
    `import { select } from 'd3-selection';\nimport { pointer } from ${JSON.stringify(
      normal(id).replace(file, "d3-selection/dist/d3-selection-pointer.mjs"),
    )};`,
}));

/**
 * Work a dist file does at its top level whether or not anything reads the result, made lazy:
 * d3-time builds its local-time ticker (`timeTicks`, with the local year, month, week, day, hour
 * and minute intervals it alone uses) on load, and the bundler keeps a call's result; the
 * timeline reads only `utcTicks`. The same ticker, made on first use, goes when unused.
 */
export const lazyTickers: readonly { file: string; text: string; lazy: string }[] = [
  {
    file: "d3-time/dist/d3-time.mjs",
    text: "const [timeTicks, timeTickInterval] = ticker(timeYear, timeMonth, timeSunday, timeDay, timeHour, timeMinute);",
    lazy: [
      "let timeTicker;",
      "const localTicker = () => (timeTicker ??= ticker(timeYear, timeMonth, timeSunday, timeDay, timeHour, timeMinute));",
      "const timeTicks = (start, stop, count) => localTicker()[0](start, stop, count);",
      "const timeTickInterval = (start, stop, count) => localTicker()[1](start, stop, count);",
    ].join("\n"),
  },
];

const splitOf = (id: string) => splits.find((s) => normal(id).endsWith(`/node_modules/${s.file}`));
const partOf = (id: string) =>
  splits.find((s) => normal(id).endsWith(`/node_modules/${s.file.replace(/[^/]+$/, s.part)}`));

/** A dist file's text as its split-off module and the rest, which imports it. */
export function splitDistText(split: Split, text: string): { part: string; rest: string } {
  const start = text.indexOf(split.from);
  const end = text.indexOf(split.to, start);
  if (start < 0 || end < 0)
    throw new Error(
      `splitDistModules: ${split.file} no longer has the text this plugin splits at (scripts/splitDistModules.ts)`,
    );
  const names = split.names.join(", ");
  return {
    part: `${text.slice(start, end)}export { ${names} };\n`,
    rest: `${text.slice(0, start)}import { ${names} } from "./${split.part}";\n${text.slice(end)}`,
  };
}

/**
 * A dist file's text with its top-level work made lazy or marked pure (see `lazyTickers`): the
 * same values, made on first use, so that what nothing reads goes from the bundle.
 * @example lazyDistText(lazyTickers[0]!, readFileSync("node_modules/d3-time/dist/d3-time.mjs", "utf8"));
 */
export function lazyDistText(lazy: (typeof lazyTickers)[number], text: string): string {
  if (!text.includes(lazy.text))
    throw new Error(
      `splitDistModules: ${lazy.file} no longer has the text this plugin makes lazy (scripts/splitDistModules.ts)`,
    );
  return (
    text
      .replace(lazy.text, lazy.lazy)
      // And its intervals, each made by a call the bundler cannot know is pure,
      .replace(/^(const \w+ = )(timeInterval|timeWeekday|utcWeekday)\(/gm, "$1/*#__PURE__*/ $2(")
      // and the lists of each (`timeDays = timeDay.range`), read on load: a read the bundler
      // keeps, and with it the interval.
      .replace(/^const (\w+) = (\w+)\.range;$/gm, "const $1 = /*#__PURE__*/ (() => $2.range)();")
  );
}

/**
 * The dist files above read as two modules each in the script-tag build.
 * @example plugins: [splitDistModules()]
 */
export function splitDistModules(): Plugin {
  return {
    name: "jointline-split-dist-modules",
    enforce: "pre",
    resolveId(source, importer) {
      // From the file it was split from, and by its id (the core's entry puts what parts take
      // from it on the global).
      const split = importer && source.startsWith("./") ? splitOf(importer) : undefined;
      if (split && source === `./${split.part}`) return importer!.replace(/[^/\\]+$/, split.part);
      if (partOf(source)) return source;
      return null;
    },
    load(id) {
      // Not a module another bundle owns (scriptParts.ts reads it from the core's global).
      if (id.startsWith("\0")) return null;
      const lazy = lazyTickers.find((l) => normal(id).endsWith(`/node_modules/${l.file}`));
      if (lazy) return lazyDistText(lazy, readFileSync(id, "utf8"));
      const split = splitOf(id);
      const rewire = rewires.find((r) => normal(id).endsWith(`/node_modules/${r.file}`));
      let text = split || rewire ? readFileSync(id, "utf8") : "";
      if (rewire) {
        if (!text.includes(rewire.from))
          throw new Error(
            `splitDistModules: ${rewire.file} no longer imports pointer as this plugin expects (scripts/splitDistModules.ts)`,
          );
        text = text.replace(rewire.from, rewire.to(id));
      }
      if (split) return splitDistText(split, text).rest;
      if (rewire) return text;
      const part = partOf(id);
      if (part) {
        const file = id.replace(/[^/\\]+$/, part.file.replace(/^.*\//, ""));
        return splitDistText(part, readFileSync(file, "utf8")).part;
      }
      return null;
    },
  };
}

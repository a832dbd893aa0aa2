// Builds the script-tag bundle (dist/jointline.iife.js) and checks its gzip size against the
// embed budget of DESIGN.md: 80 KB gzip for everything a page needs. Exit code 1 past it.
//   tsx scripts/checkBundleSize.ts            build, then measure
//   tsx scripts/checkBundleSize.ts --no-build measure the existing file
//   tsx scripts/checkBundleSize.ts --why      also list what the bytes are (from a source map)
//   tsx scripts/checkBundleSize.ts --why --files   the same, one line per source file
//   tsx scripts/checkBundleSize.ts --ceiling 104   report against the budget, but fail only past
//                                                   104 KB: the ratchet CI runs while the bundle is
//                                                   over budget, so that it can only shrink
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const file = `${root}dist/jointline.iife.js`;
const budget = 80 * 1024;

const why = process.argv.includes("--why");
const ceilingAt = process.argv.indexOf("--ceiling");
const ceiling = ceilingAt > 0 ? Number(process.argv[ceilingAt + 1]) * 1024 : undefined;
if (ceiling !== undefined && !(ceiling > 0)) throw new Error("--ceiling needs a size in KB");
const byFile = process.argv.includes("--files");
if (!process.argv.includes("--no-build") || why) {
  // From node_modules/.bin, never npx (see TOOLCHAIN.md).
  const args = ["build", "--mode", "iife", "--logLevel", "warn", ...(why ? ["--sourcemap"] : [])];
  execFileSync(`${root}node_modules/.bin/vite`, args, { cwd: root, stdio: "inherit" });
}
const code = readFileSync(file);
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dist/jointline.iife.js: ${kb(code.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`,
);
console.log(
  `embed budget: ${kb(budget)} gzip — ${gzip <= budget ? `${kb(budget - gzip)} to spare` : `${kb(gzip - budget)} OVER`}`,
);
if (why) {
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as {
    sources: string[];
    mappings: string;
  };
  rmSync(`${file}.map`);
  // The source map is written with the bundle; leave the bundle as a plain build would.
  execFileSync(`${root}node_modules/.bin/vite`, ["build", "--mode", "iife", "--logLevel", "warn"], {
    cwd: root,
  });
  const parts = attribute(code.toString("utf8"), map);
  console.log(
    "\nwhat the bytes are (gzip of each part alone; parts compress worse apart than together):",
  );
  for (const [name, text] of [...parts]
    .sort((a, b) => gzipSync(b[1]).length - gzipSync(a[1]).length)
    .slice(0, byFile ? 300 : 30)) {
    console.log(`  ${kb(gzipSync(text, { level: 9 }).length).padStart(8)}  ${name}`);
  }
}
if (ceiling !== undefined) {
  console.log(
    `CI ceiling (the bundle may not grow while over budget): ${kb(ceiling)} gzip — ${gzip <= ceiling ? "within" : `${kb(gzip - ceiling)} OVER`}`,
  );
  if (gzip > ceiling) process.exitCode = 1;
} else if (gzip > budget) process.exitCode = 1;

/** Groups a source file by package (node_modules) or by src/ folder (one level below src). */
function group(source: string): string {
  if (byFile) return source.replace(/^(\.\.\/)+/, "").replace(/^.*node_modules\//, "");
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inModules) return inModules[1]!;
  const inSrc = /src\/([^/]+(?:\/[^/.]+(?=\/))?)/.exec(source);
  return inSrc ? `src/${inSrc[1]}` : source;
}

/** Splits generated code by the source each stretch maps to (base64 VLQ source-map mappings). */
function attribute(
  generated: string,
  map: { sources: string[]; mappings: string },
): Map<string, string> {
  const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lines = generated.split("\n");
  const parts = new Map<string, string[]>();
  let source = 0;
  map.mappings.split(";").forEach((line, lineIndex) => {
    const text = lines[lineIndex] ?? "";
    let column = 0;
    const segments: [number, number][] = [];
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length > 1) source += values[1]!;
      segments.push([column, source]);
    }
    segments.forEach(([start, from], i) => {
      const end = segments[i + 1]?.[0] ?? text.length;
      const name = group(map.sources[from] ?? "?");
      const list = parts.get(name) ?? [];
      list.push(text.slice(start, end));
      parts.set(name, list);
    });
  });
  return new Map([...parts].map(([name, list]) => [name, list.join("")]));
}

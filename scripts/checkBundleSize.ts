// Builds the script-tag bundle (dist/jointline.iife.js) and checks its gzip size against the
// embed budget of DESIGN.md: 80 KB gzip for everything a page needs. Exit code 1 past it.
//   tsx scripts/checkBundleSize.ts            build, then measure
//   tsx scripts/checkBundleSize.ts --no-build measure the existing file
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const file = `${root}dist/jointline.iife.js`;
const budget = 80 * 1024;

if (!process.argv.includes("--no-build")) {
  // From node_modules/.bin, never npx (see TOOLCHAIN.md).
  execFileSync(`${root}node_modules/.bin/vite`, ["build", "--mode", "iife", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
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
if (gzip > budget) process.exitCode = 1;

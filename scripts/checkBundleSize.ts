// The script-tag embed's size: the core (dist/jointline.iife.js) and each part beside it, then —
// with --pages — what the budget pages of DESIGN.md actually fetch in Chromium, against their
// budgets (gzip -9): one <jointline-timeline src=….json> <= 60 KB, a dashboard page <= 100 KB,
// every part <= 115 KB. Exit code 1 past a budget (or past its ceiling, below).
//   tsx scripts/checkBundleSize.ts                    build, then list core + parts
//   tsx scripts/checkBundleSize.ts --no-build         measure the existing dist/
//   tsx scripts/checkBundleSize.ts --pages            also load the budget pages in Chromium
//   tsx scripts/checkBundleSize.ts --why [file]       what the bytes of one file are (default the
//                                                     core; e.g. jointline.network.js)
//   tsx scripts/checkBundleSize.ts --why --files      the same, one line per source file
//   tsx scripts/checkBundleSize.ts --pages --ceilings 83,114,146
//        report against the budgets, but fail only past these KB (timeline, dashboard, all): the
//        ratchet CI runs while a page is over its budget, so that it can only shrink
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { measureEmbedPages } from "../bench/bundleSize";
import { attribute } from "./sourceAttribution";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${root}dist/`;
const args = process.argv.slice(2);
const why = args.includes("--why");
const whyFile = why ? args[args.indexOf("--why") + 1] : undefined;
const file = `${dist}${whyFile && !whyFile.startsWith("--") ? whyFile : "jointline.iife.js"}`;
const ceilingsAt = args.indexOf("--ceilings");
const ceilings =
  ceilingsAt >= 0 ? (args[ceilingsAt + 1] ?? "").split(",").map((n) => Number(n) * 1024) : [];
if (ceilingsAt >= 0 && (ceilings.length !== 3 || !ceilings.every((n) => n > 0)))
  throw new Error("--ceilings needs three sizes in KB: timeline,dashboard,all");
const byFile = args.includes("--files");
if (!args.includes("--no-build") || why) {
  // From node_modules/.bin, never npx (see TOOLCHAIN.md).
  const build = ["build", "--mode", "iife", "--logLevel", "warn", ...(why ? ["--sourcemap"] : [])];
  execFileSync(`${root}node_modules/.bin/vite`, build, { cwd: root, stdio: "inherit" });
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

// The core first, then the parts, as the build writes them; the locale parts in a table of their own.
const isLocale = (name: string) => name.startsWith("jointline.locale-");
const files = readdirSync(dist)
  .filter((name) => /^jointline\..+\.js$/.test(name) && !isLocale(name))
  .sort(
    (a, b) =>
      Number(b === "jointline.iife.js") - Number(a === "jointline.iife.js") || a.localeCompare(b),
  );
let total = 0;
console.log("the script-tag embed (gzip -9; brotli 11):");
for (const name of files) {
  const code = readFileSync(`${dist}${name}`);
  const gzip = gz(code);
  total += gzip;
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const role = name === "jointline.iife.js" ? "core" : "part";
  console.log(
    `  ${role} ${name.padEnd(28)} ${kb(code.length).padStart(9)} raw ${kb(gzip).padStart(8)} gzip ${kb(brotli).padStart(8)} brotli`,
  );
}
console.log(`  core and parts together: ${kb(total)} gzip`);

// One part per shipped locale (issue 21): a page with locale="fr" loads the core and the fr part.
const locales = readdirSync(dist)
  .filter((name) => isLocale(name) && name.endsWith(".js"))
  .map((name) => ({
    tag: name.slice("jointline.locale-".length, -".js".length),
    gzip: gz(readFileSync(`${dist}${name}`)),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));
// A part's words in a translated locale are files of their own: jointline.locale-fr.network.js.
const localeCores = locales.filter((l) => !l.tag.includes("."));
const localeWords = locales.filter((l) => l.tag.includes("."));
if (localeCores.length > 0) {
  const sizes = localeCores.map((l) => l.gzip).sort((a, b) => a - b);
  console.log(
    `\nthe locale parts, jointline.locale-<tag>.js (gzip -9), ${localeCores.length} locales: ${kb(sizes[0]!)} to ${kb(sizes[sizes.length - 1]!)}, median ${kb(sizes[Math.floor(sizes.length / 2)]!)}:`,
  );
  console.log("  tag     KB gzip");
  for (const { tag, gzip } of localeCores)
    console.log(`  ${tag.padEnd(7)} ${(gzip / 1024).toFixed(1).padStart(7)}`);
}
if (localeWords.length > 0) {
  console.log(
    `\na part's words in a translated locale, jointline.locale-<tag>.<part>.js (gzip -9), ${localeWords.length} files, KB by part:`,
  );
  const parts = [...new Set(localeWords.map((l) => l.tag.split(".")[1]!))].sort();
  for (const part of parts) {
    const sizes = localeWords
      .filter((l) => l.tag.endsWith(`.${part}`))
      .map((l) => l.gzip)
      .sort((a, b) => a - b);
    console.log(`  ${part.padEnd(11)} ${kb(sizes[0]!)} to ${kb(sizes[sizes.length - 1]!)}`);
  }
}

if (args.includes("--pages")) {
  console.log("\nwhat each budget page fetches, loaded in Chromium (DESIGN.md budgets):");
  const pages = await measureEmbedPages(dist);
  pages.forEach((page, i) => {
    if (page.budgetKB === undefined) {
      console.log(
        `  ${page.what}: ${kb(page.gzip)} (${page.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(" + ")}) — no budget of its own`,
      );
      return;
    }
    const budget = page.budgetKB * 1024;
    const ceiling = ceilings[i];
    const over = page.gzip > budget;
    console.log(
      `  ${page.what}: ${kb(page.gzip)} (${page.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(" + ")}) — budget ${kb(budget)}: ${over ? `${kb(page.gzip - budget)} OVER` : `${kb(budget - page.gzip)} to spare`}`,
    );
    if (ceiling !== undefined) {
      console.log(
        `    CI ceiling while over budget: ${kb(ceiling)} — ${page.gzip <= ceiling ? "within" : `${kb(page.gzip - ceiling)} OVER`}`,
      );
      if (page.gzip > ceiling) process.exitCode = 1;
    } else if (over) process.exitCode = 1;
  });
}

if (why) {
  const code = readFileSync(file);
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as {
    sources: string[];
    mappings: string;
  };
  // The source maps are written with the bundle; leave dist/ as a plain build would.
  execFileSync(`${root}node_modules/.bin/vite`, ["build", "--mode", "iife", "--logLevel", "warn"], {
    cwd: root,
  });
  for (const name of readdirSync(dist)) if (name.endsWith(".js.map")) rmSync(`${dist}${name}`);
  const segments = attribute(code.toString("utf8"), map, byFile);
  const parts = new Map<string, string[]>();
  for (const [name, text] of segments) parts.set(name, [...(parts.get(name) ?? []), text]);
  // Two estimates of what a piece costs: its minified text gzipped alone (parts compress worse
  // apart than together), and what the whole file's gzip loses without it (its marginal cost:
  // the saving if it left the file, but it undercounts text that repeats other pieces).
  const whole = gz(Buffer.from(segments.map(([, text]) => text).join("")));
  const rows = [...parts].map(([name, texts]) => ({
    name,
    raw: texts.join("").length,
    alone: gz(Buffer.from(texts.join(""))),
    marginal:
      whole -
      gz(
        Buffer.from(
          segments
            .filter(([n]) => n !== name)
            .map(([, text]) => text)
            .join(""),
        ),
      ),
  }));
  console.log(
    `\nwhat the bytes of ${file.slice(dist.length)} are (${kb(whole)} gzip of the mapped code; KB minified, gzip alone, gzip saved without it):`,
  );
  for (const row of rows.sort((a, b) => b.marginal - a.marginal).slice(0, byFile ? 300 : 40)) {
    console.log(
      `  ${kb(row.raw).padStart(9)} ${kb(row.alone).padStart(8)} ${kb(row.marginal).padStart(8)}  ${row.name}`,
    );
  }
}

import { readFileSync } from "node:fs";
import { renderSvgInNode } from "../src/node";
import { readJson } from "../src/io/readJson";
const d = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;
for (const view of ["timeline", "network", "trend"] as const) {
  const t = performance.now();
  const s = renderSvgInNode(d, { view });
  console.log(view, s.length, (performance.now() - t).toFixed(0), "ms", [...new Set(Array.from(s.matchAll(/\sid="([^"]+)"/g), (m) => m[1]))].slice(0, 20).join(" "));
  console.log(s.slice(0, 600));
}

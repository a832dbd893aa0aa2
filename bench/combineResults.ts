// Makes one results file of three runs of `npm run bench`: the browser part of one, the Node part
// of another (a Node-only run, `--skip-browser --skip-bundles`) and the bundle sizes of a third;
// the budgets are checked again on what is combined, and the settings say where each part came from.
//   npx tsx bench/combineResults.ts BROWSER.json NODE.json BUNDLES.json OUT_DIR
import { readFileSync, writeFileSync } from "node:fs";
import { type BenchResults, checkBudgets, toMarkdown } from "./report";

const [browserFile, nodeFile, bundlesFile, out] = process.argv.slice(2);
const browser = JSON.parse(readFileSync(browserFile!, "utf8")) as BenchResults;
const node = JSON.parse(readFileSync(nodeFile!, "utf8")) as BenchResults;
const bundles = JSON.parse(readFileSync(bundlesFile!, "utf8")) as BenchResults;
const carried = `Node timings from the Node-only run of ${node.date} (--runs 5); bundle sizes from the run of ${bundles.date}`;
const results: BenchResults = {
  ...browser,
  settings: { ...browser.settings, "carried over (not re-measured)": carried },
  node: node.node,
  bundles: bundles.bundles,
  budgets: checkBudgets(browser.libraries, node.node, bundles.bundles),
};
writeFileSync(`${out}/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(`${out}/latest.md`, toMarkdown(results));
console.log("written", out);

// The page `npm start` opens: the default dataset, validated, charted as a linked timeline,
// cooperation network and trend, with links to every other example.
import text from "../data/csam-operations.json?raw";
import { createDashboard } from "../src/components/link/createDashboard";
import { renderIssues } from "../src/components/shared";
import { summarizeDataset } from "../src/derive";
import { readJson } from "../src/io";

const examples: [string, string][] = [
  ["Chart builder (from a spreadsheet to an embed, no code)", "./builder.html"],
  ["Timeline with options", "./timeline.html"],
  ["Researcher's explorer (load your CSV, JSON or TimelineJS file)", "./explorer.html"],
  ["Article embed (one script tag)", "./article.html"],
  ["iframe embed", "./iframe.html"],
  ["Slide deck (reveal.js)", "./slides.html"],
  ["Static SVGs from the CLI", "./static.html"],
  ["Strict CSP page", "./csp.html"],
];

const nav = document.getElementById("examples")!;
for (const [label, href] of examples) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = label;
  nav.append(a);
}

const app = document.getElementById("app")!;
app.replaceChildren();
const { data, issues } = readJson(text);
if (!data) {
  app.append(renderIssues(document, issues));
} else {
  document.getElementById("title")!.textContent = data.title;
  document.getElementById("description")!.textContent = summarizeDataset(data).text;
  const dashboard = createDashboard(app, data, { trend: { metric: "arrests" } });
  // Exposed for tests and for poking at from the console.
  (window as unknown as { dashboard: typeof dashboard }).dashboard = dashboard;
}

// The researcher's explorer: load a CSV, JSON or TimelineJS file (pick or drop), see the validation report
// or the linked timeline + network + trend, filter, and export the filtered dataset.
import exampleText from "../data/csam-operations.json?raw";
import { createDashboard, type Dashboard } from "../src/components/link/createDashboard";
import { renderIssues } from "../src/components/shared/renderIssues";
import { adoptTheme, rootClass } from "../src/components/shared/theme";
import { type EventFilter, filterEvents } from "../src/derive/filterEvents";
import { readDataset } from "../src/io/readDataset";
import { writeCsv } from "../src/io/writeCsv";
import { writeJson } from "../src/io/writeJson";
import type { Dataset, EventKind, ReadResult } from "../src/model";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const report = $<HTMLDivElement>("report");
const app = $<HTMLDivElement>("app");
const explore = $<HTMLElement>("explore");
const filters = $<HTMLFormElement>("filters");
const status = $<HTMLParagraphElement>("status");
const drop = $<HTMLDivElement>("drop");
adoptTheme(document);
report.className = rootClass;

let dataset: Dataset | undefined;
let filtered: Dataset | undefined;
let dashboard: Dashboard | undefined;
let unsubscribe: (() => void) | undefined;

/**
 * The library's own reader, as the embed and the CLI read files: the format (jointline JSON or
 * CSV, or a TimelineJS sheet or JSON, for readers coming from TimelineJS) from the name and text.
 */
function read(name: string, text: string): ReadResult<Dataset> {
  return readDataset(text, { name });
}

function load(name: string, text: string): void {
  const result = read(name, text);
  unsubscribe?.();
  dashboard?.destroy();
  dashboard = undefined;
  report.replaceChildren();
  if (result.issues.length > 0) report.append(renderIssues(document, result.issues));
  if (!result.data) {
    explore.hidden = true;
    $("title").textContent = `Could not chart ${name}`;
    $("description").textContent = "Fix the problems below and load the file again.";
    return;
  }
  dataset = result.data;
  $("title").textContent = dataset.title;
  $("description").textContent = dataset.description ?? "";
  fillSelect("actor", actorsInEvents(dataset));
  fillSelect("country", countriesInEvents(dataset));
  filters.reset();
  explore.hidden = false;
  filtered = dataset;
  dashboard = createDashboard(app, dataset, { trend: {}, timeline: { overview: true } });
  unsubscribe = dashboard.link.store.subscribe(updateStatus);
  updateStatus();
}

function actorsInEvents(data: Dataset): [string, string][] {
  const used = new Set(data.events.flatMap((e) => e.actors.map((a) => a.actor)));
  return data.actors
    .filter((a) => used.has(a.id))
    .map((a): [string, string] => [a.id, a.name])
    .sort((a, b) => a[1].localeCompare(b[1]));
}

function countriesInEvents(data: Dataset): [string, string][] {
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const codes = [...new Set(data.events.flatMap((e) => e.countries))];
  return codes
    .map((c): [string, string] => [c, names.of(c) ?? c])
    .sort((a, b) => a[1].localeCompare(b[1]));
}

function fillSelect(name: string, options: [string, string][]): void {
  const select = filters.elements.namedItem(name) as HTMLSelectElement;
  const any = select.options[0]!;
  select.replaceChildren(any);
  for (const [value, label] of options) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    select.append(option);
  }
}

function currentFilter(): EventFilter {
  const form = new FormData(filters);
  const filter: EventFilter = {
    kinds: form.getAll("kind").map(String) as EventKind[],
  };
  const query = String(form.get("query") ?? "").trim();
  const actor = String(form.get("actor") ?? "");
  const country = String(form.get("country") ?? "");
  if (query) filter.query = query;
  if (actor) filter.actors = [actor];
  if (country) filter.countries = [country];
  return filter;
}

function applyFilters(): void {
  if (!dataset || !dashboard) return;
  filtered = { ...dataset, events: filterEvents(dataset, currentFilter()) };
  dashboard.setDataset(filtered);
  updateStatus();
}

function updateStatus(): void {
  if (!filtered || !dashboard) return;
  const state = dashboard.link.store.get();
  const window = state.window
    ? `${new Date(state.window.start).getUTCFullYear()}–${new Date(state.window.end - 1).getUTCFullYear()}`
    : "all years";
  const selection = state.events.length ? ` · ${state.events.length} events highlighted` : "";
  status.textContent = `${filtered.events.length} of ${dataset?.events.length ?? 0} events · window ${window}${selection}`;
}

/** The filtered dataset, cut to the brushed window when asked. */
function exported(): Dataset | undefined {
  if (!filtered || !dashboard) return undefined;
  const window = dashboard.link.store.get().window;
  if (!($<HTMLInputElement>("export-window").checked && window)) return filtered;
  return { ...filtered, events: filterEvents(filtered, { start: window.start, end: window.end }) };
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

$<HTMLInputElement>("file").addEventListener("change", async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) load(file.name, await file.text());
});
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", async (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  const file = event.dataTransfer?.files[0];
  if (file) load(file.name, await file.text());
});
$("example").addEventListener("click", () => load("csam-operations.json", exampleText));
filters.addEventListener("input", applyFilters);
filters.addEventListener("change", applyFilters);
$("export-json").addEventListener("click", () => {
  const data = exported();
  if (data) download("filtered.json", "application/json", writeJson(data));
});
$("export-csv").addEventListener("click", () => {
  const data = exported();
  if (data) download("filtered.csv", "text/csv", writeCsv(data));
});

// Open with the example so the page is never blank; any file replaces it.
load("csam-operations.json", exampleText);

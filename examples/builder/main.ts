// The chart builder (examples/builder.html): data in (paste, file, URL, template), edit in a
// grid with every issue on its cell, see the chart live, take it away (embed code, images,
// files, a link), all kept in the browser. Built only on jointline's public API (plus the two
// imports in readers.ts); not part of the script-tag bundle.
import {
  adoptTheme,
  type Dataset,
  exportSvg,
  type Issue,
  renderIssues,
  rootClass,
  svgToPng,
  writeJson,
} from "../../src/index.ts";
import {
  type BuilderOptions,
  defaultOptions,
  laneChoices,
  optionsToQuery,
  readOptions,
  themeChoices,
  views,
} from "./builderOptions.ts";
import { debounce } from "./debounce.ts";
import { download, fileNameOf } from "./download.ts";
import { chartSvg, type DrawnChart, drawChart } from "./drawChart.ts";
import { addColumn, addRow, deleteRow, moveRow, setCell } from "./editSheet.ts";
import { iframeEmbedCode, scriptEmbedCode } from "./embedSnippet.ts";
import { createGrid, type Grid } from "./grid.ts";
import { createHistory } from "./history.ts";
import { loadText } from "./loadText.ts";
import {
  actorHeader,
  datasetField,
  emptySheet,
  eventHeader,
  type Sheet,
  sheetToCsv,
  sourceHeader,
  type TableName,
  tableNames,
  withDatasetField,
} from "./sheet.ts";
import { clearWork, loadWork, saveWork } from "./storage.ts";
import { columnGuide, templateSheet } from "./template.ts";
import { type Validation, validateSheet } from "./validateSheet.ts";

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
adoptTheme(document);

// ---- state ----
const saved = loadWork();
let sheet: Sheet = saved?.sheet ?? templateSheet();
let options: BuilderOptions = saved?.options ?? { ...defaultOptions };
let dataUrl: string | undefined = saved?.dataUrl;
let tab: TableName = "events";
let validation: Validation | undefined;
let lastGood: Dataset | undefined;
const history = createHistory();
const charts: DrawnChart[] = [];

// Options in the link's fragment (a shared link) win over the saved ones.
const fromLink = new URLSearchParams(location.hash.slice(1));
if ([...fromLink.keys()].length > 0) options = readOptions(Object.fromEntries(fromLink));

// ---- the grids ----
const grids = new Map<TableName, Grid>();
for (const name of tableNames) {
  const grid = createGrid(document, name, {
    edit: (row, column, value) =>
      change(setCell(sheet, name, row, column, value), `${name}:${row}:${column}`),
    editEnd: () => history.close(),
    rowAction(action, row) {
      if (action === "delete") change(deleteRow(sheet, name, row));
      else if (action === "insert") {
        change(addRow(sheet, name, row + 1));
        grid.focusCell(row + 1, 0);
      } else change(moveRow(sheet, name, row, action === "up" ? -1 : 1));
    },
    fix: (row, column, value) => {
      change(setCell(sheet, name, row, column, value));
      validate.flush();
    },
  });
  grids.set(name, grid);
}

function showTab(name: TableName, focus = false) {
  tab = name;
  for (const n of tableNames) {
    const button = $(`tab-${n}`);
    button.setAttribute("aria-selected", String(n === name));
    button.tabIndex = n === name ? 0 : -1;
    if (n === name && focus) button.focus();
  }
  $("panel").setAttribute("aria-labelledby", `tab-${name}`);
  const grid = grids.get(name)!;
  $("grid-scroll").replaceChildren(grid.element);
  grid.show(sheet[name]);
  grid.showIssues(validation);
  fillColumnChoices();
}

for (const name of tableNames) {
  $(`tab-${name}`).addEventListener("click", () => showTab(name));
}
$("tabs").addEventListener("keydown", (event) => {
  const at = tableNames.indexOf(tab);
  if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
    event.preventDefault();
    const by = event.key === "ArrowRight" ? 1 : -1;
    showTab(tableNames[(at + by + tableNames.length) % tableNames.length]!, true);
  }
});

function updateTabLabels() {
  const label: Record<TableName, string> = {
    events: "Events",
    sources: "Sources",
    actors: "Actors",
  };
  for (const name of tableNames) {
    const errors = validation
      ? [...validation.cells.values()].filter(
          (c) => c.ref.table === name && c.issues.some((i) => i.severity === "error"),
        ).length
      : 0;
    $(`tab-${name}`).textContent =
      `${label[name]} (${sheet[name].rows.length})${errors ? ` · ${errors} to fix` : ""}`;
  }
}

// ---- changing the sheet ----
/** Replaces the sheet: one undo step (merged with the last one when `group` repeats). */
function change(next: Sheet, group?: string) {
  if (next === sheet) return;
  history.record(sheet, group);
  sheet = next;
  afterChange();
}

/** Shows the sheet (the grid patches only rows that are new objects: cheap on every key). */
function afterChange() {
  grids.get(tab)!.show(sheet[tab]);
  updateUndo();
  updateTabLabels();
  syncDatasetFields();
  validate.schedule();
  save.schedule();
}

function replaceSheet(next: Sheet, status: string) {
  history.close();
  change(next);
  history.close();
  grids.get(tab)!.show(sheet[tab]);
  validate.flush();
  setStatus(status);
}

function updateUndo() {
  ($("undo") as HTMLButtonElement).disabled = !history.canUndo();
  ($("redo") as HTMLButtonElement).disabled = !history.canRedo();
}

function undo() {
  const previous = history.undo(sheet);
  if (!previous) return;
  sheet = previous;
  afterChange();
  validate.flush();
}
function redo() {
  const next = history.redo(sheet);
  if (!next) return;
  sheet = next;
  afterChange();
  validate.flush();
}
$("undo").addEventListener("click", undo);
$("redo").addEventListener("click", redo);
document.addEventListener("keydown", (event) => {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return;
  const key = event.key.toLowerCase();
  if (key === "z" && !event.shiftKey) {
    event.preventDefault();
    undo();
  } else if ((key === "z" && event.shiftKey) || key === "y") {
    event.preventDefault();
    redo();
  }
});

$("add-row").addEventListener("click", () => {
  change(addRow(sheet, tab));
  grids.get(tab)!.focusCell(sheet[tab].rows.length - 1, 0);
});

const standardColumns: Record<TableName, readonly string[]> = {
  events: eventHeader,
  sources: sourceHeader,
  actors: actorHeader,
};
function fillColumnChoices() {
  const select = $<HTMLSelectElement>("add-column");
  const missing = standardColumns[tab].filter((c) => !sheet[tab].header.includes(c));
  select.replaceChildren(new Option("Add a column…", ""), ...missing.map((c) => new Option(c, c)));
  if (tab === "events") select.append(new Option("extra.… (a column of your own)", "extra."));
  select.disabled = select.options.length <= 1;
}
$("add-column").addEventListener("change", () => {
  const select = $<HTMLSelectElement>("add-column");
  let column = select.value;
  if (column === "extra.") {
    const key = prompt("Name of your column (kept with each event as extra.<name>):")?.trim();
    column = key ? `extra.${key}` : "";
  }
  if (column && !sheet[tab].header.includes(column)) {
    change(addColumn(sheet, tab, column));
    grids.get(tab)!.focusCell(0, sheet[tab].header.length - 1);
  }
  fillColumnChoices();
});

$("start-over").addEventListener("click", () => {
  clearWork();
  dataUrl = undefined;
  options = { ...defaultOptions };
  fillOptionControls();
  replaceSheet(emptySheet(), "Started over with an empty sheet. (Undo brings your work back.)");
  draw.schedule();
});

// ---- validation and the issue list ----
const validate = debounce(
  () => {
    validation = validateSheet(sheet);
    grids.get(tab)!.showIssues(validation);
    updateTabLabels();
    showIssueSummary(validation);
    if (validation.result.data) {
      lastGood = validation.result.data;
      draw.cancel();
      drawNow();
    }
    updateTakeAway();
    // Reading a big sheet takes a while: wait for a longer pause in typing before doing it again.
  },
  () => (sheet.events.rows.length > 300 ? 600 : 250),
);

function showIssueSummary(v: Validation) {
  const box = $("issues");
  const all = v.result.issues;
  const errors = all.filter((i) => i.severity === "error").length;
  const warnings = all.length - errors;
  const summary = document.createElement("p");
  summary.className = errors ? "summary bad" : "summary good";
  summary.textContent =
    errors === 0
      ? `No errors${warnings ? ` (${warnings} warning${warnings > 1 ? "s" : ""})` : ""}: the chart shows this data.`
      : `${errors} error${errors > 1 ? "s" : ""} to fix${warnings ? `, ${warnings} warning${warnings > 1 ? "s" : ""}` : ""} — marked on their cells. The chart shows the last version without errors.`;
  box.replaceChildren(summary);
  // Issues not on a visible cell: the whole sheet's, the dataset's, and rows'.
  const general: Issue[] = [...v.general, ...[...v.rows.values()].flat()];
  if (general.length > 0) {
    const report = renderIssues(document, general);
    report.classList.add(rootClass);
    box.append(report);
  }
  const cells = [...v.cells.values()];
  if (cells.length > 0) {
    const list = document.createElement("ul");
    list.className = "cell-list";
    for (const { ref, issues } of cells.slice(0, 50)) {
      const li = document.createElement("li");
      const go = document.createElement("button");
      go.type = "button";
      go.textContent = `${ref.table} row ${ref.row + 1}, ${sheet[ref.table].header[ref.column]}`;
      go.addEventListener("click", () => {
        if (tab !== ref.table) showTab(ref.table);
        grids.get(ref.table)!.focusCell(ref.row, ref.column);
      });
      li.append(go, `: ${issues.map((i) => i.message).join(" ")}`);
      list.append(li);
    }
    box.append(list);
  }
}

// ---- the dataset's own fields: headline and dek ----
function syncDatasetFields() {
  for (const [id, field] of [
    ["headline", "title"],
    ["dek", "description"],
  ] as const) {
    const input = $<HTMLInputElement>(id);
    const value = datasetField(sheet, field);
    if (document.activeElement !== input && input.value !== value) input.value = value;
  }
}
for (const [id, field] of [
  ["headline", "title"],
  ["dek", "description"],
] as const) {
  $(id).addEventListener("input", () =>
    change(withDatasetField(sheet, field, $<HTMLInputElement>(id).value), field),
  );
  $(id).addEventListener("blur", () => history.close());
}

// ---- options ----
const optionForm = $<HTMLFormElement>("options");
function fillSelect(name: string, values: readonly string[]) {
  const select = optionForm.elements.namedItem(name) as HTMLSelectElement;
  select.replaceChildren(...values.map((v) => new Option(v, v)));
}
fillSelect("view", views);
fillSelect("lanes", laneChoices);
fillSelect("theme", themeChoices);

function fillOptionControls() {
  for (const [key, value] of Object.entries(options)) {
    const control = optionForm.elements.namedItem(key) as
      | HTMLInputElement
      | HTMLSelectElement
      | null;
    if (!control) continue;
    if (control instanceof HTMLInputElement && control.type === "checkbox")
      control.checked = Boolean(value);
    else control.value = String(value);
  }
  $("phone-preview").hidden = !options.phone;
  (optionForm.elements.namedItem("lanes") as HTMLSelectElement).disabled =
    options.view === "network" || options.view === "trend";
}
optionForm.addEventListener("input", () => {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(defaultOptions)) {
    const control = optionForm.elements.namedItem(key) as HTMLInputElement | null;
    if (!control) continue;
    raw[key] = control.type === "checkbox" ? control.checked : control.value;
  }
  options = readOptions(raw);
  $("phone-preview").hidden = !options.phone;
  (optionForm.elements.namedItem("lanes") as HTMLSelectElement).disabled =
    options.view === "network" || options.view === "trend";
  draw.schedule();
  save.schedule();
  updateTakeAway();
});
optionForm.addEventListener("submit", (event) => event.preventDefault());

// ---- the live preview ----
function drawNow() {
  for (const chart of charts.splice(0)) chart.destroy();
  const desktop = $("desktop-chart");
  const phone = $("phone-chart");
  desktop.replaceChildren();
  phone.replaceChildren();
  if (!lastGood) {
    desktop.textContent = "The chart appears here once the sheet has no errors.";
    return;
  }
  charts.push(drawChart(desktop, lastGood, options, { orientation: "horizontal" }));
  if (options.phone) charts.push(drawChart(phone, lastGood, options, { width: 375 }));
  $("preview").dataset.drawn = String(Number($("preview").dataset.drawn ?? 0) + 1);
}
const draw = debounce(drawNow, 150);

// ---- take it away ----
const scriptUrlInput = $<HTMLInputElement>("script-url");
const embedPageInput = $<HTMLInputElement>("embed-page");
const dataUrlInput = $<HTMLInputElement>("data-url");
scriptUrlInput.value = new URL("../dist/jointline.iife.js", location.href).href;
embedPageInput.value = location.protocol.startsWith("http")
  ? new URL("./embed.html", location.href).href
  : "";

function updateTakeAway() {
  const inline = $<HTMLInputElement>("data-inline").checked;
  dataUrlInput.disabled = inline;
  const code = $<HTMLTextAreaElement>("embed-code");
  if (!lastGood) code.value = "Fix the errors in the sheet to get the embed code.";
  else if (!inline && dataUrlInput.value.trim() === "") {
    code.value =
      "Give the address where you publish the dataset (Download JSON below), or choose inline data.";
  } else {
    code.value = scriptEmbedCode(
      scriptUrlInput.value.trim(),
      options,
      inline ? { inline: lastGood } : { url: dataUrlInput.value.trim() },
    );
  }
  const iframe = iframeEmbedCode(
    embedPageInput.value.trim(),
    dataUrlInput.value.trim(),
    options,
    lastGood?.title ?? "Chart",
  );
  $<HTMLTextAreaElement>("iframe-code").value = "code" in iframe ? iframe.code : iframe.reason;
  const query = optionsToQuery(options);
  const params = new URLSearchParams(query);
  if (dataUrl) params.set("src", dataUrl);
  const link = new URL(location.href);
  link.hash = params.toString();
  $<HTMLInputElement>("share-link").value = link.href;
}
for (const id of ["data-inline", "data-at-url", "script-url", "embed-page", "data-url"]) {
  $(id).addEventListener("input", updateTakeAway);
}

async function copy(id: string, button: HTMLElement) {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(id);
  try {
    await navigator.clipboard.writeText(field.value);
  } catch {
    // No clipboard permission (some file:// pages): select the text for Ctrl+C.
    field.select();
    document.execCommand("copy");
  }
  const was = button.textContent;
  button.textContent = "Copied";
  setTimeout(() => {
    button.textContent = was;
  }, 1500);
}
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy]")) {
  button.addEventListener("click", () => copy(button.dataset.copy!, button));
}

function currentSvg(): SVGSVGElement | null {
  const chart = charts[0];
  return chart ? chartSvg(chart) : null;
}
const baseName = () => fileNameOf(lastGood?.title ?? "chart");

async function exportImage(kind: "svg" | "png1" | "png2" | "slide") {
  if (!lastGood) return setStatus("Fix the errors first: there is no chart to export.");
  if (kind === "slide") {
    const box = document.createElement("div");
    box.setAttribute("aria-hidden", "true");
    box.style.cssText =
      "position:absolute;left:-100000px;top:0;width:1920px;height:1080px;overflow:hidden";
    document.body.append(box);
    const chart = drawChart(box, lastGood, options, { width: 1920, height: 1080 });
    try {
      const svg = chartSvg(chart);
      if (!svg) return setStatus("This view has no picture to export.");
      const text = exportSvg(svg, { width: 1920, height: 1080 });
      download(`${baseName()}-1920x1080.png`, await svgToPng(text));
    } finally {
      chart.destroy();
      box.remove();
    }
    return;
  }
  const svg = currentSvg();
  if (!svg) return setStatus("This view has no picture to export.");
  const text = exportSvg(svg);
  if (kind === "svg") download(`${baseName()}.svg`, text, "image/svg+xml");
  else
    download(
      `${baseName()}${kind === "png2" ? "@2x" : ""}.png`,
      await svgToPng(text, { scale: kind === "png2" ? 2 : 1 }),
    );
}
$("export-svg").addEventListener("click", () => exportImage("svg"));
$("export-png1").addEventListener("click", () => exportImage("png1"));
$("export-png2").addEventListener("click", () => exportImage("png2"));
$("export-slide").addEventListener("click", () => exportImage("slide"));
$("export-json").addEventListener("click", () => {
  validate.flush();
  if (!validation?.result.data)
    return setStatus(
      "Fix the errors first: JSON holds only valid data. Download CSV keeps everything.",
    );
  download(`${baseName()}.json`, writeJson(validation.result.data), "application/json");
});
$("export-csv").addEventListener("click", () => {
  download(`${baseName()}.csv`, sheetToCsv(sheet).text, "text/csv");
});

// ---- data in ----
function setStatus(text: string) {
  $("load-status").textContent = text;
}

function bring(text: string, name: string, from?: string) {
  const loaded = loadText(text, name, sheet);
  const report = $("load-report");
  report.replaceChildren();
  if (loaded.issues.length > 0) {
    const issues = renderIssues(document, loaded.issues);
    issues.classList.add(rootClass);
    report.append(issues);
  }
  if (!loaded.sheet) {
    setStatus(`Could not read ${loaded.what}: see the problems below.`);
    return;
  }
  dataUrl = from;
  const kept = loaded.complete ? "" : " (the sources, actors and title you had are kept)";
  showTab("events");
  replaceSheet(loaded.sheet, `Loaded ${loaded.what}${kept}.`);
}

const paste = $<HTMLTextAreaElement>("paste");
paste.addEventListener("paste", (event) => {
  const text = event.clipboardData?.getData("text/plain") ?? "";
  if (!text.trim()) return;
  event.preventDefault();
  paste.value = "";
  bring(text, "pasted table");
});
$("use-paste").addEventListener("click", () => {
  if (paste.value.trim()) bring(paste.value, "pasted table");
  paste.value = "";
});

async function bringFile(file: File) {
  bring(await file.text(), file.name);
}
$<HTMLInputElement>("file").addEventListener("change", (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void bringFile(file);
});
document.addEventListener("dragover", (event) => {
  event.preventDefault();
  $("drop").classList.add("over");
});
document.addEventListener("dragleave", () => $("drop").classList.remove("over"));
document.addEventListener("drop", (event) => {
  event.preventDefault();
  $("drop").classList.remove("over");
  const file = event.dataTransfer?.files[0];
  if (file) void bringFile(file);
});

async function bringUrl(address: string) {
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    return setStatus(`“${address}” is not an address.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return setStatus("Give an http(s) address, such as the CSV link of a published sheet.");
  }
  setStatus(`Loading ${url.href}…`);
  try {
    // As the embed fetches: the browser's CORS rules decide, credentials only to this origin.
    const response = await fetch(url.href, { credentials: "same-origin" });
    if (!response.ok)
      return setStatus(`Could not load ${url.href}: the server answered ${response.status}.`);
    bring(await response.text(), url.pathname.split("/").pop() || url.href, url.href);
  } catch (error) {
    setStatus(
      `Could not load ${url.href} (${(error as Error).message}). ${location.protocol === "file:" ? "A page opened from a file cannot fetch: download the sheet and drop it here." : "The server must allow this page to read it (CORS), as a spreadsheet's “publish to web” CSV link does."}`,
    );
  }
}
$("url-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void bringUrl($<HTMLInputElement>("url").value.trim());
});

$("template").addEventListener("click", () => {
  showTab("events");
  replaceSheet(
    templateSheet(),
    "Loaded the template: four fictional events. Replace them with yours.",
  );
});
$("template-csv").addEventListener("click", () =>
  download("jointline-template.csv", sheetToCsv(templateSheet()).text, "text/csv"),
);
{
  const body = $("guide-body");
  for (const g of columnGuide) {
    const tr = document.createElement("tr");
    for (const text of [g.table, g.column, g.required ? "yes" : "", g.meaning, g.example]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
}

// ---- keep the work ----
const save = debounce(
  () => {
    const ok = saveWork({ sheet, options, ...(dataUrl ? { dataUrl } : {}) });
    $("save-status").textContent = ok
      ? "Saved in this browser."
      : "Could not save in this browser (storage full or off): download the CSV to keep your work.";
  },
  () => (sheet.events.rows.length > 300 ? 1000 : 300),
);
// Nothing typed is lost to a reload: a pending save happens as the page goes.
addEventListener("pagehide", () => save.flush());
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") save.flush();
});

// ---- start ----
fillOptionControls();
showTab("events");
syncDatasetFields();
updateUndo();
validate.schedule();
validate.flush();
if (!saved) save.schedule();
setStatus(
  saved
    ? "Restored your work from this browser."
    : "Showing the template. Paste your sheet, drop a file, or edit the rows below.",
);
const linked = fromLink.get("src");
if (linked && linked !== dataUrl) void bringUrl(linked);

/** For tests and the console: the current sheet, options and issues. */
(window as unknown as { builder: unknown }).builder = {
  get sheet() {
    return sheet;
  },
  get options() {
    return options;
  },
  get validation() {
    return validation;
  },
  flush() {
    validate.flush();
    draw.flush();
    save.flush();
  },
};

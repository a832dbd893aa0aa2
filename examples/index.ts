// The page `npm start` opens: the default dataset, validated, with its content note first.
import text from "../data/csam-operations.json?raw";
import { readJson } from "../src/io";
import { formatWhen, parseWhen } from "../src/time";

const examples: [string, string][] = [["Timeline", "./timeline.html"]];

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
const h1 = document.createElement("h1");
h1.textContent = data?.title ?? "The default dataset did not validate";
app.append(h1);
if (!data) {
  const list = document.createElement("ul");
  for (const issue of issues) {
    const li = document.createElement("li");
    li.textContent = `${issue.path.join(".")}: ${issue.message}`;
    list.append(li);
  }
  app.append(list);
} else {
  if (data.contentNote) {
    const note = document.createElement("p");
    note.className = "content-note";
    note.textContent = data.contentNote;
    app.append(note);
  }
  const table = document.createElement("table");
  const caption = table.createCaption();
  caption.textContent = `${data.events.length} events, ${data.sources.length} sources, ${data.actors.length} actors`;
  const head = table.createTHead().insertRow();
  for (const label of ["When", "Kind", "Event", "Figures", "Sources"]) {
    const th = document.createElement("th");
    th.textContent = label;
    head.append(th);
  }
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const body = table.createTBody();
  for (const event of data.events) {
    const row = body.insertRow();
    const parsed = parseWhen(event.when);
    row.insertCell().textContent =
      event.dateLabel ?? (parsed.ok ? formatWhen(parsed.value) : event.when);
    row.insertCell().textContent = event.kind;
    row.insertCell().textContent = event.title;
    row.insertCell().textContent = event.figures
      .map(
        (f) =>
          `${f.qualifier === "exact" ? "" : `${f.qualifier} `}${f.value.toLocaleString("en")} ${f.metric.replace(/_/g, " ")} [${f.source}]`,
      )
      .join("; ");
    const cell = row.insertCell();
    for (const id of event.sources) {
      const source = sources.get(id);
      const a = document.createElement(source?.url ? "a" : "span");
      if (source?.url && a instanceof HTMLAnchorElement) a.href = source.url;
      a.textContent = `${source?.publisher ?? id} `;
      cell.append(a);
    }
  }
  app.append(table);
}

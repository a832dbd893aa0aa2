// The default dataset in the timeline, with controls for the main options: what a page that
// embeds jointline through its ESM API looks like.
import data from "../data/csam-operations.json";
import { createTimeline, type TimelineOptions } from "../src/components/timeline";
import { parseDataset } from "../src/io/parseDataset";

const result = parseDataset(data);
const chartEl = document.getElementById("chart")!;
document.getElementById("title")!.textContent = result.data?.title ?? "Timeline";
document.getElementById("description")!.textContent = result.data?.description ?? "";

// A dataset that fails validation shows its error report instead of a chart.
const chart = createTimeline(chartEl, result);
const log = document.getElementById("log")!;
chart.element.addEventListener("timeline-select", (event) => {
  const { detail } = event as CustomEvent<{ id: string | null }>;
  log.textContent = detail.id ? `Selected: ${detail.id}` : "Selection cleared";
});

const form = document.getElementById("controls") as HTMLFormElement;
form.addEventListener("change", () => {
  const values = new FormData(form);
  const sizeBy = String(values.get("sizeBy") ?? "");
  const options: Partial<TimelineOptions> = {
    lanes: values.get("lanes") as TimelineOptions["lanes"],
    scale: values.get("scale") as TimelineOptions["scale"],
    theme: values.get("theme") as TimelineOptions["theme"],
    locale: String(values.get("locale")),
    overview: values.get("overview") === "on",
  };
  // An option set to undefined returns to its default (here: no size encoding).
  chart.update({ ...options, sizeBy: sizeBy || undefined });
});

// Exposed for the screenshot and benchmark scripts.
(window as unknown as { chart: typeof chart }).chart = chart;

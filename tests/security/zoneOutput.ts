/**
 * Prints, as JSON, everything date-sensitive jointline produces for the default dataset and for
 * the odd 1900–2100 dataset: formatted dates in several locales, extents, ticks, totals per
 * period, written files, and the server-rendered SVG of every view. Run under different TZ
 * values by timeZones.test.ts, which requires the outputs to be identical.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { timeTicks } from "../../src/components/timeline/ticks";
import { totalsByPeriod } from "../../src/derive/totalsByPeriod";
import { renderSvgInNode } from "../../src/export/renderSvgInNode";
import { readCsv } from "../../src/io/readCsv";
import { readJson } from "../../src/io/readJson";
import { writeCsv } from "../../src/io/writeCsv";
import { writeJson } from "../../src/io/writeJson";
import type { Dataset } from "../../src/model";
import { formatWhen } from "../../src/time/formatWhen";
import { parseWhen } from "../../src/time/parseWhen";
import { toExtent } from "../../src/time/toExtent";
import { type ServerViewName, serverViews } from "../../src/views/serverViews";
import { twoCenturies } from "../data/odd/oddDatasets";

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);
const text = readFileSync(new URL("../../data/csam-operations.json", import.meta.url), "utf8");
const datasets: Record<string, Dataset> = {
  default: readJson(text).data!,
  centuries: readJson(JSON.stringify(twoCenturies())).data!,
};
const out: Record<string, unknown> = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
for (const [name, data] of Object.entries(datasets)) {
  const whens = data.events.map((e) => e.when);
  out[`${name}/formatWhen`] = ["en", "fr", "ar", "ja"].map((locale) =>
    whens.map((w) => {
      const parsed = parseWhen(w);
      return parsed.ok ? formatWhen(parsed.value, { locale }) : w;
    }),
  );
  out[`${name}/toExtent`] = whens.map((w) => {
    const parsed = parseWhen(w);
    return parsed.ok ? toExtent(parsed.value) : null;
  });
  out[`${name}/totals`] = (["year", "quarter", "month"] as const).map((period) =>
    totalsByPeriod(data, { period, metric: "arrests" }).map((t) => JSON.stringify(t)),
  );
  out[`${name}/files`] = [hash(writeJson(data)), hash(writeCsv(data))];
  out[`${name}/csvRoundTrip`] = hash(writeJson(readCsv(writeCsv(data)).data!));
  for (const view of Object.keys(serverViews) as ServerViewName[]) {
    out[`${name}/svg/${view}`] = hash(renderSvgInNode(data, { view, locale: "en" }));
  }
}
// Ticks over windows that cross midnight, month ends, DST changes and the date line.
const windows: [number, number][] = [
  [Date.UTC(2024, 2, 30), Date.UTC(2024, 3, 2)],
  [Date.UTC(2024, 9, 26, 20), Date.UTC(2024, 10, 4)],
  [Date.UTC(1999, 11, 31, 12), Date.UTC(2000, 0, 1, 12)],
  [Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1)],
  [Date.UTC(2020, 0, 1), Date.UTC(2025, 0, 1)],
];
out.ticks = ["en", "fr", "ar"].map((locale) =>
  windows.map((w) => timeTicks(w, 800, (t) => ((t - w[0]) / (w[1] - w[0])) * 800, locale)),
);
process.stdout.write(JSON.stringify(out));

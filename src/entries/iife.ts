// The core of the script-tag build (jointline.iife.js): what a page with a timeline from JSON
// needs, and the definition of every element. The other views, the CSV and TimelineJS readers,
// export, the embed code and presentation mode are parts, loaded on first use as classic scripts
// from the folder of this script (vite.config.ts builds them against this core: they share its
// modules instead of carrying copies). Its exports become `window.jointline`.

import { setCanvasLoader } from "../components/timeline/canvasCode";
import { setDetailsLoader } from "../components/timeline/detailsCode";
import { setEncodingsLoader } from "../components/timeline/encodingsCode";
import { setGestureLoader } from "../components/timeline/gestureCode";
import { setOverviewLoader } from "../components/timeline/overviewCode";
import { setVerticalLoader } from "../components/timeline/vertical/verticalCode";
import { defineElements } from "../embed/defineElements";
import { loadLocaleScript, loadPartScript, loadPartWords } from "../embed/loadPartScript";
import { originCheck, setOriginCheckLoader } from "../embed/originCheck";
import { loadPart, type PartName, partManifest, setPartLoader } from "../embed/parts";
import { setProblemWordsLoader } from "../embed/problemWords";
import { scriptPreload } from "../embed/scriptBase";
import { setLocaleLoader } from "../i18n/loadLocale";

// A few functions only: every export is kept whole, and the page pays for it. The rest of the
// library comes with its part, `await jointline.load(name)` (`readJson` and `parseDataset` with
// the validator: `await jointline.load("validate")`), or from the ESM build.
export { createTimeline } from "../components/timeline/createTimeline";

/**
 * Loads a part (`network`, `trend`, `dashboard`, `presentation`, `validate`, `csv`, `timelinejs`,
 * `export`, `embed-code`, `vertical`, `canvas`, `overview`, `encodings`, `details`, `gesture`,
 * `frame`, `problems`) and gives its functions: `const { createNetwork } = await jointline.load("network")`.
 * @example const { readCsv } = await jointline.load("csv");
 */
export async function load(name: PartName): Promise<Record<string, unknown>> {
  return (await loadPart(name)).api;
}

// Each part with its words in the page's translated locales (jointline.locale-fr.network.js…).
setPartLoader(async (name, info) => {
  await loadPartScript(name, info);
  await loadPartWords(name);
});
// The vertical layout too: loaded the first time a timeline turns vertical (a phone).
setVerticalLoader(async () => (await loadPart("vertical")).code);
// The canvas layer too: loaded for data with more events than one frame builds as SVG.
setCanvasLoader(async () => (await loadPart("canvas")).code);
// And what a reader asks for beyond the chart: the details panel, the tooltip's figures and
// sources, the data table (fetched on the first hover or focus of a plot).
setDetailsLoader(async () => (await loadPart("details")).code);
// And the wheel, drag, pinch and double-click zoom (d3-zoom's behaviour), fetched on the first
// pointerenter, focusin or touchstart on a plot; the core moves the view itself until then.
setGestureLoader(async () => (await loadPart("gesture")).code);
// And a timeline's overview (`overview: true`; the dashboard part carries it).
setOverviewLoader(async () => (await loadPart("overview")).code);
// And sized marks and the sequential scale (`sizeBy`, `scale: "sequential"`).
setEncodingsLoader(async () => (await loadPart("encodings")).code);
// The iframe page's check of where its data may come from: the frame part provides it.
setOriginCheckLoader(async () => {
  await loadPart("frame");
  const check = originCheck();
  if (!check) throw new Error("jointline.frame.js ran but did not provide the origin check");
  return check;
});
// And the words of what went wrong (data that does not load, an attribute it cannot use): the
// problems part, fetched when an element has such a problem to show.
setProblemWordsLoader(async () => (await loadPart("problems")).words);
// A locale other than English is a part too: jointline.locale-<tag>.js, loaded when asked for.
setLocaleLoader(loadLocaleScript);
defineElements();
// <script src="jointline.iife.js" data-parts="network trend">: started now, shown when used.
for (const name of scriptPreload.includes("all") ? Object.keys(partManifest) : scriptPreload) {
  if (name in partManifest) loadPart(name as PartName).catch(() => {});
}

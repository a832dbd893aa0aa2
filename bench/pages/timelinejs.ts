// TimelineJS from its distributed build (dist/js/timeline.js, the global `TL`), served locally
// with `script_path` pointing at it and `font: null`, so nothing is fetched from a CDN.
import { type TimelineJsData, toTimelineJs } from "../syntheticDataset";
import { installBench, reportSetupError } from "./runtime";

interface TimelineJs {
  on(type: string, listener: () => void): void;
}
declare global {
  interface Window {
    TL?: { Timeline: new (el: HTMLElement, data: TimelineJsData, options: object) => TimelineJs };
  }
}

const scriptPath = "/timelinejs/js/";

function load(tag: "script" | "link", url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    if (el instanceof HTMLScriptElement) el.src = url;
    else if (el instanceof HTMLLinkElement) {
      el.rel = "stylesheet";
      el.href = url;
    }
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.append(el);
  });
}

Promise.all([
  load("link", "/timelinejs/css/timeline.css"),
  load("script", `${scriptPath}timeline.js`),
])
  .then(() => {
    installBench({
      name: "TimelineJS",
      convert: toTimelineJs,
      render(container, data) {
        return new Promise<void>((resolve) => {
          const TL = window.TL;
          if (!TL) throw new Error("TimelineJS did not load");
          const timeline = new TL.Timeline(container, data, {
            font: null,
            script_path: scriptPath,
            hash_bookmark: false,
          });
          // "loaded" fires when both its time navigator and its slides are built.
          timeline.on("loaded", () => resolve());
        });
      },
      describe: (container) => ({
        markers: container.querySelectorAll(".tl-timemarker").length,
        slides: container.querySelectorAll(".tl-slide").length,
      }),
    });
  })
  .catch(reportSetupError);

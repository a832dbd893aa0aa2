import { parseHTML } from "linkedom";
import { fitChrome } from "../components/shared/chrome/chromeHeight";
import type { ChromeSetting } from "../components/shared/chrome/chromeOptions";
import { readLegend } from "../components/shared/chrome/readLegend";
import { resolveChrome } from "../components/shared/chrome/resolveChrome";
import { sourcesOf } from "../components/shared/chrome/sourceLine";
import { themeCss } from "../components/shared/theme";
import type { Dataset } from "../model";
import type { EmbedAttributes, EmbedTheme } from "../views/embedAttributes";
import { fitChartHeight } from "../views/fitChartHeight";
import { mainSvg } from "../views/mainSvg";
import { type ServerViewName, serverViews } from "../views/serverViews";
import { slideThemeCss } from "../views/slideThemeCss";
import { dejaVuSansWidth } from "./dejaVuSansWidth";
import { type ExportChrome, exportSvg } from "./exportSvg";

let selectPatched = false;

/**
 * linkedom's `<select>` has a read-only `value`; components set it (the trend's metric picker).
 * Give it the browser's setter — select the first option with that value — once per process.
 */
function patchSelectValue(window: object): void {
  if (selectPatched) return;
  selectPatched = true;
  const Select = (window as { HTMLSelectElement?: { prototype: object } }).HTMLSelectElement;
  const descriptor = Select && Object.getOwnPropertyDescriptor(Select.prototype, "value");
  if (!Select || !descriptor?.get || descriptor.set) return;
  Object.defineProperty(Select.prototype, "value", {
    configurable: true,
    get: descriptor.get,
    set(this: HTMLSelectElement, value: string) {
      for (const option of Array.from(this.querySelectorAll("option"))) {
        if (option.getAttribute("value") === value) option.setAttribute("selected", "");
        else option.removeAttribute("selected");
      }
    },
  });
}

/** Options of {@link renderSvgInNode}. */
export interface RenderSvgInNodeOptions {
  /** Which chart. Default `timeline`. */
  view?: ServerViewName;
  /** Width in px. Default 960. */
  width?: number;
  /** Height in px. Default: the chart's own (the timeline's content height; the network's and trend's default). */
  height?: number;
  /** Theme. Default `light` (an image has no reader preference to follow). */
  theme?: Exclude<EmbedTheme, "auto">;
  /** BCP 47 locale of dates and numbers. Default `en`. */
  locale?: string;
  /** Further component options, as the `options` attribute takes them. */
  options?: Record<string, unknown>;
  /**
   * The chart chrome drawn into the image: headline, dek, content note, legend, notes, source
   * line and byline, from the dataset unless overridden per piece; `false` draws the chart alone.
   * Default `true` (a chart that leaves the page carries its headline, legend, sources and note).
   * @example renderSvgInNode(dataset, { chrome: { byline: "Graphic: Data desk", dek: false } })
   */
  chrome?: ChromeSetting;
}

/**
 * Renders a chart to a self-contained SVG document in Node, without a browser: the component
 * draws into a linkedom document exactly as it does into a page (same `create` function, same
 * options as the custom element would pass), and {@link exportSvg} inlines the same styles the
 * browser export inlines. The `slide` theme uses the slide sizes of the embed stylesheet.
 *
 * @example
 * await writeFile("chart.svg", renderSvgInNode(dataset, { view: "network", width: 1200, height: 800 }));
 */
export function renderSvgInNode(dataset: Dataset, options: RenderSvgInNodeOptions = {}): string {
  const name = options.view ?? "timeline";
  const view = serverViews[name];
  if (!view) throw new Error(`The ${name} view cannot be rendered yet.`);
  const width = options.width ?? 960;
  const height = options.height;
  const theme = options.theme ?? "light";
  const { document, window } = parseHTML(
    `<!doctype html><html><head></head><body><div class="jl-host" theme="${theme}"></div></body></html>`,
  );
  patchSelectValue(window);
  const host = document.querySelector(".jl-host") as unknown as HTMLElement;
  const container = document.createElement("div") as unknown as HTMLElement;
  container.setAttribute("class", "jl-root jl-embed");
  container.setAttribute("data-theme", theme === "slide" ? "light" : theme);
  container.setAttribute("style", `width:${width}px`);
  host.append(container);
  const attributes: EmbedAttributes = {
    theme,
    menu: false,
    options: options.options ?? {},
    problems: [],
    width,
    ...(height !== undefined ? { height } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
  const draw = (chartHeight: number | undefined, extra: Record<string, unknown> = {}) => {
    container.replaceChildren();
    const options = {
      ...view.options(
        {
          ...attributes,
          ...(chartHeight !== undefined ? { height: chartHeight } : {}),
        },
        dataset,
      ),
      width,
      ...(chartHeight !== undefined ? { height: chartHeight } : {}),
      ...extra,
      // Measured as resvg will draw it (and as the browser's canvas measures it on Linux).
      measureText: dejaVuSansWidth,
    };
    return createInNode(() => view.create(container, dataset, view.picture?.(options) ?? options));
  };
  const svgOf = (h: ReturnType<typeof view.create>) => view.svgOf?.(h) ?? mainSvg(h.element);
  let handle = draw(height);
  const chromeContent = (root: ParentNode): ExportChrome | undefined => {
    if (options.chrome === false) return undefined;
    const cited = new Set(
      Array.from(root.querySelectorAll("[data-source-id]"), (n) =>
        n.getAttribute("data-source-id"),
      ),
    );
    // The sources the chart lists as those of what it shows, else every event's.
    const events = cited.size
      ? dataset.events.filter((e) => e.sources.some((id) => cited.has(id)))
      : dataset.events;
    const sources = sourcesOf(dataset, events).filter(
      (source) => cited.size === 0 || cited.has(source.id),
    );
    return {
      content: resolveChrome(dataset, options.chrome, sources, {
        ...(options.locale ? { locale: options.locale } : {}),
      }),
      legend: readLegend(root),
      measure: dejaVuSansWidth,
    };
  };
  let chrome = chromeContent(handle.element);
  if (chrome && height !== undefined) {
    // A fixed frame (a 1920 × 1080 slide): the chart is drawn at the height the chrome leaves
    // it, so that the two fill the frame with no band above or below. The chrome keeps to about
    // a third of the frame: the dek goes first, then the notes and the byline (the headline,
    // content note, legend and source line always stay).
    const fitted = fitChrome(document as unknown as Document, chrome, width, height);
    chrome = fitted.chrome;
    const area = fitted.area;
    handle.destroy();
    handle = fitChartHeight(
      name,
      area,
      attributes,
      (chartHeight, extra) => draw(chartHeight, extra),
      svgOf,
    );
    const drawn = chromeContent(handle.element);
    if (drawn) chrome = { ...drawn, content: chrome.content };
  }
  try {
    const svg = view.svgOf?.(handle) ?? mainSvg(handle.element);
    if (!svg) throw new Error(`The ${view.name} drew no SVG.`);
    // The slide theme, on the host div here as on the element's :host in a page.
    const css = [themeCss, ...view.css, slideThemeCss('.jl-host[theme="slide"] .jl-root')];
    return exportSvg(svg, {
      css,
      width,
      ...(height !== undefined ? { height } : {}),
      // A chart that leaves the page carries its headline, legend, sources and content note.
      ...(chrome ? { chrome } : {}),
      // Drawn for this image only: its SVG becomes the image (no copy of every mark).
      consume: true,
    });
  } finally {
    handle.destroy();
  }
}

/** Creates a chart with a `navigator` lent to d3-zoom where the runtime lacks one. */
function createInNode<T>(create: () => T): T {
  // d3-zoom reads the global `navigator`, which Node 20 lacks (Node 21+ has one): lend it one for
  // the render only.
  const lentNavigator = !("navigator" in globalThis);
  if (lentNavigator)
    Object.defineProperty(globalThis, "navigator", {
      value: { maxTouchPoints: 0 },
      configurable: true,
    });
  try {
    return create();
  } finally {
    if (lentNavigator) Reflect.deleteProperty(globalThis, "navigator");
  }
}

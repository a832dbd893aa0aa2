import type { NetworkZoomCode } from "../components/network/zoomCode";
import type { ExportChrome } from "../components/shared/chrome/chromeHeight";
import type { CanvasCode } from "../components/timeline/canvasCode";
import type { DetailsCode } from "../components/timeline/detailsCode";
import type { EncodingsCode } from "../components/timeline/encodingsCode";
import type { GestureCode } from "../components/timeline/gestureCode";
import type { OverviewCode } from "../components/timeline/overviewCode";
import type { VerticalCode } from "../components/timeline/vertical/verticalCode";
import { t } from "../i18n/catalog";
import { isMessageKey } from "../i18n/messages";
import type { DecodedText } from "../io/decodeBytes";
import type { Dataset, ReadResult } from "../model";
import type { EmbedAttributes } from "../views/embedAttributes";
import type { EmbedView } from "../views/embedView";
import type { MenuHost } from "./elementMenu";
import type { ExportSource } from "./exportChart";
import type { ProblemWords } from "./problemWords";
import type { MenuAction } from "./renderExportMenu";

/**
 * Where one part of the script-tag build lives: its file (beside `jointline.iife.js`) and the
 * parts it runs on, loaded first.
 */
export interface PartInfo {
  /** The file name, resolved against the folder of the script that defined the elements. */
  file: string;
  /** Parts whose code this one uses (built against them, so it does not carry a copy). */
  needs?: readonly string[];
  /**
   * Whether the part shows words of its own: a translated locale's words for it are a file of
   * their own, `jointline.locale-<tag>.<part>.js`, loaded with the part (the build checks it).
   */
  words?: boolean;
}

/**
 * The parts loaded on first use, by name: what the core of the script-tag build does not carry.
 * The build (vite.config.ts, scripts/scriptParts.ts, which reads this object's lines: keep one
 * part per line, `name: { file: "…", needs: [...] }`) makes one classic script per part from
 * `src/entries/parts/<name>.ts`, and the ESM build imports the same module (src/entries/
 * esmParts.ts). A new part is that line, its entry file calling {@link registerPart}, its line
 * in {@link PartExports} and in esmParts.ts. The locales are not listed here: the build makes
 * one part per shipped locale, `jointline.locale-<tag>.js` (scripts/scriptParts.ts
 * `localeBundles`), which the core's locale loader fetches (loadPartScript.ts `loadLocaleScript`).
 */
export const partManifest = {
  details: { file: "jointline.details.js", words: true },
  gesture: { file: "jointline.gesture.js" },
  network: { file: "jointline.network.js", words: true },
  trend: { file: "jointline.trend.js", words: true },
  dashboard: { file: "jointline.dashboard.js", needs: ["network", "trend"], words: true },
  presentation: { file: "jointline.presentation.js", needs: ["details"], words: true },
  validate: { file: "jointline.validate.js", words: true },
  csv: { file: "jointline.csv.js", needs: ["validate"], words: true },
  timelinejs: { file: "jointline.timelinejs.js", needs: ["csv"], words: true },
  export: { file: "jointline.export.js", words: true },
  "embed-code": { file: "jointline.embed-code.js", words: true },
  vertical: { file: "jointline.vertical.js" },
  canvas: { file: "jointline.canvas.js" },
  overview: { file: "jointline.overview.js" },
  encodings: { file: "jointline.encodings.js" },
  frame: { file: "jointline.frame.js", words: true },
  problems: { file: "jointline.problems.js", words: true },
} as const satisfies Record<string, PartInfo>;

/** The name of a part: `network`, `csv`, `export`… */
export type PartName = keyof typeof partManifest;

/** A view part: the view the element draws and the component's public API. */
export interface ViewPart {
  view: EmbedView;
  /** The component's functions (`createNetwork`…), returned by `jointline.load(name)`. */
  api: Record<string, unknown>;
}

/** A reader part: reads a file's text into a dataset (CSV, TimelineJS). */
export interface ReaderPart {
  read(text: string, options: { maxBytes?: number | undefined }): ReadResult<Dataset>;
  api: Record<string, unknown>;
}

/**
 * The validator part: zod's schemas and the issue reports, for data the core's fast path does
 * not accept (src/io/readJsonFast.ts), as `readJson` (its `read`) and `parseDataset`.
 */
export interface ValidatePart extends ReaderPart {
  parseDataset(value: unknown, options?: { locale?: string }): ReadResult<Dataset>;
  /** `decodeBytes`, for bytes that are not plain UTF-8 (the core decodes those itself). */
  decodeBytes(bytes: Uint8Array, options?: { locale?: string }): DecodedText;
}

/** The export part: what the elements' menu and `exportSvg()` / `exportPng()` use. */
export interface ExportPart {
  exportSvg(
    svg: SVGSVGElement,
    options?: {
      note?: string;
      width?: number;
      height?: number;
      css?: readonly string[];
      chrome?: ExportChrome;
    },
  ): string;
  collectCss(svg: SVGSVGElement): string[];
  svgToPng(svg: string, options?: { scale?: number }): Promise<Blob>;
  downloadBlob(document: Document, blob: Blob, fileName: string): void;
  /** An element's chart as SVG with its chrome (src/embed/chartExport.ts). */
  chartSvg(source: ExportSource): string;
  /** An element's chart redrawn at a size and exported as SVG with its chrome. */
  chartSvgAt(source: ExportSource, width: number, height: number): string;
  /** The actions of an element's "Share / export" menu (src/embed/elementMenu.ts). */
  elementMenuActions(host: MenuHost): MenuAction[];
  api: Record<string, unknown>;
}

/** What an element needs to write its embed code. */
export interface EmbedCodeContext {
  view: string;
  attributes: EmbedAttributes;
  scriptUrl: string;
  dataTitle?: string;
}

/** The embed-code part: the iframe snippet for an element, and the box that shows it. */
export interface EmbedCodePart {
  elementEmbedCode(element: Element, context: EmbedCodeContext): string | { problem: string };
  showEmbedCodeDialog(
    root: HTMLElement,
    built: string | { problem: string },
    locale?: string,
  ): void;
  api: Record<string, unknown>;
}

/** The presentation part: its view, and the fullscreen overlay a timeline's menu opens. */
export interface PresentationPart extends ViewPart {
  presentOverlay(root: HTMLElement, dataset: Dataset, attributes: EmbedAttributes): Promise<void>;
}

/** The vertical layout's part: the code a timeline runs once it turns vertical (narrow screens). */
export interface VerticalPart {
  code: VerticalCode;
  api: Record<string, unknown>;
}

/** The canvas layer's part: what a timeline draws its marks with when they are many. */
export interface CanvasPart {
  code: CanvasCode;
  api: Record<string, unknown>;
}

/**
 * The details' part: an event's details panel and the tooltip's figures and sources, and the
 * timeline's data table — what a timeline shows when a reader asks for more than the chart.
 */
export interface DetailsPart {
  code: DetailsCode;
  api: Record<string, unknown>;
}

/**
 * The gesture part: d3-zoom's behaviour, the wheel, drag, pinch and double-click zoom, and what
 * the pointer and keys do on a plot (readerInput.ts), which a timeline attaches on a reader's
 * first intent; and the network's zoom behaviour (`createNetworkZoom`), attached on a reader's
 * first intent on a network (network/networkZoom.ts).
 */
export interface GesturePart {
  code: GestureCode & NetworkZoomCode;
  api: Record<string, unknown>;
}

/** The overview's part: a timeline's mini-overview and its brush (`overview: true`). */
export interface OverviewPart {
  code: OverviewCode;
  api: Record<string, unknown>;
}

/** The encodings' part: marks sized by a figure (`sizeBy`) and the sequential time scale. */
export interface EncodingsPart {
  code: EncodingsCode;
  api: Record<string, unknown>;
}

/** The iframe page's part: what `<jointline-frame>` does once connected (src/embed/connectFrame.ts). */
export interface FramePart {
  /** Draws the chart of the page's query string in `frame`; returns what disconnecting does. */
  connectFrame(frame: HTMLElement): () => void;
  api: Record<string, unknown>;
}

/**
 * The problems part: the words an element shows only when something went wrong (data that does
 * not load, a chart that could not be drawn, an attribute it cannot use). Running, it gives
 * those of an attribute to the core (src/views/attributeWords.ts).
 */
export interface ProblemsPart {
  words: ProblemWords;
  api: Record<string, unknown>;
}

/** What each part registers when it runs. */
export interface PartExports {
  details: DetailsPart;
  gesture: GesturePart;
  network: ViewPart;
  trend: ViewPart;
  dashboard: ViewPart;
  presentation: PresentationPart;
  validate: ValidatePart;
  csv: ReaderPart;
  timelinejs: ReaderPart;
  export: ExportPart;
  "embed-code": EmbedCodePart;
  vertical: VerticalPart;
  canvas: CanvasPart;
  overview: OverviewPart;
  encodings: EncodingsPart;
  frame: FramePart;
  problems: ProblemsPart;
}

/**
 * Brings a part's code in: when the returned promise resolves, the part has called
 * {@link registerPart}. The script-tag build adds a classic `<script>` (loadPartScript.ts); the
 * ESM build imports the part's module.
 */
export type PartLoader = (name: PartName, info: PartInfo) => Promise<unknown>;

/** A catalogue key in the locale; any other text (a URL) as it is. */
const wordsIn = (text: string, locale?: string) => (isMessageKey(text) ? t(locale, text) : text);

/**
 * A part that could not be loaded: which file, from where, and why. `where` and `reason` are
 * catalogue keys (`"part.unknownFolder"`) or text as it is (a URL); the message is English, and
 * {@link PartLoadError.messageIn} writes it in a reader's language.
 */
export class PartLoadError extends Error {
  constructor(
    readonly part: PartName,
    readonly where: string,
    readonly reason: string,
  ) {
    super(
      t("en", "part.loadFailed", {
        file: partManifest[part].file,
        where: wordsIn(where),
        reason: wordsIn(reason),
      }),
    );
    this.name = "PartLoadError";
  }

  /** The message in a locale: "Could not load jointline.network.js from …: …." */
  messageIn(locale?: string): string {
    return t(locale, "part.loadFailed", {
      file: partManifest[this.part].file,
      where: wordsIn(this.where, locale),
      reason: wordsIn(this.reason, locale),
    });
  }

  /** Where the part was looked for, in a locale: its URL, or "an unknown folder". */
  whereIn(locale?: string): string {
    return wordsIn(this.where, locale);
  }
}

const registered = new Map<PartName, unknown>();
const loading = new Map<PartName, Promise<unknown>>();
let loader: PartLoader | undefined;

/**
 * Sets how parts are brought in (once, by the build's entry): the script-tag entry loads
 * classic scripts from beside itself, the ESM entry imports modules.
 * @example setPartLoader((name) => import(`./parts/${name}.ts`));
 */
export function setPartLoader(load: PartLoader): void {
  loader = load;
}

/**
 * Called by a part's code when it runs: makes its exports available to {@link loadPart}.
 * @example registerPart("network", { view: networkView, api: { createNetwork } });
 */
export function registerPart<N extends PartName>(name: N, exports: PartExports[N]): void {
  registered.set(name, exports);
}

/** The parts loaded or on their way, by name. */
export function requestedParts(): PartName[] {
  return [...new Set([...registered.keys(), ...loading.keys()])];
}

/** A part's exports when it has already run, else undefined. */
export function loadedPart<N extends PartName>(name: N): PartExports[N] | undefined {
  return registered.get(name) as PartExports[N] | undefined;
}

/**
 * A part's exports, loading it (and the parts it needs, first) on the first call; later calls
 * share that load. Rejects with a {@link PartLoadError} naming the file and where it was looked
 * for; a later call tries again (the reader may have come back online).
 * @example const { view } = await loadPart("network");
 */
export function loadPart<N extends PartName>(name: N): Promise<PartExports[N]> {
  const done = registered.get(name);
  if (done) return Promise.resolve(done as PartExports[N]);
  if (!(name in partManifest)) return Promise.reject(new Error(`There is no part “${name}”.`));
  let pending = loading.get(name);
  if (!pending) {
    const info: PartInfo = partManifest[name];
    pending = (async () => {
      for (const need of info.needs ?? []) await loadPart(need as PartName);
      if (!loader) throw new PartLoadError(name, "part.nowhere", "part.noLoader");
      await loader(name, info);
      const exports = registered.get(name);
      if (!exports) throw new PartLoadError(name, "part.itsFolder", "part.notRegistered");
      return exports;
    })();
    loading.set(name, pending);
    pending.catch(() => loading.delete(name));
  }
  return pending as Promise<PartExports[N]>;
}

// Over 400 lines, on purpose: the custom element's lifecycle class. Its private fields (#root,
// #handle, #loaded…) cannot be reached from helper modules, so what needs no field already lives
// beside it (elementChrome, elementMenu, elementProblems, elementViews, exportChart).
import type { ChromeContent } from "../components/shared/chrome/resolveChrome";
import { el } from "../components/shared/el";
import { renderIssues } from "../components/shared/renderIssues";
import { adoptStyle, canAdoptStyles, rootClass, themeCss } from "../components/shared/theme";
import { t } from "../i18n/catalog";
import { loadLocale } from "../i18n/loadLocale";
import type { Dataset, DatasetInput, Issue } from "../model";
import { hasErrors } from "../model/issue";
import {
  type EmbedAttributes,
  embedAttributeNames,
  parseEmbedAttributes,
} from "../views/embedAttributes";
import type { ChartHandle, EmbedView } from "../views/embedView";
import { dateWordsFor } from "./dateWordsFor";
import { renderElementChrome } from "./elementChrome";
import { failureIssue, renderAttributeProblems } from "./elementProblems";
import { loadView, type ViewName } from "./elementViews";
import { embedCss, hostThemeCss } from "./embedCss";
import {
  chartSvgOf,
  type ExportSource,
  exportChartPng,
  exportChartSvg,
  exportChartSvgAt,
} from "./exportChart";
import { type EmbedData, loadElementData } from "./loadEmbedData";
import { loadPart, PartLoadError } from "./parts";
import { loadProblemWords } from "./problemWords";
import { problemWordsFor } from "./problemWordsFor";
import { type MenuAction, renderExportMenu, showMenuStatus } from "./renderExportMenu";
import { scriptBase, scriptUrl } from "./scriptBase";
import { canvasLayerFor, encodingsFor, overviewFor } from "./timelineParts";
import { verticalLayoutFor } from "./verticalPart";

/** `detail` of `jointline-load` and `jointline-error`: the dataset (if usable) and every issue. */
export interface JointlineLoadDetail {
  dataset: Dataset | undefined;
  issues: Issue[];
}

export type { MenuAction } from "./renderExportMenu";

// Outside a browser (Node importing the module for its types) there is no HTMLElement to extend.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/** Attributes whose change means loading the data again, not just redrawing it. */
const dataAttributes = new Set(["src", "format"]);

/**
 * The base of `<jointline-timeline>`, `<jointline-network>`, `<jointline-trend>` and
 * `<jointline-dashboard>`: reads its attributes, loads the data (a `src` URL or an inline
 * `<script type="application/json">`), and draws the chart in a shadow root with the theme — or
 * the error report when the data does not load — with the dataset's content note first and an
 * export menu (SVG, PNG at 1×, 2× and 1920×1080, embed code). Children other than the inline
 * data are fallback content: shown when scripts do not run, hidden once the chart draws.
 *
 * The timeline's code is in the core; the other views, the CSV and TimelineJS readers, export,
 * the embed code and presentation mode are parts loaded on first use (parts.ts). Nothing is
 * drawn until the view's part has loaded; a part that cannot load is reported in the chart's
 * place, naming the file and its address, and `ready` rejects.
 *
 * Events (bubbling, composed): `jointline-load` and `jointline-error`, with
 * {@link JointlineLoadDetail}; the chart's own events (`timeline-select`…) bubble out too.
 */
export class JointlineElement extends Base {
  /** The view this element draws; set by each subclass. */
  static viewName: ViewName;
  static get observedAttributes(): readonly string[] {
    return embedAttributeNames;
  }

  #shadow: ShadowRoot | undefined;
  #view: EmbedView | undefined;
  #root: HTMLDivElement | undefined;
  #handle: ChartHandle | undefined;
  #loaded: EmbedData | undefined;
  /** The chrome's texts as last drawn, for the exports. */
  #chrome: ChromeContent | undefined;
  #given: unknown;
  #attributes: EmbedAttributes | undefined;
  #abort: AbortController | undefined;
  #pending = false;
  #reload = true;
  #ready: Promise<void> = Promise.resolve();
  #settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;

  /** The name of the view this element draws (`timeline`, `network`…). */
  get viewName(): ViewName {
    return (this.constructor as typeof JointlineElement).viewName;
  }

  /** The view of this element's class, once its part has loaded. */
  get view(): EmbedView | undefined {
    return this.#view;
  }

  /** The loaded dataset, or undefined while loading or when it did not validate. */
  get data(): Dataset | undefined {
    return this.#loaded?.data;
  }

  /**
   * Sets the dataset from code instead of `src` or inline data: a `Dataset`, or a plain value
   * such as `JSON.parse(text)`, which is validated like a file (`parseDataset`): when it is not
   * a valid dataset the element shows the report and dispatches `jointline-error`. `undefined`
   * goes back to the element's `src` or inline data.
   * @example document.querySelector("jointline-timeline").data = JSON.parse(text);
   */
  set data(dataset: Dataset | DatasetInput | undefined) {
    this.#given = dataset;
    this.#schedule(true);
  }

  /** The issues found in the data (errors and warnings) at the last load. */
  get issues(): Issue[] {
    return this.#loaded?.issues ?? [];
  }

  /** The chart handle (`update`, `zoomTo`, `focus`…), once drawn. */
  get chart(): ChartHandle | undefined {
    return this.#handle;
  }

  /** The configuration read from the attributes. */
  get configuration(): EmbedAttributes {
    return this.#attributes ?? parseEmbedAttributes((name) => this.getAttribute(name));
  }

  /**
   * Settles once the current load and draw have finished: resolves when the chart or the data's
   * error report is shown, rejects with the error when drawing failed (the element shows it).
   */
  get ready(): Promise<void> {
    return this.#ready;
  }

  connectedCallback(): void {
    if (!this.#shadow) {
      this.#shadow = this.attachShadow({ mode: "open" });
      // Adopted stylesheets where the browser can construct them (no `<style>` element, so a
      // Content-Security-Policy without 'unsafe-inline' allows them); named "theme" so that
      // components adopting the shared theme here find it present.
      // Where stylesheets cannot be constructed, the script-tag build links jointline.css from
      // beside the script (`style-src 'self'` allows it; a `<style>` element it would block).
      // The view's own sheet is adopted once its part has loaded (#adoptViewCss).
      if (canAdoptStyles(this.#shadow) || !scriptBase) {
        adoptStyle(this.#shadow, "theme", hostThemeCss(themeCss));
      } else {
        const link = this.ownerDocument.createElement("link");
        link.rel = "stylesheet";
        link.href = new URL("jointline.css", scriptBase).href;
        this.#shadow.append(link);
      }
      this.#root = el(this.ownerDocument, "div", `${rootClass} jl-embed`);
      this.#shadow.append(this.#root);
    }
    // Moved rather than added (taken out and put back in one task, as reveal.js does with its
    // slides on a narrow screen): the chart is still there, nothing to load again.
    if (this.#handle) return;
    this.#schedule(true);
  }

  disconnectedCallback(): void {
    // Whether the element was removed or moved is known once the task's DOM changes are done.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#abort?.abort();
      this.#handle?.destroy();
      this.#handle = undefined;
    });
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (previous === next) return;
    this.#schedule(dataAttributes.has(name));
  }

  /** Batches attribute changes made in one task into one load or redraw. */
  #schedule(reload: boolean): void {
    this.#reload ||= reload;
    if (!this.#root || this.#pending) return;
    this.#pending = true;
    if (!this.#settle) {
      this.#ready = new Promise((resolve, reject) => (this.#settle = { resolve, reject }));
      // A page that never reads `ready` gets no "unhandled rejection"; readers still see it.
      this.#ready.catch(() => {});
    }
    queueMicrotask(() => void this.#run().catch((error: unknown) => this.#failSaying(error)));
  }

  /**
   * {@link #fail} once the words of a drawing that failed are here (the problems part of the
   * script-tag build; where it cannot load, the error's message alone). A part that could not
   * load is said in the core's words.
   */
  async #failSaying(error: unknown): Promise<void> {
    if (!(error instanceof PartLoadError)) await loadProblemWords().catch(() => {});
    this.#fail(error);
  }

  /** Shows what went wrong where the chart would be, and settles `ready` with it. */
  #fail(error: unknown): void {
    this.#pending = false;
    try {
      this.#handle?.destroy();
    } catch {
      // The chart that failed may fail to tear down too; its node goes below anyway.
    }
    this.#handle = undefined;
    this.#adoptViewCss(undefined);
    const locale = this.#attributes?.locale;
    const issues: Issue[] = [
      ...(this.#loaded?.issues ?? []),
      failureIssue(error, this.viewName, locale),
    ];
    this.#root?.replaceChildren(renderIssues(this.ownerDocument, issues, { locale }));
    const detail: JointlineLoadDetail = { dataset: this.#loaded?.data, issues };
    this.dispatchEvent(
      new CustomEvent("jointline-error", { detail, bubbles: true, composed: true }),
    );
    this.#settle?.reject(error);
    this.#settle = undefined;
  }

  /**
   * The element's view, loading its part on first use. Started before the data loads so that
   * the two downloads overlap; awaited before anything is drawn.
   */
  async #loadView(): Promise<EmbedView> {
    if (this.#view) return this.#view;
    const view = await loadView(this.viewName);
    this.#view = view;
    this.#adoptViewCss(view);
    return view;
  }

  /** Adopts the view's stylesheet with the embed's own (once; without a view, the embed's alone). */
  #adoptViewCss(view: EmbedView | undefined): void {
    const shadow = this.#shadow;
    if (!shadow || !(canAdoptStyles(shadow) || !scriptBase)) return;
    adoptStyle(shadow, "embed", [...(view?.css ?? []), embedCss].join("\n"));
  }

  async #run(): Promise<void> {
    this.#pending = false;
    let attributes = parseEmbedAttributes((name) => this.getAttribute(name));
    this.#attributes = attributes;
    const viewLoad = this.#loadView();
    // Awaited below; a rejection seen before then is not "unhandled".
    viewLoad.catch(() => {});
    // The locale's words load beside the data (never rejects: English meanwhile).
    const localeReady = attributes.locale ? loadLocale(attributes.locale) : undefined;
    // So does the vertical layout of a narrow timeline (a part of the script-tag build).
    const verticalReady =
      this.viewName === "timeline"
        ? verticalLayoutFor(attributes, this.#root?.clientWidth || this.clientWidth)
        : undefined;
    verticalReady?.catch(() => {});
    // And the overview a timeline may ask for (`options='{"overview":true}'`).
    const overviewReady = overviewFor(this.viewName, attributes);
    overviewReady?.catch(() => {});
    // And sized marks or the sequential scale (`sizeBy`, `scale: "sequential"`).
    const encodingsReady = encodingsFor(this.viewName, attributes);
    encodingsReady?.catch(() => {});
    // The words of a `start` or `end` it cannot read come with the validator part.
    const dateWordsReady = dateWordsFor((name) => this.getAttribute(name));
    // And the words of any other attribute it cannot use, with the problems part.
    const attributeWordsReady = problemWordsFor(attributes);
    if (this.#reload || !this.#loaded) {
      this.#reload = false;
      this.#abort?.abort();
      const abort = new AbortController();
      this.#abort = abort;
      const loaded = await loadElementData(this, this.#given, attributes, abort.signal);
      await viewLoad;
      if (abort.signal.aborted) {
        // Removed from the page while loading (no newer load took over): nothing more will come.
        if (this.#abort === abort && !this.#pending) {
          this.#settle?.resolve();
          this.#settle = undefined;
        }
        return;
      }
      this.#loaded = loaded;
      await localeReady;
      await verticalReady;
      await overviewReady;
      await encodingsReady;
      await dateWordsReady;
      await attributeWordsReady;
      // Data that did not load, whose words could not be fetched either: shown with that part's
      // failure, and `ready` rejects (#fail).
      if (loaded.wordsFailed) throw loaded.wordsFailed;
      // A timeline of many events draws them on a canvas: a part of the script-tag build.
      await canvasLayerFor(this.viewName, attributes, loaded.data);
      attributes = this.#problemsInLocale(attributes);
      this.#draw(attributes, true);
      const detail: JointlineLoadDetail = { dataset: loaded.data, issues: loaded.issues };
      const ok = loaded.data !== undefined && !hasErrors(loaded.issues);
      this.dispatchEvent(
        new CustomEvent(ok ? "jointline-load" : "jointline-error", {
          detail,
          bubbles: true,
          composed: true,
        }),
      );
    } else {
      await viewLoad;
      await localeReady;
      await verticalReady;
      await overviewReady;
      await encodingsReady;
      await dateWordsReady;
      await attributeWordsReady;
      if (this.#loaded.wordsFailed) throw this.#loaded.wordsFailed;
      attributes = this.#problemsInLocale(attributes);
      this.#draw(attributes, false);
    }
    if (!this.#pending) {
      this.#settle?.resolve();
      this.#settle = undefined;
    }
  }

  /**
   * The attributes with their problems written in the element's language, once its words are
   * loaded (they were parsed before, in English, to know which language to load), and in the
   * script-tag build with the words of a bad attribute and of a bad date, once the problems and
   * validator parts brought them.
   */
  #problemsInLocale(attributes: EmbedAttributes): EmbedAttributes {
    if (attributes.problems.length === 0) return attributes;
    const inLocale = parseEmbedAttributes((name) => this.getAttribute(name), attributes.locale);
    if (this.#attributes === attributes) this.#attributes = inLocale;
    return inLocale;
  }

  #draw(attributes: EmbedAttributes, fresh: boolean): void {
    const root = this.#root!;
    const view = this.#view!;
    const document = this.ownerDocument;
    const dataset = this.#loaded?.data;
    root.dataset.theme = attributes.theme === "slide" ? "light" : attributes.theme;
    root.dataset.view = view.name;
    if (!dataset) {
      this.#handle?.destroy();
      this.#handle = undefined;
      root.replaceChildren(
        renderIssues(document, this.#loaded?.issues ?? [], { locale: attributes.locale }),
      );
      return;
    }
    const options = view.options(attributes, dataset);
    if (!fresh && this.#handle?.update) {
      this.#handle.update(options);
      this.#chrome = renderElementChrome(root, view, attributes, dataset);
      renderAttributeProblems(root, attributes.problems, attributes.locale);
      return;
    }
    this.#handle?.destroy();
    this.#handle = undefined;
    root.replaceChildren();
    const chart = el(document, "div", "jl-embed-chart");
    root.append(chart);
    this.#chrome = renderElementChrome(root, view, attributes, dataset);
    renderAttributeProblems(root, attributes.problems, attributes.locale);
    this.#handle = view.create(chart, dataset, options);
    // The menu goes under the chart, beside its sources, as news graphics put "share" links.
    if (attributes.menu)
      root.append(
        renderExportMenu(
          this.ownerDocument,
          () => this.menuActions(),
          (action, error) =>
            showMenuStatus(
              root,
              t(attributes.locale, "embed.failed", {
                action: action.label,
                error: (error as Error).message,
              }),
            ),
          attributes.locale,
        ),
      );
  }

  /**
   * The actions of the export menu, asked for when a reader first opens it (they come with the
   * export part).
   */
  protected async menuActions(): Promise<MenuAction[]> {
    const { elementMenuActions } = await loadPart("export");
    return elementMenuActions({
      document: this.ownerDocument,
      viewName: this.viewName,
      title: this.#loaded?.data?.title,
      exportSvg: () => this.exportSvg(),
      exportPng: (options) => this.exportPng(options),
      embedCode: async () => {
        const { showEmbedCodeDialog } = await loadPart("embed-code");
        showEmbedCodeDialog(this.#root!, await this.#buildEmbedCode(), this.configuration.locale);
      },
      present: () => this.present(),
      locale: this.configuration.locale,
    });
  }

  /**
   * Opens presentation mode over the page, in fullscreen where the browser allows it: the events
   * one at a time in large type. Escape (or leaving fullscreen) closes it. Loads the
   * presentation part on first use.
   * @example await element.present();
   */
  async present(): Promise<void> {
    const dataset = this.#loaded?.data;
    if (!dataset || !this.#root) return;
    // createPresentation adopts its own styles in this shadow root (jointline.css has them too).
    const { presentOverlay } = await loadPart("presentation");
    await presentOverlay(this.#root, dataset, this.configuration);
  }

  /**
   * The iframe embed code for this chart, or undefined when there is none to give: the data is
   * inline (an iframe needs the data at a URL), or the page or data is not at an http(s) URL
   * (a `file://` page). {@link embedCodeProblem} says which. Loads the embed-code part.
   * @example const code = await element.embedCode();
   */
  async embedCode(): Promise<string | undefined> {
    const built = await this.#buildEmbedCode();
    return typeof built === "string" ? built : undefined;
  }

  /** Why {@link embedCode} gives nothing, in words for the reader; undefined when it gives code. */
  async embedCodeProblem(): Promise<string | undefined> {
    const built = await this.#buildEmbedCode();
    return typeof built === "string" ? undefined : built.problem;
  }

  async #buildEmbedCode(): Promise<string | { problem: string }> {
    const { elementEmbedCode } = await loadPart("embed-code");
    return elementEmbedCode(this, {
      view: this.viewName,
      attributes: this.configuration,
      scriptUrl,
      ...(this.#loaded?.data?.title !== undefined ? { dataTitle: this.#loaded.data.title } : {}),
    });
  }

  /** The chart's main SVG in the shadow root. */
  chartSvg(): SVGSVGElement | null {
    return this.#view ? chartSvgOf(this.#view, this.#handle) : null;
  }

  #exportSource(): ExportSource {
    if (!this.#view) throw new Error("There is no chart to export.");
    return {
      view: this.#view,
      handle: this.#handle,
      dataset: this.#loaded?.data,
      root: this.#root,
      configuration: this.configuration,
      chrome: this.#chrome,
    };
  }

  /**
   * The chart as a self-contained SVG document (styles inlined, the page's theme applied).
   * Loads the export part on first use.
   * @example const text = await element.exportSvg();
   */
  exportSvg(): Promise<string> {
    return exportChartSvg(this.#exportSource());
  }

  /**
   * The chart as PNG: at the chart's size times `scale`, or redrawn at `width`×`height`
   * (1920×1080 for slides) offscreen.
   * @example const blob = await element.exportPng({ scale: 2 });
   */
  exportPng(options: { scale?: number; width?: number; height?: number } = {}): Promise<Blob> {
    return exportChartPng(this.#exportSource(), options);
  }

  /**
   * The chart redrawn at a given size (offscreen, then removed) and exported as SVG.
   * @example await element.exportSvgAt(1920, 1080);
   */
  exportSvgAt(width: number, height: number): Promise<string> {
    return exportChartSvgAt(this.#exportSource(), width, height);
  }
}

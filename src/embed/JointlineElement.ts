import { el } from "../components/shared/el";
import { renderContentNote } from "../components/shared/renderContentNote";
import { renderIssues } from "../components/shared/renderIssues";
import { adoptStyle, canAdoptStyles, rootClass, themeCss } from "../components/shared/theme";
import { collectCss, downloadBlob, exportSvg, svgToPng } from "../export";
import { t } from "../i18n/catalog";
import { loadLocale } from "../i18n/loadLocale";
import { parseDataset } from "../io/parseDataset";
import type { Dataset, DatasetInput, Issue } from "../model";
import { hasErrors } from "../model/issue";
import {
  type EmbedAttributes,
  embedAttributeNames,
  parseEmbedAttributes,
} from "../views/embedAttributes";
import type { ChartHandle, EmbedView } from "../views/embedView";
import { mainSvg } from "../views/mainSvg";
import { childrenParsed } from "./childrenParsed";
import { elementEmbedCode, showEmbedCodeDialog } from "./embedCodeDialog";
import { embedCss, hostThemeCss } from "./embedCss";
import { frameAllowedOrigins } from "./JointlineFrame";
import { type EmbedData, loadEmbedData } from "./loadEmbedData";
import { presentOverlay } from "./presentOverlay";
import { type MenuAction, renderExportMenu } from "./renderExportMenu";
import { scriptBase } from "./scriptBase";

/** `detail` of `jointline-load` and `jointline-error`: the dataset (if usable) and every issue. */
export interface JointlineLoadDetail {
  dataset: Dataset | undefined;
  issues: Issue[];
}

export type { MenuAction } from "./renderExportMenu";

// Outside a browser (Node importing the module for its types) there is no HTMLElement to extend.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/** The URL of the script that defined the elements, for the default iframe page beside it. */
const scriptUrl =
  typeof document !== "undefined" && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : "";

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
 * Events (bubbling, composed): `jointline-load` and `jointline-error`, with
 * {@link JointlineLoadDetail}; the chart's own events (`timeline-select`…) bubble out too.
 */
export class JointlineElement extends Base {
  /** The chart this element draws; set by each subclass. */
  static view: EmbedView;
  static get observedAttributes(): readonly string[] {
    return embedAttributeNames;
  }

  #shadow: ShadowRoot | undefined;
  #root: HTMLDivElement | undefined;
  #handle: ChartHandle | undefined;
  #loaded: EmbedData | undefined;
  #given: unknown;
  #attributes: EmbedAttributes | undefined;
  #abort: AbortController | undefined;
  #pending = false;
  #reload = true;
  #ready: Promise<void> = Promise.resolve();
  #settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;

  /** The view of this element's class. */
  get view(): EmbedView {
    return (this.constructor as typeof JointlineElement).view;
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
      if (canAdoptStyles(this.#shadow) || !scriptBase) {
        adoptStyle(this.#shadow, "theme", hostThemeCss(themeCss));
        adoptStyle(this.#shadow, "embed", [...this.view.css, embedCss].join("\n"));
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
    queueMicrotask(() => void this.#run().catch((error: unknown) => this.#fail(error)));
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
    const message = error instanceof Error ? error.message : String(error);
    const issues: Issue[] = [
      ...(this.#loaded?.issues ?? []),
      {
        code: "render_failed",
        severity: "error",
        path: [],
        message: `The chart could not be drawn: ${message}`,
        hint: "check the element's attributes (locale, width, start/end); if they look right, please report this with the data",
      },
    ];
    this.#root?.replaceChildren(renderIssues(this.ownerDocument, issues));
    const detail: JointlineLoadDetail = { dataset: this.#loaded?.data, issues };
    this.dispatchEvent(
      new CustomEvent("jointline-error", { detail, bubbles: true, composed: true }),
    );
    this.#settle?.reject(error);
    this.#settle = undefined;
  }

  async #run(): Promise<void> {
    this.#pending = false;
    const attributes = parseEmbedAttributes((name) => this.getAttribute(name));
    this.#attributes = attributes;
    // The locale's words load beside the data (never rejects: English meanwhile).
    const localeReady = attributes.locale ? loadLocale(attributes.locale) : undefined;
    if (this.#reload || !this.#loaded) {
      this.#reload = false;
      this.#abort?.abort();
      const abort = new AbortController();
      this.#abort = abort;
      // A script tag before the element defines it as soon as the parser meets the element,
      // before its inline `<script type="application/json">` child is parsed: wait for it.
      if (this.#given === undefined && attributes.src === undefined) await childrenParsed(this);
      // Inside the iframe page, `src` came from a query string anyone can write.
      const frame = this.closest("jointline-frame");
      const loaded: EmbedData =
        this.#given !== undefined
          ? // Validated like a file: `element.data = JSON.parse(text)` is not a parsed Dataset.
            { ...parseDataset(this.#given), origin: "data property" }
          : await loadEmbedData(this, {
              ...(attributes.src !== undefined ? { src: attributes.src } : {}),
              ...(attributes.format !== undefined ? { format: attributes.format } : {}),
              ...(frame ? { allowedOrigins: frameAllowedOrigins(frame) } : {}),
              signal: abort.signal,
            });
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
      this.#draw(attributes, false);
    }
    if (!this.#pending) {
      this.#settle?.resolve();
      this.#settle = undefined;
    }
  }

  #draw(attributes: EmbedAttributes, fresh: boolean): void {
    const root = this.#root!;
    const document = this.ownerDocument;
    const dataset = this.#loaded?.data;
    root.dataset.theme = attributes.theme === "slide" ? "light" : attributes.theme;
    root.dataset.view = this.view.name;
    if (!dataset) {
      this.#handle?.destroy();
      this.#handle = undefined;
      root.replaceChildren(renderIssues(document, this.#loaded?.issues ?? []));
      return;
    }
    const options = this.view.options(attributes, dataset);
    if (!fresh && this.#handle?.update) {
      this.#handle.update(options);
      this.#renderProblems(attributes);
      return;
    }
    this.#handle?.destroy();
    this.#handle = undefined;
    root.replaceChildren();
    if (dataset.contentNote)
      root.append(
        renderContentNote(document, dataset.contentNote, t(attributes.locale, "chart.contentNote")),
      );
    this.#renderProblems(attributes);
    const chart = el(document, "div", "jl-embed-chart");
    root.append(chart);
    this.#handle = this.view.create(chart, dataset, options);
    // The menu goes under the chart, beside its sources, as news graphics put "share" links.
    if (attributes.menu)
      root.append(
        renderExportMenu(
          this.ownerDocument,
          this.menuActions(),
          (action, error) =>
            this.#status(
              t(attributes.locale, "embed.failed", {
                action: action.label,
                error: (error as Error).message,
              }),
            ),
          attributes.locale,
        ),
      );
  }

  #renderProblems(attributes: EmbedAttributes): void {
    const root = this.#root!;
    root.querySelector(".jl-embed-problems")?.remove();
    if (attributes.problems.length === 0) return;
    // Shown, not only logged: whoever wrote the tag is looking at the page, not the console.
    const note = el(
      this.ownerDocument,
      "p",
      "jl-embed-problems",
      t(attributes.locale, "embed.ignored", { problems: attributes.problems.join("; ") }),
    );
    const note0 = root.querySelector(".jl-content-note");
    if (note0) note0.after(note);
    else root.prepend(note);
  }

  /** The actions of the export menu; subclasses add theirs (presentation mode). */
  protected menuActions(): MenuAction[] {
    const name = this.#fileName();
    const locale = this.configuration.locale;
    return [
      {
        label: t(locale, "embed.downloadSvg"),
        run: () =>
          this.#download(new Blob([this.exportSvg()], { type: "image/svg+xml" }), `${name}.svg`),
      },
      {
        label: t(locale, "embed.downloadPng"),
        run: async () => this.#download(await this.exportPng(), `${name}.png`),
      },
      {
        label: t(locale, "embed.downloadPng2x"),
        run: async () => this.#download(await this.exportPng({ scale: 2 }), `${name}@2x.png`),
      },
      {
        label: t(locale, "embed.downloadSlides"),
        run: async () =>
          this.#download(
            await this.exportPng({ width: 1920, height: 1080 }),
            `${name}-1920x1080.png`,
          ),
      },
      {
        label: t(locale, "embed.code"),
        run: () => showEmbedCodeDialog(this.#root!, this.#buildEmbedCode(), locale),
      },
      ...(this.view.name === "timeline" || this.view.name === "dashboard"
        ? [{ label: t(locale, "embed.present"), run: () => this.present() }]
        : []),
    ];
  }

  /**
   * Opens presentation mode over the page, in fullscreen where the browser allows it: the events
   * one at a time in large type. Escape (or leaving fullscreen) closes it.
   * @example element.present();
   */
  async present(): Promise<void> {
    const dataset = this.#loaded?.data;
    if (dataset && this.#root) await presentOverlay(this.#root, dataset, this.configuration);
  }

  #fileName(): string {
    const title = this.#loaded?.data?.title ?? "chart";
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40);
    return `${slug || "chart"}-${this.view.name}`;
  }

  #download(blob: Blob, fileName: string): void {
    downloadBlob(this.ownerDocument, blob, fileName);
  }

  #status(text: string): void {
    const root = this.#root!;
    let status = root.querySelector(".jl-embed-status");
    if (!status) {
      status = el(this.ownerDocument, "p", "jl-embed-status");
      status.setAttribute("role", "status");
      root.querySelector(".jl-embed-bar")?.before(status);
    }
    status.textContent = text;
  }

  /**
   * The iframe embed code for this chart, or undefined when there is none to give: the data is
   * inline (an iframe needs the data at a URL), or the page or data is not at an http(s) URL
   * (a `file://` page). {@link embedCodeProblem} says which.
   */
  embedCode(): string | undefined {
    const built = this.#buildEmbedCode();
    return typeof built === "string" ? built : undefined;
  }

  /** Why {@link embedCode} gives nothing, in words for the reader; undefined when it gives code. */
  embedCodeProblem(): string | undefined {
    const built = this.#buildEmbedCode();
    return typeof built === "string" ? undefined : built.problem;
  }

  #buildEmbedCode(): string | { problem: string } {
    return elementEmbedCode(this, {
      view: this.view.name,
      attributes: this.configuration,
      scriptUrl,
      ...(this.#loaded?.data?.title !== undefined ? { dataTitle: this.#loaded.data.title } : {}),
    });
  }

  /** The chart's main SVG in the shadow root. */
  chartSvg(): SVGSVGElement | null {
    if (!this.#handle) return null;
    return this.view.svgOf?.(this.#handle) ?? mainSvg(this.#handle.element);
  }

  /**
   * The chart as a self-contained SVG document (styles inlined, the page's theme applied).
   * @example const text = element.exportSvg();
   */
  exportSvg(): string {
    const svg = this.chartSvg();
    if (!svg) throw new Error("There is no chart to export.");
    const note = this.#loaded?.data?.contentNote;
    return exportSvg(svg, note ? { note } : {});
  }

  /**
   * The chart as PNG: at the chart's size times `scale`, or redrawn at `width`×`height`
   * (1920×1080 for slides) offscreen.
   * @example const blob = await element.exportPng({ scale: 2 });
   */
  async exportPng(
    options: { scale?: number; width?: number; height?: number } = {},
  ): Promise<Blob> {
    if (options.width !== undefined && options.height !== undefined) {
      return svgToPng(this.exportSvgAt(options.width, options.height), {
        scale: options.scale ?? 1,
      });
    }
    return svgToPng(this.exportSvg(), { scale: options.scale ?? 1 });
  }

  /**
   * The chart redrawn at a given size (offscreen, then removed) and exported as SVG.
   * @example element.exportSvgAt(1920, 1080);
   */
  exportSvgAt(width: number, height: number): string {
    const dataset = this.#loaded?.data;
    if (!dataset || !this.#root) throw new Error("There is no chart to export.");
    const attributes = { ...this.configuration, width, height };
    const box = el(this.ownerDocument, "div", "jl-embed-offscreen");
    box.setAttribute("aria-hidden", "true");
    box.style.cssText = `position:absolute;left:-100000px;top:0;width:${width}px;height:${height}px;overflow:hidden`;
    this.#root.append(box);
    const handle = this.view.create(box, dataset, {
      ...this.view.options(attributes, dataset),
      width,
      height,
    });
    try {
      const svg = this.view.svgOf?.(handle) ?? mainSvg(handle.element);
      if (!svg) throw new Error("There is no chart to export.");
      return exportSvg(svg, {
        width,
        height,
        css: collectCss(svg),
        ...(dataset.contentNote ? { note: dataset.contentNote } : {}),
      });
    } finally {
      handle.destroy();
      box.remove();
    }
  }
}

import { datasetNow } from "../../derive/datasetNow";
import { t } from "../../i18n/catalog";
import type { Event as DataEvent, Dataset } from "../../model";
import { withLocale } from "../../time/normalizeLocale";
import { mergeOptions } from "../shared/accessor";
import type { Chart, ChartData } from "../shared/chart";
import { createIssueReport, emptyDataset, readChartData } from "../shared/chartData";
import { createDisposables, dispatch } from "../shared/dispatch";
import { el } from "../shared/el";
import { eventDateText, eventKindText, renderFigureClaims } from "../shared/renderEventDetails";
import { renderLink } from "../shared/renderLink";
import { adoptStyle, adoptTheme, rootClass, type ThemeName } from "../shared/theme";
import { createTimeline, type Timeline } from "../timeline/createTimeline";
import type { TimelineOptions } from "../timeline/options";
import { type PresentationStep, presentationKey, presentationSteps } from "./presentationSteps";
import { presentationCss } from "./style";

/** Options of {@link createPresentation}; every one has a default. */
export interface PresentationOptions {
  /**
   * The step shown first: 0 is the overview (the whole timeline and the dataset's title), 1 the
   * earliest event, and so on. Default 0.
   * @example { step: 3 }
   */
  step?: number;
  /** BCP 47 locale of dates and numbers. Default `"en"`. @example { locale: "fr" } */
  locale?: string;
  /**
   * `slide` (default: large type, high contrast on white), or a component theme (`dark`,
   * `high-contrast`…) for a darkened room.
   * @example { theme: "dark" }
   */
  theme?: "slide" | ThemeName;
  /** More options for the timeline on the stage (lanes, scale…). Default: lanes by kind. */
  timeline?: TimelineOptions;
  /**
   * The most height in px the timeline takes above the details (it scrolls past it). Default 300.
   * @example { stageHeight: 420 }
   */
  stageHeight?: number;
  /**
   * Listen for the presentation keys on the whole document, not only when the presentation
   * has focus — for a page that is only the presentation. Default false.
   */
  globalKeys?: boolean;
}

/** `detail` of `presentation-step`: the step shown and its event (null on the overview). */
export interface PresentationStepDetail {
  step: number;
  event: DataEvent | null;
}

/** The presentation's options with every default filled in. */
export type ResolvedPresentationOptions = Required<PresentationOptions>;

/**
 * The defaults of {@link PresentationOptions}.
 * @example defaultPresentationOptions.stageHeight; // 300
 */
export const defaultPresentationOptions: ResolvedPresentationOptions = {
  step: 0,
  locale: "en",
  theme: "slide",
  timeline: {},
  stageHeight: 300,
  globalKeys: false,
};

/**
 * Fills in the defaults with the shared `mergeOptions`; `undefined` values count as unset.
 * @example resolvePresentationOptions({ theme: "dark" }).locale; // "en"
 */
export function resolvePresentationOptions(
  options: PresentationOptions = {},
): ResolvedPresentationOptions {
  return withLocale(mergeOptions(defaultPresentationOptions, options));
}

/** The presentation's root element; `value` is the id of the event shown (null on the overview). */
export type PresentationElement = HTMLDivElement & { readonly value: string | null };

/**
 * A presentation's handle: the {@link Chart} contract, where ids are event ids (`select(id)`
 * and `focus(id)` go to that event's step, `select(null)` to the overview; `highlight` passes to
 * the timeline), plus the verbs of a slide show. Verbs called from code move without a key
 * press; every move, however made, dispatches `presentation-step` on `element`.
 *
 * - `element` — the root; focus it for the keys; `presentation-step` is dispatched here.
 * - `step` / `count` — the step shown (0 = overview) and the number of steps after it.
 * - `next()`, `previous()`, `goTo(step)` — move (clamped to the steps there are).
 * - `fullscreen()` — toggles fullscreen on `element` where the browser allows it; rejects where
 *   it refuses (and the Fullscreen button is hidden from then on).
 * - `timeline` — the timeline on the stage.
 * - `destroy()` — removes every node, listener and stylesheet it added.
 */
export interface Presentation extends Chart<PresentationOptions, string | null> {
  readonly element: PresentationElement;
  readonly step: number;
  readonly count: number;
  next(): void;
  previous(): void;
  goTo(step: number): void;
  fullscreen(): Promise<void>;
  readonly timeline: Timeline;
}

/**
 * Presentation mode for a classroom: the dataset's events one at a time, in time order. Each
 * step zooms the timeline to the event and shows its details in large type — date with its
 * real precision, title, summary, figures with their qualifiers and linked sources, actors.
 * Arrow keys, PageUp/PageDown (what presentation clickers send), Space, Home/End move; F toggles
 * fullscreen. The "slide" theme is large and high-contrast.
 *
 * @example
 * const show = createPresentation(document.querySelector("#stage")!, dataset);
 * show.element.focus();
 * show.element.addEventListener("presentation-step", (e) => console.log(e.detail.step));
 */
export function createPresentation(
  container: HTMLElement,
  input: ChartData,
  options: PresentationOptions = {},
): Presentation {
  const document = container.ownerDocument;
  const bag = createDisposables();
  // Styles go where the container is: its shadow root inside a web component, else the page.
  const scope = container.getRootNode();
  const styleTarget = scope.nodeType === 11 && "host" in scope ? (scope as ShadowRoot) : document;
  bag.add(adoptTheme(styleTarget));
  bag.add(adoptStyle(styleTarget, "presentation", presentationCss));
  let given: PresentationOptions = { ...options };
  let opts = resolvePresentationOptions(given);
  let { dataset: loaded, issues } = readChartData(input);
  let dataset: Dataset = loaded ?? emptyDataset();
  let steps: PresentationStep[] = [];
  const context = {
    actors: new Map<string, Dataset["actors"][number]>(),
    sources: new Map<string, Dataset["sources"][number]>(),
    locale: opts.locale,
  };

  const root = el(document, "div", `${rootClass} jl-presentation`) as PresentationElement;
  Object.defineProperty(root, "value", {
    get: () => steps[step - 1]?.event.id ?? null,
    configurable: true,
  });
  root.tabIndex = 0;
  root.setAttribute("role", "region");
  root.setAttribute("aria-roledescription", "presentation");
  /** Takes a dataset's steps, actors and sources. */
  const load = () => {
    const now = datasetNow(dataset);
    steps = presentationSteps(dataset, now === undefined ? {} : { now });
    context.actors = new Map(dataset.actors.map((a) => [a.id, a]));
    context.sources = new Map(dataset.sources.map((s) => [s.id, s]));
    root.setAttribute("aria-label", `${dataset.title}: presentation of ${steps.length} events`);
  };
  load();
  const bar = el(document, "div", "jl-presentation-bar");
  const count = el(document, "span", "jl-presentation-count");
  const button = (label: string, title: string, run: () => void) => {
    const b = el(document, "button", undefined, label);
    b.type = "button";
    b.title = title;
    b.setAttribute("aria-label", title);
    bag.listen(b, "click", run);
    return b;
  };
  const previousButton = button("◀", t(opts.locale, "presentation.previous"), () => api.previous());
  const nextButton = button("▶", t(opts.locale, "presentation.next"), () => api.next());
  // A refusal (an iframe without allow="fullscreen", a browser setting) hides the button.
  const fullButton = button(
    t(opts.locale, "presentation.fullscreen"),
    t(opts.locale, "presentation.fullscreenKey"),
    () => void api.fullscreen().catch(() => {}),
  );
  if (document.fullscreenEnabled === false || typeof root.requestFullscreen !== "function")
    fullButton.hidden = true;
  bar.append(count, previousButton, nextButton, fullButton);
  const stage = el(document, "div", "jl-presentation-stage");
  const slide = el(document, "section", "jl-presentation-slide");
  slide.setAttribute("aria-live", "polite");
  root.append(bar, stage, slide);
  container.append(root);

  const applyTheme = () => {
    const theme = opts.theme;
    root.dataset.theme = theme === "slide" ? "light" : theme;
    root.classList.toggle("jl-slide", theme === "slide");
  };
  applyTheme();
  const timelineOptions = (): TimelineOptions => ({
    lanes: "kind",
    // The stage steps through the events by zooming the time axis: horizontal at any width.
    orientation: "horizontal",
    ...opts.timeline,
    locale: opts.locale,
    theme: opts.theme === "slide" ? "light" : opts.theme,
    contentNote: false,
    fontSize: 17,
    rowHeight: 34,
    toolbar: false,
    sourcesFooter: false,
    maxHeight: opts.stageHeight,
  });
  const timeline = createTimeline(stage, dataset, timelineOptions());
  const report = createIssueReport(root);
  let step = -1;

  function renderOverview(): void {
    slide.replaceChildren(el(document, "h2", undefined, dataset.title));
    if (dataset.description) slide.append(el(document, "p", undefined, dataset.description));
    slide.append(
      el(
        document,
        "p",
        "jl-presentation-source",
        `${steps.length} events. Press → or PageDown to step through them.`,
      ),
    );
  }

  function renderStep(current: PresentationStep): void {
    const { event } = current;
    const when = el(
      document,
      "p",
      "jl-presentation-when",
      `${event.dateLabel ?? eventDateText(event, context.locale)} · ${eventKindText(event, context.locale)}`,
    );
    const title = el(document, "h2", undefined, event.title);
    slide.replaceChildren(when, title);
    if (event.summary) slide.append(el(document, "p", undefined, event.summary));
    const figures = renderFigureClaims(document, event, context);
    if (figures.length) {
      const list = el(document, "ul", "jl-presentation-figures");
      list.append(...figures);
      slide.append(list);
    }
    const actors = event.actors
      .map((a) => context.actors.get(a.actor)?.shortName ?? context.actors.get(a.actor)?.name)
      .filter((name): name is string => Boolean(name));
    if (actors.length)
      slide.append(el(document, "p", "jl-presentation-source", actors.join(" · ")));
    const sources = el(
      document,
      "p",
      "jl-presentation-source",
      t(opts.locale, "details.sourcesLead"),
    );
    event.sources.forEach((id, i) => {
      const source = context.sources.get(id);
      if (i > 0) sources.append("; ");
      sources.append(source ? renderLink(document, source.publisher, source.url) : id);
    });
    slide.append(sources);
  }

  function show(next: number, force = false): void {
    const target = Math.max(0, Math.min(steps.length, Math.round(next)));
    if (target === step && !force) return;
    step = target;
    count.textContent =
      step === 0
        ? t(opts.locale, "presentation.overview", { n: steps.length })
        : `${step} / ${steps.length}`;
    previousButton.disabled = step === 0;
    nextButton.disabled = step === steps.length;
    const current = steps[step - 1];
    if (current) {
      timeline.zoomTo(current.window);
      timeline.select(current.event.id);
      renderStep(current);
    } else {
      timeline.select(null);
      timeline.zoomTo(null);
      renderOverview();
    }
    dispatch<PresentationStepDetail>(root, "presentation-step", {
      step,
      event: current?.event ?? null,
    });
  }

  const onKey = (raw: Event) => {
    const event = raw as KeyboardEvent;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    // Buttons and links keep Enter and Space; text fields keep every key.
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (
      target &&
      /^(BUTTON|A)$/.test(target.tagName) &&
      (event.key === "Enter" || event.key === " ")
    )
      return;
    const move = presentationKey(event.key, event.shiftKey);
    if (!move) return;
    event.preventDefault();
    // The timeline's own arrow-key navigation would fight the steps.
    event.stopPropagation();
    if (move === "next") api.next();
    else if (move === "previous") api.previous();
    else if (move === "first") api.goTo(0);
    else if (move === "last") api.goTo(steps.length);
    else void api.fullscreen().catch(() => {});
  };
  bag.listen(root, "keydown", onKey, { capture: true });
  if (opts.globalKeys) {
    bag.listen(document, "keydown", (event) => {
      if (!root.contains(event.target as Node)) onKey(event);
    });
  }

  const api: Presentation = {
    element: root,
    get step() {
      return step;
    },
    get count() {
      return steps.length;
    },
    timeline,
    next: () => show(step + 1),
    previous: () => show(step - 1),
    goTo: (n) => show(n),
    async fullscreen() {
      try {
        if (document.fullscreenElement === root) await document.exitFullscreen?.();
        else await root.requestFullscreen?.();
      } catch (error) {
        fullButton.hidden = true;
        throw error;
      } finally {
        root.focus();
      }
    },
    update(partial) {
      const before = JSON.stringify(timelineOptions());
      given = { ...given, ...partial };
      opts = resolvePresentationOptions(given);
      context.locale = opts.locale;
      applyTheme();
      // A slide deck moves by setting `step`: redraw the timeline only when its options change.
      if (JSON.stringify(timelineOptions()) !== before) timeline.update(timelineOptions());
      show(partial.step ?? step, true);
    },
    setData(next) {
      ({ dataset: loaded, issues } = readChartData(next));
      dataset = loaded ?? emptyDataset();
      report.show(null);
      load();
      timeline.setData(dataset);
      show(Math.min(step, steps.length), true);
      report.show(issues);
    },
    select(id) {
      show(id === null ? 0 : (stepOf(id) ?? step));
    },
    highlight(ids) {
      timeline.highlight(ids);
    },
    focus(id) {
      const target = stepOf(id);
      if (target === undefined) return;
      show(target);
      root.focus();
    },
    destroy() {
      if (document.fullscreenElement === root) void document.exitFullscreen?.();
      timeline.destroy();
      bag.dispose();
      report.show(null);
      root.remove();
    },
  };
  /** The step that shows an event, if it has one. */
  function stepOf(id: string): number | undefined {
    const index = steps.findIndex((s) => s.event.id === id);
    return index < 0 ? undefined : index + 1;
  }
  show(opts.step, true);
  report.show(issues);
  return api;
}

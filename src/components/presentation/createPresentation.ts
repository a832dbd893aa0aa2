// Over 400 lines, on purpose for now: the presentation's one lifecycle closure — the stage, the
// keys (which presentation owns them), the type unit and the timeline handle are shared by the
// step, overview and fit code. renderStep/renderOverview are the next to move into their files.
import { datasetNow } from "../../derive/datasetNow";
import type { DataEvent, Dataset } from "../../model";
import { withLocale } from "../../time/normalizeLocale";
import { mergeOptions } from "../shared/accessor";
import type { Chart, ChartData } from "../shared/chart";
import { createIssueReport, emptyDataset, readChartData } from "../shared/chartData";
import { createDisposables, dispatch } from "../shared/dispatch";
import { el } from "../shared/el";
import { adoptStyle, adoptTheme, rootClass, type ThemeName } from "../shared/theme";
import { createTimeline, type Timeline } from "../timeline/createTimeline";
import { cssEscape } from "../timeline/emphasis";
import type { TimelineOptions } from "../timeline/options";
import { fillsContainer } from "./fillsContainer";
import { claimKeys, isFocusFree, keyOwner, preferKeys } from "./keyOwner";
import { lanesOutOfView } from "./lanesOutOfView";
import { tPresentation } from "./messages";
import { plotBand } from "./plotBand";
import { type PresentationStep, presentationKey, presentationSteps } from "./presentationSteps";
import { presentationUnit } from "./presentationUnit";
import { renderOverviewText, renderStepText } from "./slideText";
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
   * The most height in px the timeline takes above the details (its lanes scroll past it, with a
   * visible "more lanes" button). Default 0: the timeline takes all the height the step's text
   * leaves, so it grows with the screen.
   * @example { stageHeight: 420 }
   */
  stageHeight?: number;
  /**
   * Whether the keys work without focusing the presentation first: on by default, the arrow
   * keys, PageUp/PageDown, Space, Home/End and F move the presentation as soon as it is on the
   * page, whenever focus is on no other control (a text field, a button, a link or another
   * chart keeps its keys). With several presentations on a page, the one last focused (else the
   * first) takes them; a hidden one never does. Set `false` where the page has its own keys
   * for these (a reveal.js deck): the presentation then answers only while it has focus.
   * Default true.
   * @example { globalKeys: false }
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
  stageHeight: 0,
  globalKeys: true,
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
 * fullscreen. The keys work as soon as the presentation is on the page, without a click, while
 * focus is on no other control (`globalKeys`). The "slide" theme is large and high-contrast.
 *
 * The presentation fills its container's height where the container has one (a CSS height, a
 * fullscreen or fixed box), else the window's height; the timeline takes what the step's text
 * leaves, and the type grows with the size (24 px and up on a 1920 × 1080 screen). The event of
 * each step is always in view, its lane scrolled to; where the lanes do not all fit, a button
 * under them says how many more there are and scrolls to them.
 *
 * @example
 * const show = createPresentation(document.querySelector("#stage")!, dataset, { step: 3 });
 * show.element.addEventListener("presentation-step", (e) => console.log(e.detail.step));
 */
export function createPresentation(
  container: HTMLElement,
  input: ChartData,
  options: PresentationOptions = {},
): Presentation {
  const document = container.ownerDocument;
  const view = document.defaultView;
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
  const previousButton = button("◀", tPresentation(opts.locale, "presentation.previous"), () =>
    api.previous(),
  );
  const nextButton = button("▶", tPresentation(opts.locale, "presentation.next"), () => api.next());
  // A refusal (an iframe without allow="fullscreen", a browser setting) hides the button.
  const fullButton = button(
    tPresentation(opts.locale, "presentation.fullscreen"),
    tPresentation(opts.locale, "presentation.fullscreenKey"),
    () => void api.fullscreen().catch(() => {}),
  );
  if (document.fullscreenEnabled === false || typeof root.requestFullscreen !== "function")
    fullButton.hidden = true;
  bar.append(count, previousButton, nextButton, fullButton);
  const stage = el(document, "div", "jl-presentation-stage");
  // Shown when the lanes do not all fit: says what is cut off and scrolls to it.
  const more = el(document, "div", "jl-presentation-more");
  const moreButton = el(document, "button");
  moreButton.type = "button";
  more.append(moreButton);
  more.hidden = true;
  const slide = el(document, "section", "jl-presentation-slide");
  slide.setAttribute("aria-live", "polite");
  const text = el(document, "div", "jl-presentation-text");
  // The event's image (media) goes here, beside the text: empty, it takes no room.
  const media = el(document, "div", "jl-presentation-media");
  slide.append(text, media);
  const slideParts = { text, media };
  root.append(bar, stage, slide);
  container.append(root);

  const applyTheme = () => {
    const theme = opts.theme;
    root.dataset.theme = theme === "slide" ? "light" : theme;
    root.classList.toggle("jl-slide", theme === "slide");
  };
  applyTheme();

  // The type unit and the room the lanes get, both from the presentation's size (`fitToSize`).
  let unit = 16;
  let lanesHeight = 0;
  let rowHeight = 27;
  /** Sizes the presentation to its container (or the window) and takes its type unit. */
  const fitToSize = () => {
    root.classList.toggle("jl-presentation-fill", fillsContainer(container));
    unit = presentationUnit(root.clientWidth, root.clientHeight);
    rowHeight = Math.round(unit * 1.7);
    root.style.setProperty("--jl-present-unit", `${unit}px`);
  };
  fitToSize();
  const timelineOptions = (): TimelineOptions => ({
    lanes: "kind",
    // The stage steps through the events by zooming the time axis: horizontal at any width.
    orientation: "horizontal",
    ...opts.timeline,
    locale: opts.locale,
    theme: opts.theme === "slide" ? "light" : opts.theme,
    contentNote: false,
    fontSize: unit,
    rowHeight,
    toolbar: false,
    sourcesFooter: false,
    maxHeight: lanesHeight,
  });
  const timeline = createTimeline(stage, dataset, timelineOptions());
  stage.append(more);
  const report = createIssueReport(root);
  let step = -1;

  const plotOf = () => timeline.element.querySelector<HTMLElement>(".jl-plot");
  /**
   * Gives the lanes the stage's height less the timeline's legend (and the "more lanes" button
   * when they do not all fit), so that the chart grows with the room the step's text leaves (at
   * most `stageHeight` where set); lanes that leave room spare get taller rows, up to 3 units.
   */
  function layoutStage(): void {
    const plot = plotOf();
    // Nothing to measure: not laid out (hidden, or a Node render).
    if (!plot || stage.clientHeight === 0) return;
    const chrome = timeline.element.offsetHeight - plot.offsetHeight;
    let room = Math.floor(stage.clientHeight - chrome);
    if (opts.stageHeight > 0) room = Math.min(room, opts.stageHeight);
    room = Math.max(room, unit * 6);
    const base = Math.round(unit * 1.7);
    const { axis } = plotBand(plot);
    // The lanes' height at the base row height, read from what is drawn at the current one.
    const lanes = ((plot.scrollHeight - axis) * base) / rowHeight;
    const fits = axis + lanes <= room;
    more.hidden = fits;
    if (!fits) room -= more.offsetHeight;
    const rows = fits
      ? Math.max(base, Math.min(unit * 3, Math.floor((base * (room - axis)) / Math.max(1, lanes))))
      : base;
    if (Math.abs(room - lanesHeight) < 1 && rows === rowHeight) return;
    lanesHeight = room;
    rowHeight = rows;
    timeline.update({ maxHeight: lanesHeight, rowHeight });
  }

  /** Scrolls the lanes so that the step's event is in view below the axis kept in view. */
  function reveal(): void {
    const plot = plotOf();
    const id = steps[step - 1]?.event.id;
    if (!plot || !id || plot.scrollHeight <= plot.clientHeight) return;
    const mark = plot.querySelector(`.jl-mark[data-key="${cssEscape(id)}"]`);
    if (!mark) return;
    const { top, bottom } = plotBand(plot);
    const at = mark.getBoundingClientRect();
    if (at.top >= top && at.bottom <= bottom) return;
    // Centred in the part of the plot under the axis.
    plot.scrollTop += (at.top + at.bottom) / 2 - (top + bottom) / 2;
  }

  /** Shows or hides the "more lanes" button from what the plot cuts off now. */
  function updateMore(): void {
    const plot = plotOf();
    const { below, above } = plot ? lanesOutOfView(plot, opts.locale) : { below: [], above: [] };
    if (below.length === 0 && above.length === 0) {
      moreButton.disabled = true;
      return;
    }
    moreButton.disabled = false;
    const down = below.length > 0;
    const lanes = down ? below : above;
    moreButton.textContent = tPresentation(
      opts.locale,
      down ? "presentation.moreLanesBelow" : "presentation.moreLanesAbove",
      { n: lanes.length, lanes: lanes.join(", ") },
    );
    moreButton.dataset.direction = down ? "down" : "up";
  }
  bag.listen(moreButton, "click", () => {
    const plot = plotOf();
    if (!plot) return;
    const page = Math.max(unit * 2, plot.clientHeight - unit * 4);
    plot.scrollBy({ top: moreButton.dataset.direction === "down" ? page : -page });
    updateMore();
  });
  // The plot scrolls (wheel, touch, the button): scroll events do not bubble, but are captured.
  bag.listen(stage, "scroll", () => updateMore(), { capture: true, passive: true });

  function show(next: number, force = false): void {
    const target = Math.max(0, Math.min(steps.length, Math.round(next)));
    if (target === step && !force) return;
    step = target;
    count.textContent =
      step === 0
        ? tPresentation(opts.locale, "presentation.overview", { n: steps.length })
        : `${step} / ${steps.length}`;
    previousButton.disabled = step === 0;
    nextButton.disabled = step === steps.length;
    const current = steps[step - 1];
    if (current)
      renderStepText(document, slideParts, current, {
        ...context,
        images: opts.timeline.images ?? "on",
      });
    else renderOverviewText(document, slideParts, dataset, steps.length, opts.locale);
    if (current) {
      timeline.zoomTo(current.window);
      timeline.select(current.event.id);
    } else {
      timeline.select(null);
      timeline.zoomTo(null);
    }
    // After the text and the zoom: the lanes get the height the text leaves, rows as many as
    // this window shows.
    layoutStage();
    reveal();
    updateMore();
    dispatch<PresentationStepDetail>(root, "presentation-step", {
      step,
      event: current?.event ?? null,
    });
  }

  /** Refits after a resize (a window, fullscreen, a slide deck's scaling): type, lanes, view. */
  function refit(): void {
    const before = unit;
    fitToSize();
    if (unit !== before) timeline.update(timelineOptions());
    else timeline.update({});
    const current = steps[step - 1];
    if (current) timeline.zoomTo(current.window);
    layoutStage();
    reveal();
    updateMore();
  }
  if (view && "ResizeObserver" in view) {
    let frame = 0;
    let size = `${root.clientWidth}×${root.clientHeight}`;
    // Refit in the next frame, not inside the observer: resizing there would loop.
    const observer = new view.ResizeObserver(() => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        const now = `${root.clientWidth}×${root.clientHeight}`;
        if (now === size) return;
        size = now;
        refit();
      });
    });
    observer.observe(root);
    bag.add(() => {
      observer.disconnect();
      if (frame) view.cancelAnimationFrame(frame);
    });
  }

  const onKey = (raw: Event) => {
    const event = raw as KeyboardEvent;
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    // Buttons and links keep Enter and Space; text fields keep every key.
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (target?.isContentEditable) return;
    if (
      target &&
      /^(BUTTON|A|SUMMARY)$/.test(target.tagName) &&
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
  bag.add(claimKeys(root));
  bag.listen(root, "focusin", () => preferKeys(root));
  // Keys pressed with focus on nothing (the page just opened, or a click on its background)
  // belong to the presentation: no click on it first. Focus in a control elsewhere keeps them.
  bag.listen(document, "keydown", (event) => {
    if (!opts.globalKeys || !isFocusFree(document) || keyOwner(document) !== root) return;
    onKey(event);
  });

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

import type { DataEvent } from "../../model";
import { createCodeSlot } from "../shared/codeSlot";
import { renderEventHeading } from "../shared/eventText";
import { partFailureIssue } from "../shared/partFailure";
import type { renderEventDetails } from "../shared/renderEventDetails";
import { renderIssues } from "../shared/renderIssues";
import { bundledDetails } from "./bundledDetails";
import type { renderTablePage } from "./tablePage";

/**
 * The code a timeline runs only when a reader asks for more than the chart: the details panel
 * of a selected event and the tooltip's figures and sources (`renderEventDetails`), and the data
 * table (`renderTablePage`). In the ESM build it is imported with the timeline
 * ({@link bundledDetails}); the script-tag build leaves it out of the core and loads it as the
 * `details` part (src/entries/parts/details.ts) on first use: the first hover or focus of the
 * plot fetches it, so the first tooltip shows the event's title, kind and date (the core's
 * `renderEventHeading`) and the rest once it is here; a details panel opened before then shows
 * its frame, busy, with the same heading.
 */
export interface DetailsCode {
  renderEventDetails: typeof renderEventDetails;
  renderTablePage: typeof renderTablePage;
}

const slot = createCodeSlot<DetailsCode>(bundledDetails, "details");

/**
 * The details' code when it is here (always in the ESM build), else undefined: ask for it with
 * {@link loadDetailsCode}.
 * @example const rich = detailsCode()?.renderEventDetails(document, event, context);
 */
export const detailsCode = slot.get;

/**
 * Gives the details' code (a part that carries it).
 * @example provideDetailsCode({ renderEventDetails, renderTablePage });
 */
export const provideDetailsCode = slot.provide;

/**
 * Sets how the details' code is brought in where it is not bundled: the script-tag core loads
 * the `details` part (src/entries/iife.ts).
 * @example setDetailsLoader(async () => (await loadPart("details")).code);
 */
export const setDetailsLoader = slot.setLoader;

/**
 * The details' code, loading it on the first call (see `CodeSlot.load`).
 * @example const { renderTablePage } = await loadDetailsCode();
 */
export const loadDetailsCode = slot.load;

/**
 * Starts loading the details' code when it is not here (the first hover or focus of a plot), so
 * that the reader's first click finds it; a failure is reported where the code is used.
 * @example bag.listen(plot, "pointerenter", prefetchDetailsCode);
 */
export function prefetchDetailsCode(): void {
  if (!slot.get()) slot.load().catch(() => {});
}

/**
 * Fills an event's details panel (a timeline's, a network's event node's) with `render`'s nodes
 * after its close button. Where the details' code is not here yet (the `details` part of the
 * script-tag build) the panel shows its frame, busy, with the event's heading, and fills once
 * the part is here; a part that cannot load says so in the panel (`part_load_failed`). Once the
 * part settles, nothing is drawn unless `current()` still holds (the panel still shows this
 * event), and `settled` runs after.
 *
 * @example
 * fillEventDetails(panel, close, event, "en", (code) => [code.renderEventDetails(document, event, context)], () => selected === id);
 */
export function fillEventDetails(
  panel: HTMLElement,
  close: HTMLElement,
  event: DataEvent,
  locale: string | undefined,
  render: (code: DetailsCode) => Node[],
  current: () => boolean,
  settled?: () => void,
): void {
  const document = panel.ownerDocument;
  const fill = (children: Node[]) => {
    panel.removeAttribute("aria-busy");
    panel.replaceChildren(close, ...children);
  };
  const code = detailsCode();
  if (code) {
    fill(render(code));
    return;
  }
  panel.setAttribute("aria-busy", "true");
  panel.replaceChildren(close, ...renderEventHeading(document, event, locale));
  slot.load().then(
    (loaded) => {
      if (!current()) return;
      fill(render(loaded));
      settled?.();
    },
    (error: unknown) => {
      if (!current()) return;
      fill([
        renderIssues(document, [partFailureIssue(error, locale)], { heading: event.title, locale }),
      ]);
      settled?.();
    },
  );
}

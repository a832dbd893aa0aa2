import { t } from "../../i18n/catalog";
import type { DataEvent } from "../../model";
import type { TimeExtent } from "../../time/types";
import { eventDateText, eventKindText } from "../shared/eventText";
import { categoricalVariable } from "../shared/palette";
import type { LegendItem } from "../shared/renderLegend";
import { markCertainty } from "./layout/markCertainty";

// The data table's columns come with the `details` part of the script-tag build.
export { timelineTableColumns } from "./tableColumns";

/**
 * The accessible name of an event's mark: title, kind, date at its real precision (saying when
 * it is approximate or ongoing) and how many figures and sources it carries.
 *
 * @example
 * eventAriaLabel(event, extent, "en"); // "Operation Rescue, operation, 2008 – 16 Mar 2011, 10 figures, 4 sources"
 */
export function eventAriaLabel(event: DataEvent, extent: TimeExtent, locale: string): string {
  const parts = [event.title, eventKindText(event, locale), eventDateText(event, locale)];
  if (extent.approximate && !parts[2]!.includes(t(locale, "time.approximate")))
    parts.push(t(locale, "event.approximateDate"));
  if (event.figures.length) parts.push(t(locale, "event.figures", { n: event.figures.length }));
  parts.push(t(locale, "event.sources", { n: event.sources.length }));
  return parts.join(", ");
}

/** What a chart draws, so its legend names only that; see {@link timelineStylesPresent}. */
export interface TimelineStyles {
  kinds: ReadonlySet<DataEvent["kind"]>;
  /** Some date has a side that is not an exact day (drawn hatched, or as a hollow glyph). */
  range: boolean;
  /** Some span is ongoing (its end fades out). */
  ongoing: boolean;
  /** Some span has an open or unknown start (its start fades out). */
  openStart: boolean;
}

/**
 * The kinds and date styles a chart of these events draws: the same certainty test as the
 * marks (`markCertainty`), so the legend never explains a style the chart does not show.
 *
 * @example
 * timelineStylesPresent(enc.events, enc.extents).range; // false when every date is an exact day
 */
export function timelineStylesPresent(
  events: readonly DataEvent[],
  extents: readonly TimeExtent[],
): TimelineStyles {
  const kinds = new Set<DataEvent["kind"]>();
  let range = false;
  let ongoing = false;
  let openStart = false;
  events.forEach((event, i) => {
    kinds.add(event.kind);
    const e = extents[i];
    if (!e) return;
    const c = markCertainty(typeof event.when === "string" ? event.when : undefined, e);
    if (event.kind !== "operation") range ||= !(c.startExact && c.endExact);
    else {
      range ||= (!c.startExact && !e.openStart) || (!c.endExact && !e.openEnd);
      ongoing ||= e.openEnd;
      openStart ||= e.openStart;
    }
  });
  return { kinds, range, ongoing, openStart };
}

/**
 * Legend entries for the timeline: the kinds with their shapes and colours, and how uncertain
 * time is drawn (hatched range, hollow glyph, fading ongoing end) — only those `present` in the
 * chart when given.
 *
 * @example
 * renderLegend(document, timelineLegendItems(true, timelineStylesPresent(events, extents)), "Legend");
 */
export function timelineLegendItems(
  colourByKind = true,
  present?: TimelineStyles,
  locale = "en",
): LegendItem[] {
  const c = (i: number) => (colourByKind ? categoricalVariable(i) : "var(--jl-color-muted)");
  const has = (kind: DataEvent["kind"]) => !present || present.kinds.has(kind);
  const items: LegendItem[] = [];
  if (has("operation"))
    items.push({ label: t(locale, "legend.operation"), color: c(0), shape: "bar" });
  if (has("arrest"))
    items.push({ label: t(locale, "legend.arrest"), color: c(1), shape: "circle" });
  if (has("legislation"))
    items.push({
      label: t(locale, "legend.legislation"),
      color: c(2),
      shape: "diamond",
    });
  if (!present || present.range)
    items.push({
      label: t(locale, "legend.range"),
      color: "var(--jl-color-muted)",
      shape: "hatch",
    });
  if (!present || present.ongoing)
    items.push({
      label: t(locale, "legend.ongoing"),
      color: "var(--jl-color-muted)",
      shape: "fade",
    });
  if (present?.openStart)
    items.push({
      label: t(locale, "legend.openStart"),
      color: "var(--jl-color-muted)",
      shape: "fade",
    });
  return items;
}

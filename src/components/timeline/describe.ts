import { figureClaims } from "../../derive/figureClaims";
import type { Dataset, Event } from "../../model";
import type { TimeExtent } from "../../time/types";
import { el } from "../shared/el";
import { formatFigure, formatNumber, metricLabel } from "../shared/formatFigure";
import { categoricalVariable } from "../shared/palette";
import type { TableColumn } from "../shared/renderDataTable";
import { countryNames, eventDateText, eventKindText } from "../shared/renderEventDetails";
import type { LegendItem } from "../shared/renderLegend";
import { renderLink } from "../shared/renderLink";

/**
 * The accessible name of an event's mark: title, kind, date at its real precision (saying when
 * it is approximate or ongoing) and how many figures and sources it carries.
 *
 * @example
 * eventAriaLabel(event, extent, "en"); // "Operation Rescue, operation, 2008 – 16 Mar 2011, 10 figures, 4 sources"
 */
export function eventAriaLabel(event: Event, extent: TimeExtent, locale: string): string {
  const parts = [event.title, eventKindText(event), eventDateText(event, locale)];
  if (extent.approximate && !/approx/.test(parts[2]!)) parts.push("approximate date");
  if (event.figures.length)
    parts.push(`${event.figures.length} ${event.figures.length === 1 ? "figure" : "figures"}`);
  parts.push(`${event.sources.length} ${event.sources.length === 1 ? "source" : "sources"}`);
  return parts.join(", ");
}

/**
 * The columns of the timeline's data table: event (row header), kind, date (with the source's
 * wording), actors with roles, countries, figures as claims (ranges where sources differ) and
 * linked sources.
 *
 * @example
 * renderDataTable(document, "Events", dataset.events, timelineTableColumns(document, dataset, "en"));
 */
export function timelineTableColumns(
  document: Document,
  dataset: Dataset,
  locale: string,
): TableColumn<Event>[] {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return [
    { label: "Event", rowHeader: true, cell: (e) => e.title },
    { label: "Kind", cell: (e) => eventKindText(e) },
    {
      label: "Date",
      cell: (e) => {
        const text = eventDateText(e, locale);
        return e.dateLabel && e.dateLabel !== text ? `${text} (“${e.dateLabel}”)` : text;
      },
    },
    {
      label: "Actors",
      cell: (e) =>
        e.actors
          .map((a) => {
            const actor = actors.get(a.actor);
            return `${actor?.shortName ?? actor?.name ?? a.actor} (${a.role})`;
          })
          .join(", "),
    },
    { label: "Countries", cell: (e) => countryNames(e.countries, locale).join(", ") },
    {
      label: "Figures",
      cell: (e) =>
        figureClaims(e)
          .map((c) =>
            c.isConflict
              ? `${formatNumber(c.low, locale)}–${formatNumber(c.high, locale)} ${metricLabel(c.metric)} (sources differ)`
              : formatFigure({ ...c.figures[0]!, qualifier: c.lowQualifier }, locale),
          )
          .join("; "),
    },
    {
      label: "Sources",
      cell: (e) => {
        const span = el(document, "span");
        e.sources.forEach((id, i) => {
          if (i > 0) span.append(", ");
          const s = sources.get(id);
          span.append(s ? renderLink(document, s.publisher, s.url) : id);
        });
        return span;
      },
    },
  ];
}

/**
 * Legend entries for the timeline: the three kinds with their shapes and colours, and how
 * uncertain time is drawn (hatched range, hollow glyph, fading ongoing end).
 *
 * @example
 * renderLegend(document, timelineLegendItems(), "Legend");
 */
export function timelineLegendItems(colourByKind = true): LegendItem[] {
  const c = (i: number) => (colourByKind ? categoricalVariable(i) : "var(--jl-color-muted)");
  return [
    { label: "Operation (span)", color: c(0), shape: "bar" },
    { label: "Enforcement action", color: c(1), shape: "circle" },
    { label: "Legislative stage (joined per instrument)", color: c(2), shape: "diamond" },
    { label: "Date known only to a range", color: "var(--jl-color-muted)", shape: "hatch" },
    { label: "Ongoing", color: "var(--jl-color-muted)", shape: "fade" },
  ];
}

import { figureClaims } from "../../derive/figureClaims";
import type { DataEvent, Dataset } from "../../model";
import { tDetails } from "../shared/detailsMessages";
import { el } from "../shared/el";
import { countryNames, eventDateText, eventKindText } from "../shared/eventText";
import { formatFigure, formatNumber, metricLabel } from "../shared/formatFigure";
import type { TableColumn } from "../shared/renderDataTable";
import { renderLink } from "../shared/renderLink";

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
): TableColumn<DataEvent>[] {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return [
    { label: tDetails(locale, "table.event"), rowHeader: true, cell: (e) => e.title },
    { label: tDetails(locale, "table.kind"), cell: (e) => eventKindText(e, locale) },
    {
      label: tDetails(locale, "table.date"),
      cell: (e) => {
        const text = eventDateText(e, locale);
        return e.dateLabel && e.dateLabel !== text ? `${text} (“${e.dateLabel}”)` : text;
      },
    },
    {
      label: tDetails(locale, "table.actors"),
      cell: (e) =>
        e.actors
          .map((a) => {
            const actor = actors.get(a.actor);
            return `${actor?.shortName ?? actor?.name ?? a.actor} (${tDetails(locale, `role.${a.role}`)})`;
          })
          .join(", "),
    },
    {
      label: tDetails(locale, "table.countries"),
      cell: (e) => countryNames(e.countries, locale).join(", "),
    },
    {
      label: tDetails(locale, "table.figures"),
      cell: (e) =>
        figureClaims(e)
          .map((c) =>
            c.isConflict
              ? `${formatNumber(c.low, locale)}–${formatNumber(c.high, locale)} ${metricLabel(c.metric, undefined, locale)} ${tDetails(locale, "figure.sourcesDiffer")}`
              : formatFigure({ ...c.figures[0]!, qualifier: c.lowQualifier }, locale),
          )
          .join("; "),
    },
    {
      label: tDetails(locale, "table.sources"),
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

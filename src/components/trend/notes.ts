import {
  type Attribute,
  type Period,
  type PeriodTotal,
  severalFacet,
  type TotalsFacet,
  type UncountedFigure,
} from "../../derive/totalsByPeriod";
import type { Dataset, Qualifier } from "../../model";
import { formatNumber, qualifierText } from "../shared/formatFigure";
import { tTrend } from "./messages";
import { uncountedNote } from "./options";
import { facetWord as facetWordOf, periodWord } from "./toolbar";

/** What {@link trendNotes} needs to know about the chart. */
export interface TrendNotesInput {
  data: Pick<Dataset, "events" | "coverage">;
  rows: readonly PeriodTotal[];
  uncounted: readonly UncountedFigure[];
  metricLabel: string;
  period: Period;
  attribute: Attribute;
  facet: TotalsFacet;
  mode: "stacked" | "grouped";
  locale: string;
}

/** Whether a facet can give one event several values (an operation in several countries). */
export function isMultiValuedFacet(facet: TotalsFacet): boolean {
  return facet === "leadActor" || facet === "country" || facet === "tag";
}

/**
 * The notes drawn on a trend, saying what its bars are: that the events are a selection (where
 * the dataset says so), in which period an operation's whole figure counts, what bars by a
 * multi-valued facet mean (grouped: they overlap; stacked: "several" cannot be split), and which
 * related figures with other definitions were not counted.
 * @example trendNotes({ data, rows, uncounted, metricLabel: "arrests", period: "year", attribute: "announced", facet: "none", mode: "stacked", locale: "en" })
 */
export function trendNotes(input: TrendNotesInput): string[] {
  const { data, rows, period, attribute, facet, mode, metricLabel: label } = input;
  const multi = isMultiValuedFacet(facet);
  const { locale } = input;
  const facetWord = facetWordOf(facet, locale);
  const facetPlural = tTrend(
    locale,
    facet === "country"
      ? "trend.facets.country"
      : facet === "tag"
        ? "trend.facets.tag"
        : "trend.facets.leadActor",
  );
  const counts = tTrend(
    locale,
    attribute === "end"
      ? "trend.countsInEnd"
      : attribute === "start"
        ? "trend.countsInStart"
        : "trend.countsInAnnounced",
    {
      period: periodWord(period, locale),
      periods: tTrend(
        locale,
        period === "quarter"
          ? "trend.periods.quarter"
          : period === "month"
            ? "trend.periods.month"
            : "trend.periods.year",
      ),
    },
  );
  const notes = [
    data.coverage === "selection" ? `${tTrend(locale, "trend.selectionNote")} ${counts}` : counts,
  ];
  if (multi && mode === "grouped" && rows.some((r) => r.shared.length > 0))
    notes.push(
      tTrend(locale, "trend.groupedNote", {
        metric: label,
        facet: facetWord,
        facets: facetPlural,
        period: periodWord(period, locale),
      }),
    );
  if (multi && mode === "stacked" && rows.some((r) => r.facet === severalFacet))
    notes.push(tTrend(locale, "trend.stackedNote", { facet: facetWord, facets: facetPlural }));
  const titles = new Map(data.events.map((e) => [e.id, e.title]));
  const left = uncountedNote(
    input.uncounted,
    (id) => shortTitle(titles.get(id) ?? id),
    (value: number, qualifier: Qualifier) => {
      const words = qualifierText(qualifier, input.locale);
      return `${words ? `${words} ` : ""}${formatNumber(value, input.locale)}`;
    },
    locale,
  );
  if (left) notes.push(left);
  return notes;
}

/** An event's title up to its first colon ("Operation Pacifier (Playpen)"), for notes. */
function shortTitle(title: string): string {
  return title.split(":")[0]!.trim();
}

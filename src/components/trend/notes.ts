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
import { uncountedNote } from "./options";
import { facetWords } from "./toolbar";

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
  const facetWord = facetWords[facet as keyof typeof facetWords] ?? facet;
  const facetPlural = { leadActor: "lead actors", country: "countries", tag: "tags" }[
    facet as "leadActor"
  ];
  const verb = { announced: "was announced", end: "ended", start: "began" }[attribute];
  const notes = [
    `${data.coverage === "selection" ? "The events are a selection of publicised operations, not a measure of enforcement. " : ""}An operation's whole figure counts in the ${period} it ${verb}, not spread over the ${period}s it ran.`,
  ];
  if (multi && mode === "grouped" && rows.some((r) => r.shared.length > 0))
    notes.push(
      `Bars: ${label} in operations involving this ${facetWord}; an operation with several ${facetPlural} is counted in each, so the bars overlap and do not add up. The line is the ${period}'s total, each operation counted once.`,
    );
  if (multi && mode === "stacked" && rows.some((r) => r.facet === severalFacet))
    notes.push(
      `An operation with several ${facetPlural} is one segment, “several”, unless its sources give a figure per ${facetWord}: it cannot be split otherwise.`,
    );
  const titles = new Map(data.events.map((e) => [e.id, e.title]));
  const left = uncountedNote(
    input.uncounted,
    (id) => shortTitle(titles.get(id) ?? id),
    (value: number, qualifier: Qualifier) => {
      const words = qualifierText(qualifier, input.locale);
      return `${words ? `${words} ` : ""}${formatNumber(value, input.locale)}`;
    },
  );
  if (left) notes.push(left);
  return notes;
}

/** An event's title up to its first colon ("Operation Pacifier (Playpen)"), for notes. */
function shortTitle(title: string): string {
  return title.split(":")[0]!.trim();
}

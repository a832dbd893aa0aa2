import { defineMessages } from "../../i18n/defineMessages";

/**
 * The English of the trend chart's words: its toolbar, title, notes, summary, tables and tooltip. Shown only by the trend part, so they travel with it, not with the core. Translations: `src/i18n/locales/trend/<tag>.json`.
 * @example tTrend("fr", "trend.all");
 */
export const tTrend = defineMessages({
  // An event kind as a facet's value.
  "facet.arrest": "enforcement action",
  "facet.operation": "operation",
  "facet.legislation": "legislation",
  "trend.all": "all",
  "trend.noneGiven": "none given",
  "trend.several": "several",
  "trend.other": "other",
  "trend.summaryEmpty": "{title}: no figures reported.",
  "trend.summary": "{title}, {first} to {last}. The highest is {top} with {value}.",
  "trend.gapsNote":
    "A dotted gap marks a period with no reported event: no data, which is not the same as zero.",
  "trend.inexactNote":
    "{n} of {total} bars are lower bounds or estimates: they include figures reported as “at least”, “more than”, “nearly” or “about”, or the lowest of disagreeing sources.",
  "trend.reportedTotal": "reported total",
  "trend.lowerBound": "lower bound or estimate (≥, ≈)",
  "trend.periodTotal": "period total, each event once",
  "trend.data": "Trend data",
  "trend.lowerBoundBar":
    "A lower bound or estimate: the sum includes qualified figures or the lowest of disagreeing sources.",
  "trend.noFigure": "No {metric} reported",
  "trend.noFigureInWindow": "No event in this time window reports this figure.",
  "trend.noFigureAtAll": "No event reports this figure.",
  "trend.legend": "Trend legend",
  "trend.figure": "Figure",
  "trend.per": "per",
  "trend.splitBy": "split by",
  "trend.bars": "bars",
  "trend.mode.stacked": "stacked",
  "trend.mode.grouped": "grouped",
  "trend.period.year": "year",
  "trend.period.quarter": "quarter",
  "trend.period.month": "month",
  "trend.periods.year": "years",
  "trend.periods.quarter": "quarters",
  "trend.periods.month": "months",
  "trend.facet.none": "nothing",
  "trend.facet.kind": "kind of event",
  "trend.facet.leadActor": "lead actor",
  "trend.facet.country": "country",
  "trend.facet.tag": "tag",
  "trend.facets.leadActor": "lead actors",
  "trend.facets.country": "countries",
  "trend.facets.tag": "tags",
  "trend.periodOfAnnouncement": "{period} of announcement",
  "trend.periodOfEnd": "{period} of end",
  "trend.periodOfStart": "{period} of start",
  "trend.titleOperations": "{metric} reported in operations, by {by}",
  "trend.titleEvents": "{metric} reported in events, by {by}",
  "trend.yLabel": "{metric} reported",
  "trend.notAddedUp": "{metric}: not added up",
  "trend.barLabel": "{period}: {value}, from {n, plural, one {# event} other {# events}}",
  "trend.barLabelInexact":
    "{period}: {value} (a lower bound or estimate), from {n, plural, one {# event} other {# events}}",
  "trend.barLabelFacet":
    "{period}, {facet}: {value}, from {n, plural, one {# event} other {# events}}",
  "trend.barLabelFacetInexact":
    "{period}, {facet}: {value} (a lower bound or estimate), from {n, plural, one {# event} other {# events}}",
  "trend.selectionNote":
    "The events are a selection of publicised operations, not a measure of enforcement.",
  "trend.countsInAnnounced":
    "An operation's whole figure counts in the {period} it was announced, not spread over the {periods} it ran.",
  "trend.countsInEnd":
    "An operation's whole figure counts in the {period} it ended, not spread over the {periods} it ran.",
  "trend.countsInStart":
    "An operation's whole figure counts in the {period} it began, not spread over the {periods} it ran.",
  "trend.groupedNote":
    "Bars: {metric} in operations involving this {facet}; an operation with several {facets} is counted in each, so the bars overlap and do not add up. The line is the {period}'s total, each operation counted once.",
  "trend.stackedNote":
    "An operation with several {facets} is one segment, “several”, unless its sources give a figure per {facet}: it cannot be split otherwise.",
  "trend.uncountedFigure": "{value} {label} ({event}, {period})",
  "trend.uncountedFigureMore":
    "{value} {label} ({event}, {period}; {more, plural, one {# more figure} other {# more figures}})",
  "trend.uncounted":
    "Not counted, {n, plural, one {an event} other {# events}} with figures defined differently: {list}.",
});

/** A key of the trend area. */
export type TrendMessageKey = Parameters<typeof tTrend>[1];

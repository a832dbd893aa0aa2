import { defineMessages } from "../../i18n/defineMessages";

/**
 * The words of an event's details panel and the charts' data tables, which only the `details`
 * part of the script-tag build shows (with the network, trend and presentation parts, which run
 * on it): they travel with it, not with the core. Translations: `src/i18n/locales/<tag>.json`,
 * with the core's (the build routes each key to the bundle that defines its English).
 * @example tDetails("fr", "table.sources"); // "Sources"
 */
export const tDetails = defineMessages({
  "details.countries": "Countries: {list}",
  "details.sourcesLead": "Sources: ",
  "details.sourcesDiffer": " — sources differ:",
  "details.asOf": ", as of {date}",
  "table.event": "Event",
  "table.kind": "Kind",
  "table.date": "Date",
  "table.actors": "Actors",
  "table.countries": "Countries",
  "table.figures": "Figures",
  "table.sources": "Sources",
  "figure.sourcesDiffer": "(sources differ)",
  "table.period": "Period",
  "table.group": "Group",
  "table.value": "Value",
  "table.events": "Events",
  "table.pages": "Table pages",
  "table.previousRows": "Previous rows",
  "table.nextRows": "Next rows",
  "table.page": "Page {page} of {pages}",
  "timeline.tableCaption": "{title}: {n, plural, one {# event} other {# events}} in time order",
  "timeline.tableCaptionPage": "{title}: events {from}–{to} of {n} in time order",
  // An actor's role in an event (the details panel, the tables).
  "role.lead": "lead",
  "role.coordinator": "coordinator",
  "role.participant": "participant",
  "role.support": "support",
  // The title of the empty dataset a network, trend or presentation keeps behind an error report
  // (shared/chartData.ts: their parts run on this one).
  "chart.noDataTitle": "No data",
});

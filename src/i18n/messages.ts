/**
 * The English source of every message a reader sees, keyed by where it is used. Other locales
 * translate these keys in `src/i18n/locales/<tag>.json`; a key a locale lacks falls back to the
 * text here (see {@link fallbackReport}). Syntax: `{name}` placeholders and ICU plurals
 * (`{n, plural, one {# event} other {# events}}`), see {@link formatMessage}.
 *
 * Keep a message short: it is drawn in a chart, and a translation is often 40 % longer.
 *
 * @example
 * en["time.ongoing"]; // "ongoing"
 */
export const en = {
  // Date words (src/time): generated into each locale's date-word module by
  // scripts/generateLocales.ts.
  "time.approximate": "approx.",
  "time.uncertain": "uncertain",
  "time.ongoing": "ongoing",
  "time.unknown": "unknown",
  "time.until": "until {end}",
  "time.spring": "spring",
  "time.summer": "summer",
  "time.autumn": "autumn",
  "time.winter": "winter",
  "time.season": "{season} {year}",
  "time.quarter": "Q{q} {year}",
  "time.early": "early {year}",
  "time.mid": "mid {year}",
  "time.late": "late {year}",
  "time.decade": "{year}s",
  "time.century": "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} century",
  "chart.noData": "No dataset was given.",
  "chart.noEvents": "No events to show",
  "chart.noEventsYet": "“{title}” has no events yet.",
  "chart.selectedEvent": "Selected event",
  "chart.zoomIn": "Zoom in",
  "chart.zoomOut": "Zoom out",
  "chart.reset": "Reset",
  "chart.resetZoom": "Reset zoom",
  "chart.showTable": "Show table",
  "chart.hideTable": "Hide table",
  "chart.legend": "Legend",
  "chart.sources": "Sources",
  "chart.noSources": "No sources for the events shown.",
  "timeline.skip": "Skip past the timeline",
  "timeline.role": "timeline",
  "timeline.label": "{title}: timeline of {n, plural, one {# event} other {# events}}",
  "timeline.lanes": "Lanes: {lanes}.",
  "timeline.keys":
    "Keys: arrow keys move between events in time order, Home and End go to the first and last, Enter selects, Escape clears, plus and minus zoom, 0 resets the zoom.",
  "timeline.end": "End of timeline",
  "timeline.controls": "Timeline controls",
  "timeline.size": "size",
  "timeline.notReported": "not reported",
  "timeline.sizeLegend": "Size: {metric} (largest reported value)",
  "timeline.sourcesShown": "Sources for the events shown",
  "timeline.moreSources":
    "and {n, plural, one {# more source} other {# more sources}}: zoom in, or see the data table.",
  "event.approximateDate": "approximate date",
  "event.figures": "{n, plural, one {# figure} other {# figures}}",
  "event.sources": "{n, plural, one {# source} other {# sources}}",
  "table.event": "Event",
  "table.kind": "Kind",
  "table.date": "Date",
  "table.actors": "Actors",
  "table.countries": "Countries",
  "table.figures": "Figures",
  "table.sources": "Sources",
  "figure.sourcesDiffer": "(sources differ)",
  "legend.operation": "Operation (span)",
  "legend.arrest": "Enforcement action",
  "legend.legislation": "Legislative stage (joined per instrument)",
  "legend.range": "Date known only to a range",
  "legend.ongoing": "Ongoing",
  "legend.openStart": "Start not known",
  "role.lead": "lead",
  "role.coordinator": "coordinator",
  "role.participant": "participant",
  "role.support": "support",
  "kind.operation": "operation",
  "kind.operationStatus": "operation ({status})",
  "status.ongoing": "ongoing",
  "status.concluded": "concluded",
  "action.arrest": "arrest",
  "action.charge": "charge",
  "action.conviction": "conviction",
  "action.sentence": "sentence",
  "action.extradition": "extradition",
  "action.seizure": "seizure",
  "action.takedown": "takedown",
  "stage.proposed": "proposed",
  "stage.adopted": "adopted",
  "stage.signed": "signed",
  "stage.opened_for_signature": "opened for signature",
  "stage.ratified": "ratified",
  "stage.in_force": "in force",
  "stage.amended": "amended",
  "stage.expired": "expired",
  "stage.declared": "declared",
  "stage.reviewed": "reviewed",
  "details.countries": "Countries: {list}",
  "details.sourcesLead": "Sources: ",
  "qualifier.approximately": "about",
  "qualifier.nearly": "nearly",
  "qualifier.at_least": "at least",
  "qualifier.more_than": "more than",
  "qualifier.up_to": "up to",
  "details.sourcesDiffer": " — sources differ:",
  "details.asOf": ", as of {date}",
} as const;

/** A message's key, such as `"time.ongoing"`. */
export type MessageKey = keyof typeof en;

/** A locale's messages: any subset of the keys (the rest fall back to English). */
export type Messages = Partial<Record<MessageKey, string>>;

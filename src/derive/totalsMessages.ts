import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of the totals' issues (`totalsReport`): why a metric is not added up, and a sum past
 * the largest number. Shown by the trend, so they travel with it, not with the core. `{metric}`
 * is the metric's label (capitalised where it opens the sentence). Translations:
 * `src/i18n/locales/derive/<tag>.json`.
 */
export const tTotals = defineMessages({
  "derive.notSummableOverlapping":
    "{metric} may count the same members in several events (a country in two operations), so they are not added up over events; each event's figure is shown on its own.",
  "derive.notSummableStock":
    "{metric} are snapshots of a size at one time, not new cases, so they are not added up over events; each event's figure is shown on its own.",
  "derive.notSummableMeasure":
    "{metric} are not counts, so they are not added up over events; each event's figure is shown on its own.",
  "derive.notSummableExpected":
    "a metric that counts people or things once per event, such as arrests",
  "derive.notSummableHint":
    "Declare the metric's kind in the dataset's \"metrics\" if it does add up: {declaration}.",
  "derive.sumNotFinite":
    "The {metric} of {period} add up to more than the largest number a chart can draw; that period is left out.",
  "derive.sumNotFiniteExpected": "figures whose sum is a finite number",
  "derive.sumNotFiniteFound": "a sum of {sum} from {n, plural, one {# event} other {# events}}",
  "derive.sumNotFiniteHint":
    "Check the figures of these events for a misplaced exponent or extra digits.",
});

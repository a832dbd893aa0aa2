import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of a dataset's summary (`summarizeDataset`): the paragraph a chart's screen-reader
 * summary opens with. A plural chooses by the number (`n`, `actors`…) and writes it from its
 * `…Count` companion, already written in the locale: the summary is written in an idle task
 * after the first paint, where a page's first `Intl.NumberFormat` cost 15–30 ms
 * (bench/FINDINGS.md §10), so English counts are written without ICU. A list of kinds has at
 * most three items. Translations: `src/i18n/locales/derive/<tag>.json`.
 */
export const tDerive = defineMessages({
  "derive.noEvents": "No events.",
  "derive.eventsFromTo":
    "{n, plural, one {{count} event} other {{count} events}} from {first} to {last}: {kinds}.",
  "derive.eventsIn": "{n, plural, one {{count} event} other {{count} events}} in {year}: {kinds}.",
  "derive.operations": "{n, plural, one {{count} operation} other {{count} operations}}",
  "derive.enforcementActions":
    "{n, plural, one {{count} enforcement action} other {{count} enforcement actions}}",
  "derive.legislativeMilestones":
    "{n, plural, one {{count} legislative milestone} other {{count} legislative milestones}}",
  "derive.listTwo": "{first} and {second}",
  "derive.listThree": "{first}, {second} and {third}",
  "derive.involve":
    "They involve {actors, plural, one {{actorCount} actor} other {{actorCount} actors}} and {countries, plural, one {{countryCount} country} other {{countryCount} countries}} and cite {sources, plural, one {{sourceCount} source} other {{sourceCount} sources}}.",
  "derive.figuresAgree":
    "They report {figures, plural, one {{figureCount} figure} other {{figureCount} figures}} on {claims, plural, one {{claimCount} count} other {{claimCount} counts}}; where several sources report the same count, they agree.",
  "derive.figuresDisagree":
    "They report {figures, plural, one {{figureCount} figure} other {{figureCount} figures}} on {claims, plural, one {{claimCount} count} other {{claimCount} counts}}; for {conflicts, plural, one {{conflictCount} count} other {{conflictCount} counts}} the sources disagree, and every reported value is kept.",
});

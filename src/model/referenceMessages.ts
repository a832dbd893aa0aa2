import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of the reports of `checkReferences` and of the reserved keys of `parseDataset` (in
 * the script-tag build, with the validator part: the core checks references with
 * `acceptReferencesFast`, which says nothing), and the "did you mean" they share with the
 * schema's report (`fromZodIssues`, whose own words are in `./messages`). Quotes
 * around ids and field names are JSON's, as the data author wrote them, in every language.
 * Translations: `src/i18n/locales/validation/<tag>.json`.
 */
export const tReferences = defineMessages({
  "validation.didYouMean": 'did you mean "{suggestion}"?',
  "validation.duplicateId":
    'The id "{id}" is used twice in {collection}: it is already the id of {collection}[{first}].',
  "validation.duplicateIdExpected": "an id used once",
  "validation.duplicateIdHint": "give each entry its own id",
  "validation.unknownId": '"{id}" is not the id of any entry in {collection}.',
  "validation.unknownIdExpected": "the id of one of the dataset's {collection}",
  "validation.parentCycle":
    "The actors {names} are each other's parents: a chain of parents must end.",
  "validation.parentCycleExpected": "a parent that is not also a child of this actor",
  "validation.parentCycleHint": "remove the parent of one of them (the top-level actor has none)",
  "validation.partOfCycle":
    "The events {names} are each part of the next: an event cannot be part of something it contains.",
  "validation.partOfCycleExpected": "part_of an event that is not itself part of this one",
  "validation.partOfCycleHint":
    "keep the part_of on the smaller event only; use related_to for events that belong together",
  "validation.ownParent": 'The actor "{id}" cannot be its own parent.',
  "validation.relatedToItself": 'The event "{id}" cannot be related to itself.',
  "validation.annotationBoth":
    "This annotation points at both a date and an event; it can point at only one.",
  "validation.annotationNone":
    "This annotation points at nothing: it needs a date (when) or an event (event).",
  "validation.annotationExpected": "either when (a date or period) or event (an event id)",
  "validation.annotationBothFound": "both when and event",
  "validation.annotationNoneFound": "neither",
  "validation.annotationBothHint": "keep event to follow the event, or when for a date of its own",
  "validation.annotationNoneHint": 'add when, e.g. "2021-08-02", or the id of an event',
  "validation.reservedKey": 'The key "__proto__" cannot be kept: JavaScript reserves it.',
  "validation.reservedKeyExpected": "any other key",
  "validation.reservedKeyHint": "rename the key",
});

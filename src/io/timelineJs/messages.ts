import { defineMessages } from "../../i18n/defineMessages";

/**
 * The words of the TimelineJS importer (`readTimelineJs`): its issues for the data author and
 * the texts it writes into the dataset it makes (the import source, an untitled timeline or
 * slide, an image's fallback alt text). Translations: `src/i18n/locales/timelinejs/<tag>.json`.
 * A sheet's column names (`Year`, `End Year`…) are the format's names, not words: they are
 * passed in as `{column}` and stay as the sheet writes them.
 * @example tTimelineJs("fr", "timelinejs.untitled", { when: "2014" }); // "Sans titre (2014)"
 */
export const tTimelineJs = defineMessages({
  "timelinejs.expectedInput": "a TimelineJS sheet (CSV) or TimelineJS JSON",
  "timelinejs.nothing": "nothing",
  "timelinejs.line": "line {row}",

  // The dataset the import makes.
  "timelinejs.importedTitle": "Imported timeline",
  "timelinejs.importPublisher": "Imported TimelineJS sheet",
  "timelinejs.importNote":
    "Generated on import: TimelineJS has no field for sources. Events cite this source for the imported sheet itself, and the http(s) links of their text as further sources.",
  "timelinejs.untitled": "Untitled ({when})",
  "timelinejs.imageAlt": "Image: {title}",

  // Slides.
  "timelinejs.unsafeLink":
    'The link "{text}" points to {href}, not to an http(s) address; its text was kept and the link dropped.',
  "timelinejs.unsafeLinkExpected": "an http:// or https:// link",
  "timelinejs.duplicateTitleOnLine":
    "A second title slide; the first is on line {row}. A timeline has one.",
  "timelinejs.duplicateTitleAbove": "A second title slide; the first is above. A timeline has one.",
  "timelinejs.duplicateTitleExpected": "one row of Type title",
  "timelinejs.duplicateTitleFound": "a second one",
  "timelinejs.duplicateTitleHint": "clear the Type cell to make this row an event",
  "timelinejs.unknownType":
    'The Type "{type}" is not one TimelineJS knows (title or era); the row was read as an event and its Type kept in extra.',
  "timelinejs.unknownTypeExpected": "title, era or nothing",
  "timelinejs.missingHeadline": 'This slide has no headline; it was titled "{title}".',
  "timelinejs.missingHeadlineExpected": "a headline",
  "timelinejs.kindFallback":
    'The group "{group}" suggests a legislative milestone, but neither the headline nor the text names its stage (adopted, signed, in force…); the row was read as an operation.',
  "timelinejs.kindFallbackExpected": "a stage word in the headline",
  "timelinejs.kindFallbackHint":
    "name the stage in the headline, or map the group with the kindFromGroup option",
  "timelinejs.missingAlt":
    'This slide\'s image has no alt text or caption; it was described as "{alt}".',
  "timelinejs.missingAltExpected": "an Alt Text saying what the image shows",
  "timelinejs.missingAltHint": "add an Alt Text column (or a caption) describing the image",

  // The whole import.
  "timelinejs.keptInExtra":
    '"{key}" has no place in jointline\'s model; it was kept in the extra field of {n, plural, one {# event} other {# events}} under "{key}".',
  "timelinejs.keptInExtraExpected": "fields of the data model",
  "timelinejs.someUnsourced":
    '{unsourced} of {n, plural, one {# event} other {# events}} link to no source ({where}); TimelineJS has no field for sources, so every event cites "{source}", a source that stands for this import.',
  "timelinejs.allSourced":
    'TimelineJS has no field for sources: the links in each event\'s text became its sources, and every event also cites "{source}", a source that stands for this import.',
  "timelinejs.unsourcedExpected": "a cited source for every event",
  "timelinejs.unsourcedFound": "{n, plural, one {# event} other {# events}} without a link",
  "timelinejs.unsourcedHint":
    "add the sources after import, in JSON or in the #sources section of a jointline CSV",
  "timelinejs.missingTitle": 'The timeline has no title slide; the dataset was called "{title}".',
  "timelinejs.missingTitleExpected": "a row of Type title (or a title in the JSON)",

  // Dates.
  "timelinejs.yearEmpty": "{column} is empty.",
  "timelinejs.yearInvalid": '{column} "{value}" is not a year.',
  "timelinejs.yearExpected": "a year in digits, e.g. 2014",
  "timelinejs.monthInvalid": '{column} "{value}" is not a month number.',
  "timelinejs.monthExpected": "a month from 1 to 12",
  "timelinejs.dayInvalid": '{column} "{value}" is not a day number.',
  "timelinejs.dayExpected": "a day from 1 to 31",
  "timelinejs.dayWithoutMonth": "{column} is given without a month.",
  "timelinejs.dayWithoutMonthExpected": "a month with the day",
  "timelinejs.startDateMissing": "The date {date} does not exist: {reason}.",
  "timelinejs.endDateMissing": "The end date {date} does not exist: {reason}.",
  "timelinejs.eventWithoutYear":
    'The event "{headline}" has no start year, which TimelineJS also requires.',
  "timelinejs.eraWithoutYear":
    'The era "{headline}" has no start year, which TimelineJS also requires.',
  "timelinejs.noHeadline": "(no headline)",
  "timelinejs.yearMissingExpected": "a {column}",
  "timelinejs.invalidSpan": "The span {when} is not valid: {reason}.",

  // Sheets (CSV).
  "timelinejs.missingColumns":
    "The header lacks the TimelineJS {n, plural, one {column} other {columns}} {columns}.",
  "timelinejs.missingColumnsExpected": "the TimelineJS columns {columns}",
  "timelinejs.noHeaders": "no headers",
  "timelinejs.didYouMeanColumns": "did you mean {guesses}?",
  "timelinejs.looksLikeJointlineCsv": "this looks like a jointline CSV: read it with readCsv",
  "timelinejs.unknownColumn":
    'The column "{name}" is not a TimelineJS column; its cells were kept in each event\'s extra under "{name}".',
  "timelinejs.unknownColumnExpected": "one of {columns}",
  "timelinejs.didYouMeanColumn": 'did you mean "{column}"?',
  "timelinejs.columnNumber": "column {n}",
  "timelinejs.tooManyCells":
    "This row has {cells, plural, one {# cell} other {# cells}} but the header has {header}; the cells beyond the header would be lost.",
  "timelinejs.tooManyCellsExpected": "at most {n, plural, one {# cell} other {# cells}}",
  "timelinejs.tooManyCellsFound": "{n, plural, one {# cell} other {# cells}}",
  "timelinejs.tooManyCellsHint": "quote cells that contain a comma",

  // JSON.
  "timelinejs.invalidTime":
    'The {key} "{value}" is not a {key} of a time of day; the time was kept as written.',
  "timelinejs.invalidTimeExpected": "a whole number from 0 to {max}",
  "timelinejs.invalidJson": "The file is not valid JSON: {error}",
  "timelinejs.invalidJsonExpected":
    "TimelineJS JSON (an object with title, events and eras) or a TimelineJS sheet as CSV",
  "timelinejs.noEventList": 'TimelineJS JSON needs a list of slides under "events".',
  "timelinejs.noEventListExpected": "an object with a list under events",
  "timelinejs.foundList": "a list",
  "timelinejs.foundNoEvents": "no events",
  "timelinejs.putListUnderEvents": 'put the list under "events" in an object',
});

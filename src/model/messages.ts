import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of the schema's report on invalid data (`fromZodIssues`): what is wrong, what was
 * expected, what was found and a hint, for the person who made the file. Loaded with that report
 * only, i.e. only when data is invalid. Values and field names from the file are quoted with
 * JSON's straight quotes in every language, as the author wrote them. Translations:
 * `src/i18n/locales/validation/<tag>.json`.
 */
export const tValidation = defineMessages({
  "validation.nothing": "nothing",
  "validation.aList": "a list",
  "validation.anObject": "an object",
  "validation.text": "text",
  "validation.aNumber": "a number",
  "validation.trueOrFalse": "true or false",
  "validation.oneOf": "one of {values}",
  "validation.missingField": 'The field "{field}" is required but missing.',
  "validation.leaveOutNull":
    'leave "{field}" out when there is no value: an optional field is omitted, not null',
  "validation.requiredNotNull": '"{field}" is required: give it a value (null is not one)',
  "validation.numberWithoutQuotes": "write the number without quotes: {number}",
  "validation.invalidType": "Expected {expected}, found {found}.",
  "validation.invalidValue": "{found} is not allowed here; expected one of: {values}.",
  "validation.invalidKind": "The kind {found} is not a kind of event; expected one of: {values}.",
  "validation.kindIsAction":
    '"{word}" is an enforcement action: write "kind": "arrest" with "action": "{word}"',
  "validation.kindIsStage":
    '"{word}" is a legislative stage: write "kind": "legislation" with "stage": "{word}" (and an "instrument")',
  "validation.otherKinds":
    'takedowns, sentencings and other enforcement actions are kind "arrest" with an action; policy statements and reports are kind "legislation" with a stage',
  "validation.unknownField": 'The field "{field}" is not part of the data format.',
  "validation.noFurtherFields": "no further fields",
  "validation.renameField": 'rename "{field}" to "{renamed}": this format calls it "{renamed}"',
  "validation.removeOrExtra": 'remove it, or keep it under the event\'s "extra" field',
  "validation.remove": "remove it",
  "validation.missingSource": "An event must cite at least one source.",
  "validation.emptyList": 'The list "{field}" must not be empty.',
  "validation.emptyText": 'The text "{field}" must not be empty.',
  "validation.nonEmptyList": "a non-empty list",
  "validation.nonEmptyText": "a non-empty text",
  "validation.tooSmall": "Expected at least {minimum}, found {found}.",
  "validation.atLeast": "at least {minimum}",
  "validation.tooBig": "Expected at most {maximum}, found {found}.",
  "validation.atMost": "at most {maximum}",
  "validation.invalidFormat": "{found} is not in the expected form: {expected}.",
  "validation.expectedId":
    "an id of letters, digits and - _ . : (no spaces), starting with a letter or digit",
  "validation.expectedMetricName":
    "a metric name in snake_case, such as arrests or suspects_identified",
  "validation.expectedCountryCode": "an ISO 3166-1 alpha-2 country code such as DE or GB",
  "validation.invalidCountry": '"{found}" is not an ISO 3166-1 alpha-2 country code.',
  "validation.upperCaseCountry": 'country codes are upper case: "{code}"',
  "validation.expectedHttpUrl": "an absolute http:// or https:// URL",
  "validation.invalidUrl": '"{found}" is not an http:// or https:// link; only those are allowed.',
  "validation.startWithHttps": "start the address with https://",
});

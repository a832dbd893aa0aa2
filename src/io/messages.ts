import { defineMessages } from "../i18n/defineMessages";

/**
 * The words of the readers' shared start (readJson, readableText, fileTooLarge, decodeBytes):
 * the data author's messages about the file as a whole. Translations:
 * `src/i18n/locales/read/<tag>.json`.
 */
export const tRead = defineMessages({
  "read.nothing": "nothing",
  "read.emptyFile": "The file is empty.",
  "read.fileTooLarge":
    "The file is too large to read here: {size} MB of text ({length, plural, one {# character} other {# characters}}), over the limit of {limit} MB ({max, plural, one {# character} other {# characters}}).",
  "read.fileTooLargeExpected":
    "at most {max, plural, one {# character} other {# characters}} ({limit} MB)",
  "read.fileTooLargeFound": "{length, plural, one {# character} other {# characters}} ({size} MB)",
  "read.fileTooLargeHint":
    "split the file, or aggregate the figures upstream; if the whole file is needed, pass a larger maxBytes (Infinity for no limit) and read it with readInWorker so the page stays responsive",
  "read.jsonDataset": "a JSON dataset",
  "read.invalidJson": "The file is not valid JSON: {reason}",
  "read.invalidJsonAt": "The file is not valid JSON (line {line}, column {column}): {reason}",
  "read.jsonText": "JSON text",
  "read.looksLikeCsv": "this looks like CSV: read it with readCsv",
  "read.notAnObject":
    "Expected a dataset object with title, sources, actors and events, found {found}.",
  "read.anObject": "an object",
  "read.aList": "a list",
  "read.aString": "string",
  "read.aNumber": "number",
  "read.aBoolean": "boolean",
  "read.null": "null",
  "read.listHint": 'put the list under "events" in an object with a "title"',
  "read.utf16le": "UTF-16 (little-endian)",
  "read.utf16be": "UTF-16 (big-endian)",
  "read.windows1252": "Windows-1252 (Western European)",
  "read.saveAsUtf8":
    'save the file as UTF-8 (Excel: "CSV UTF-8 (Comma delimited)"; LibreOffice: character set "Unicode (UTF-8)") to avoid this warning',
  "read.textInUtf8": "text in UTF-8",
  "read.utf16Text": "UTF-16 text",
  "read.bomNotUtf8":
    "The file says it is UTF-8 (it starts with a byte-order mark) but holds bytes that are not: {n, plural, one {# character was} other {# characters were}} replaced with “\ufffd”.",
  "read.byteAt": "byte {byte} at byte {offset}",
  "read.byteReadAs": "byte {byte} (read as “{shown}”)",
  "read.utf16Bom":
    "The file is not UTF-8: it starts with a UTF-16 byte-order mark; it was read as {encoding}.",
  "read.utf16Nul":
    "The file is not UTF-8: every other byte is NUL, as in UTF-16 text; it was read as {encoding}.",
  "read.notUtf8":
    'The file is not UTF-8: byte {byte} at byte {offset} is not valid UTF-8, as in files Excel saves as plain "CSV"; it was read as {encoding}.',
});

/** A key of the readers' messages. */
export type ReadMessageKey = Parameters<typeof tRead>[1];

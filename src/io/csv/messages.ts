import { defineMessages } from "../../i18n/defineMessages";

/**
 * The words of the CSV reader (readCsv and its parts): the data author's messages about the
 * file's rows, sections, headers and cells. Column names, section markers, figure syntax and
 * the values a cell accepts (roles, qualifiers…) are the format's own words and stay as they
 * are in every language. Translations: `src/i18n/locales/csv/<tag>.json`.
 */
export const tCsv = defineMessages({
  "csv.didYouMean": 'did you mean "{suggestion}"?',
  "csv.oneOf": "one of {list}",
  "csv.write": "write {text}",
  "csv.expectedFile": "a header row (id,kind,title,when,sources,…) and one row per event",
  "csv.isJson": "The file is JSON, not CSV.",
  "csv.isBinary":
    "The file is not text in CSV form: it starts with control characters, as binary files do.",
  "csv.csvText": "CSV text",
  "csv.readWithJson": "read it with readJson",
  "csv.untitled": "Untitled dataset",
  "csv.missingTitle": 'The file gives the dataset no title; it was called "{title}".',
  "csv.missingTitleExpected": "a #dataset section with a row: title,<the title>",
  "csv.missingTitleHint":
    "add the lines  #dataset / field,value / title,<your title>  after the events",
  "csv.commas": "commas",
  "csv.semicolons": "semicolons",
  "csv.tabs": "tabs",
  "csv.separatedBySemicolons":
    "The header line is separated by semicolons, not commas; the file was read that way.",
  "csv.separatedByTabs":
    "The header line is separated by tabs, not commas; the file was read that way.",
  "csv.commaSeparated": "comma-separated values",
  "csv.betweenHeaders": "{delimiter} between the headers",
  "csv.unclosedQuote":
    "A quoted cell that starts on line {line} is never closed, so the rest of the file would be read as one cell.",
  "csv.unclosedQuoteExpected": 'a closing " at the end of the cell',
  "csv.endOfFile": "the end of the file",
  "csv.unclosedQuoteHint": 'close the quote, and write a " inside a quoted cell as ""',
  "csv.strayQuote": "Text follows the closing quote of a cell on line {line}; it would be lost.",
  "csv.strayQuoteExpected": "{delimiter} or the end of the line after a closing quote",
  "csv.strayQuoteHint":
    'quote the whole cell and double the quotes inside it: "say ""hello"" twice"',
  "csv.unknownSection": '"{marker}" is not a section; its rows were not read.',
  "csv.duplicateSection":
    "The section {section} appears twice; write all its rows under one header.",
  "csv.oneSection": "a single {section} section",
  "csv.secondSection": "a second {section}",
  "csv.missingField": "This #dataset row has a value but no field name.",
  "csv.fieldsOrNotes": "one of {list} or notes.<topic>",
  "csv.unknownField": '"{name}" is not a field of the dataset.',
  "csv.duplicateField":
    "The field {field} is set twice in #dataset; it is already set on line {line}.",
  "csv.eachFieldOnce": "each field once",
  "csv.unnamedEventColumn":
    'Column {n} has no header; its cells were kept in each event\'s extra as "{key}".',
  "csv.unnamedColumn": "Column {n} of the {section} section has no header, but has values.",
  "csv.aHeader": "a header",
  "csv.aHeaderOneOf": "a header, one of {list}",
  "csv.emptyHeaderCell": "an empty header cell",
  "csv.nameTheColumn": "give the column a header",
  "csv.duplicateColumn": 'The headers "{previous}" and "{name}" both name the column {field}.',
  "csv.eachColumnOnce": "each column once",
  "csv.twoHeaders": '"{previous}" and "{name}"',
  "csv.removeOrRename": "remove or rename one of them",
  "csv.unknownEventColumn":
    'The column "{name}" is not part of the format; its cells were kept in each event\'s extra under "{name}".',
  "csv.oneOfOrExtra": "one of {list}, or extra.<name>",
  "csv.nameItExtra": 'name it "extra.{name}" to keep it without this warning',
  "csv.unknownColumn":
    'The column "{name}" is not part of the {section} section, so its cells cannot be kept.',
  "csv.removeColumn": "remove the column, or move its text into a note",
  "csv.missingColumns":
    "The header lacks the required {n, plural, one {column} other {columns}} {names}.",
  "csv.missingSectionColumns":
    "The {section} header lacks the required {n, plural, one {column} other {columns}} {names}.",
  "csv.theColumns": "the columns {names}",
  "csv.noHeaders": "no headers",
  "csv.didYouMeanList": "did you mean {guesses}?",
  "csv.looksLikeTimelineJs": "this looks like a TimelineJS sheet: read it with readTimelineJs",
  "csv.tooManyCells":
    "This row has {cells, plural, one {# cell} other {# cells}} but the header has {width}; the cells beyond the header would be lost.",
  "csv.atMostCells": "at most {width, plural, one {# cell} other {# cells}}",
  "csv.cells": "{cells, plural, one {# cell} other {# cells}}",
  "csv.tooManyCellsHint":
    "quote cells that contain the delimiter, or add a header for the extra column",
  "csv.missingCells":
    "This row has {cells, plural, one {# cell} other {# cells}} but the header has {width}; the missing ones were read as empty.",
  "csv.missingCellsHint": "check that no delimiter is missing, which would shift the cells",
  "csv.metricName": "a metric name in snake_case, such as arrests_or_charged",
  "csv.missingMetric":
    "This #metrics row names no metric; what it declares would apply to nothing.",
  "csv.missingMetricHint": "write the metric's name, as in the figures (arrests=79@s1 → arrests)",
  "csv.metricNotSnakeCase":
    '"{metric}" is not in the expected form: a metric name in snake_case, such as arrests or suspects_identified.',
  "csv.duplicateMetric":
    "The metric {metric} is declared twice in #metrics; it is already declared on line {line}.",
  "csv.eachMetricOnce": "each metric once",
  "csv.mergeRows": "merge the two rows into one",
  "csv.dateUnreadable": 'The date "{date}" cannot be read: {reason}.',
  "csv.columnDoesNotApply":
    'The column "{column}" does not apply to this row; leave it empty here.',
  "csv.itemOfCell": "{message} (item {n} of the cell).",
  "csv.invalidRole": '"{role}" is not a role; an actor\'s role is one of {roles}.',
  "csv.roleExpected": "actor:role with a role of {roles}",
  "csv.roleHint": 'write "{actor}" or "{actor}:participant"',
  "csv.relationWithoutType": 'The relation "{item}" has no type; write it as type:event-id.',
  "csv.relationExpected": "type:event-id with a type of {types}",
  "csv.relationHint": 'e.g. "part_of:{item}"',
  "csv.figureForm": "metric=[qualifier ]number@source, e.g. arrests=at least 79@s29",
  "csv.thousandsSeparator": 'The number "{number}" has a thousands separator.',
  "csv.digitsOnly": "a number written with digits only, and a dot for decimals",
  "csv.thousandsHint": "write {plain}; keep the source's wording with |asReported=",
  "csv.decimalComma": 'The number "{number}" uses a comma for decimals.',
  "csv.decimalDot": "a dot for decimals",
  "csv.notANumber": '"{number}" is not a number.',
  "csv.figureWithoutEquals": 'The figure "{item}" has no "=" between the metric and the number.',
  "csv.figureWithoutSource":
    'The figure "{item}" does not name its source; every figure cites one.',
  "csv.figureSourceHint": "add @ and the source's id: {item}@s1",
  "csv.figureWithoutNumber": 'The figure "{item}" has no number after "=".',
  "csv.invalidQualifier":
    '"{qualifier}" is not a qualifier; a figure\'s qualifier is one of {qualifiers}.',
  "csv.qualifierExpected": "one of {qualifiers} before the number",
  "csv.attributeWithoutValue": 'The figure attribute "{key}" has no "=" and value.',
  "csv.unknownAttribute":
    '"{key}" is not an attribute of a figure; after "|" write asOf, asReported, unit, scope, correction or note.',
  "csv.attributeExpected":
    "|asOf=date, |asReported=text, |unit=text, |scope=text, |correction=misreading or rounding, or |note=text",
  "csv.invalidCorrection":
    '"{value}" is not a correction; a figure\'s correction is misreading (the data misread its source) or rounding (a headline rounding of an exact figure).',
  "csv.correctionExpected": "|correction=misreading or |correction=rounding",
  "csv.leaveCorrectionOut": "leave |correction out for a claim of its own",
});

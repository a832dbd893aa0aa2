import type { Dataset, DatasetInput, EventKind, Issue, ReadResult } from "../model";
import { hasErrors } from "../model";
import { closest } from "../model/closest";
import { parseWhen } from "../time/parseWhen";
import type { ReadSizeOptions } from "./fileTooLarge";
import { htmlToText } from "./htmlToText";
import { parseCsvRows } from "./parseCsvRows";
import { parseDataset } from "./parseDataset";
import { readableText } from "./readableText";

/** Options of {@link readTimelineJs}, with the size guard `maxBytes` (default 50 MB). */
export interface ReadTimelineJsOptions extends ReadSizeOptions {
  /**
   * The kind of event for the rows of each Group, matched without regard to case, e.g.
   * `{ "Legal framework": "legislation", "Arrests": "arrest" }`. Groups not listed follow the
   * built-in rule (docs/timelinejs-import.md): legal words give `legislation`, enforcement words
   * `arrest`, anything else `operation`. Default: `{}`.
   * @example readTimelineJs(text, { kindFromGroup: { Sentencing: "arrest" } })
   */
  kindFromGroup?: Record<string, EventKind>;
}

/** The id of the source that every imported event cites: the import itself. */
export const timelineJsImportSourceId = "timelinejs-import";

/** The TimelineJS sheet columns this reader knows (Knight Lab's template, plus "Alt Text" and the v1 "Tag"). */
const knownColumns = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Alt Text",
  "Type",
  "Group",
  "Tag",
  "Background",
];

/** Columns with no home in the model, kept in each event's `extra` under the column's name. */
const extraColumns = [
  "Time",
  "End Time",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Alt Text",
  "Background",
];
/**
 * Headers of a short-title column (not in Knight Lab's template, but sheets add one), compared
 * lower case without spaces, `_` and `-`: read into each event's `label`.
 */
const shortTitleHeaders = new Set(["shorttitle", "shortheadline", "shortlabel", "label"]);
const isShortTitleHeader = (name: string) =>
  shortTitleHeaders.has(name.toLowerCase().replace(/[\s_-]+/g, ""));

/** Of those, the ones TimelineJS reads as HTML: reduced to text, with link addresses in brackets. */
const htmlColumns = new Set(["Media Credit", "Media Caption"]);

/** One slide in a common form, from a sheet row or a JSON event. */
interface Slide {
  /** The sheet line (header = 1), for CSV input. */
  row?: number;
  /** The path of the slide in a JSON input. */
  path: (string | number)[];
  type: string;
  start: DateFields | undefined;
  end: DateFields | undefined;
  headline: string;
  text: string;
  displayDate: string;
  group: string;
  uniqueId: string;
  /** A short title from a sheet's short-title column, if it has one. */
  label?: string;
  /** Fields kept as they are in `extra` (already plain text). */
  extra: [string, string][];
}

interface DateFields {
  year: string;
  month: string;
  day: string;
}

/** Where a slide's fields are, for messages: sheet columns or JSON keys. */
interface SlideLocation {
  row?: number;
  path: (string | number)[];
  csv: boolean;
}

const csvFieldColumns: Record<string, string> = {
  when: "Year",
  title: "Headline",
  summary: "Text",
  sources: "Text",
  dateLabel: "Display Date",
  group: "Group",
  label: "Headline",
  id: "Headline",
  kind: "Group",
  stage: "Headline",
  instrument: "Headline",
  action: "Group",
};
const jsonFieldKeys: Record<string, (string | number)[]> = {
  when: ["start_date"],
  title: ["text", "headline"],
  summary: ["text", "text"],
  sources: ["text", "text"],
  dateLabel: ["display_date"],
  group: ["group"],
  label: ["text", "headline"],
  id: ["unique_id"],
};

function slugify(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "");
}

/** An id not yet in `used`, from `base` with a counter when needed; records it as used. */
function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** TimelineJS accepts "2,014" and " 3 " in its number cells; so do we (its clean_integer). */
function cleanInteger(text: string): string {
  return text.replace(/[\s,]+/g, "");
}

/** Plain text of an HTML cell that has no model field, keeping link addresses in brackets. */
function htmlCellText(html: string): string {
  const { text, links } = htmlToText(html);
  const urls = links.map((link) => link.href).filter((href) => !text.includes(href));
  return urls.length > 0 ? `${text} (${urls.join(", ")})`.trim() : text;
}

const stageWords: [RegExp, string][] = [
  [/opened for signature/i, "opened_for_signature"],
  [/(enter(s|ed)? into|entry into|in) force/i, "in_force"],
  [/ratif/i, "ratified"],
  [/\bsign(s|ed)\b/i, "signed"],
  [/\b(adopt|pass(es|ed)\b|enact|approv)|royal assent/i, "adopted"],
  [/\b(amend|extend|extension)/i, "amended"],
  [/\bexpir/i, "expired"],
  [/\bpropos/i, "proposed"],
  [/\b(declar|statement|summit)/i, "declared"],
  [/\b(review|report)/i, "reviewed"],
];
const actionWords: [RegExp, string][] = [
  [/sentenc/i, "sentence"],
  [/convict/i, "conviction"],
  [/extradit/i, "extradition"],
  [/\bcharge/i, "charge"],
  [/seiz/i, "seizure"],
  [/take-?down|taken down/i, "takedown"],
  [/arrest/i, "arrest"],
];
const legalGroup = /\b(legal|legislat|laws?\b|treat|polic|regulat|convention|statute)/i;
const enforcementGroup = /\b(arrest|sentenc|convict|charge|extradit|seiz|take-?down)/i;

function firstMatch(words: [RegExp, string][], ...texts: string[]): string | undefined {
  for (const text of texts)
    for (const [pattern, value] of words) if (pattern.test(text)) return value;
  return undefined;
}

/** Reads a TimelineJS sheet (CSV) into slides; rows with nothing in them are skipped. */
function slidesFromCsv(text: string, issues: Issue[]): Slide[] | undefined {
  const { rows, issues: syntax } = parseCsvRows(text);
  issues.push(...syntax);
  const [header, ...data] = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  if (header === undefined) return [];
  const names = header.cells.map((cell) => cell.trim());
  const index = new Map<string, number>();
  const unknown: string[] = [];
  let shortTitle: number | undefined;
  names.forEach((name, i) => {
    const known = knownColumns.find((column) => column.toLowerCase() === name.toLowerCase());
    if (known !== undefined && !index.has(known)) index.set(known, i);
    else if (shortTitle === undefined && isShortTitleHeader(name)) shortTitle = i;
    else if (name !== "") unknown.push(name);
  });
  const missing = ["Year", "Headline"].filter((name) => !index.has(name));
  if (missing.length > 0) {
    const guesses = missing.flatMap((name) => {
      const near = unknown.find((u) => closest(u, [name]) !== undefined);
      return near === undefined ? [] : [`"${near}" → "${name}"`];
    });
    const looksLikeOurs = names.includes("id") && names.includes("when");
    issues.push({
      code: "missing_column",
      severity: "error",
      path: [],
      row: header.line,
      column: missing[0],
      message: `The header lacks the TimelineJS column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.`,
      expected: `the TimelineJS columns ${knownColumns.filter((c) => c !== "Tag" && c !== "Alt Text").join(", ")}`,
      found: names.filter((n) => n !== "").join(", ") || "no headers",
      ...(guesses.length > 0
        ? { hint: `did you mean ${guesses.join(", ")}?` }
        : looksLikeOurs
          ? { hint: "this looks like a jointline CSV: read it with readCsv" }
          : {}),
    });
    return undefined;
  }
  for (const name of unknown) {
    const suggestion = closest(name, knownColumns);
    issues.push({
      code: "unknown_column",
      severity: "warning",
      path: [],
      row: header.line,
      column: name,
      message: `The column "${name}" is not a TimelineJS column; its cells were kept in each event's extra under "${name}".`,
      expected: `one of ${knownColumns.join(", ")}`,
      found: name,
      ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
    });
  }
  return data.map((row) => {
    const cell = (name: string) => {
      const i = index.get(name);
      return i === undefined ? "" : (row.cells[i] ?? "").trim();
    };
    if (
      row.cells.length > names.length &&
      row.cells.slice(names.length).some((c) => c.trim() !== "")
    ) {
      issues.push({
        code: "too_many_cells",
        severity: "error",
        path: [],
        row: row.line,
        column: `column ${names.length + 1}`,
        message: `This row has ${row.cells.length} cells but the header has ${names.length}; the cells beyond the header would be lost.`,
        expected: `at most ${names.length} cells`,
        found: `${row.cells.length} cells`,
        hint: "quote cells that contain a comma",
      });
    }
    const extra: [string, string][] = [];
    for (const name of extraColumns) {
      const value = cell(name);
      if (value !== "") extra.push([name, htmlColumns.has(name) ? htmlCellText(value) : value]);
    }
    names.forEach((name, i) => {
      const value = (row.cells[i] ?? "").trim();
      if (unknown.includes(name) && value !== "") extra.push([name, value]);
    });
    const date = (prefix: string): DateFields | undefined => {
      const year = cleanInteger(cell(`${prefix}Year`));
      const month = cleanInteger(cell(`${prefix}Month`));
      const day = cleanInteger(cell(`${prefix}Day`));
      return year === "" && month === "" && day === "" ? undefined : { year, month, day };
    };
    return {
      row: row.line,
      path: [],
      type: cell("Type"),
      start: date(""),
      end: date("End "),
      headline: cell("Headline"),
      text: cell("Text"),
      displayDate: cell("Display Date"),
      group: cell("Group") || cell("Tag"),
      uniqueId: "",
      ...(shortTitle !== undefined && (row.cells[shortTitle] ?? "").trim() !== ""
        ? { label: (row.cells[shortTitle] ?? "").trim() }
        : {}),
      extra,
    };
  });
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** "13:05" or "13:05:09.250" from a JSON date's time fields, or "" when it has none. */
function timeOf(date: Record<string, unknown>): string {
  const [hour, minute, second, ms] = ["hour", "minute", "second", "millisecond"].map((k) =>
    asText(date[k]),
  );
  if (!hour && !minute && !second && !ms) return "";
  const two = (t: string | undefined) => (t ?? "").padStart(2, "0");
  let time = `${two(hour || "0")}:${two(minute || "0")}`;
  if (second || ms) time += `:${two(second || "0")}`;
  if (ms) time += `.${ms.padStart(3, "0")}`;
  return time;
}

const knownSlideKeys = new Set([
  "start_date",
  "end_date",
  "text",
  "media",
  "group",
  "display_date",
  "background",
  "unique_id",
  "type",
]);

/** Reads one slide of TimelineJS's JSON format. */
function slideFromJson(value: unknown, path: (string | number)[], type: string): Slide {
  const slide = asObject(value);
  const text = asObject(slide.text);
  const extra: [string, string][] = [];
  const date = (key: "start_date" | "end_date", timeKey: string): DateFields | undefined => {
    if (slide[key] === undefined) return undefined;
    const d = asObject(slide[key]);
    const time = timeOf(d);
    if (time) extra.push([timeKey, time]);
    for (const k of ["display_date", "format"])
      if (asText(d[k])) extra.push([`${key}.${k}`, asText(d[k])]);
    return {
      year: cleanInteger(asText(d.year)),
      month: cleanInteger(asText(d.month)),
      day: cleanInteger(asText(d.day)),
    };
  };
  const start = date("start_date", "Time");
  const end = date("end_date", "End Time");
  const media = asObject(slide.media);
  const mediaNames: Record<string, string> = {
    url: "Media",
    credit: "Media Credit",
    caption: "Media Caption",
    thumbnail: "Media Thumbnail",
    alt: "Alt Text",
  };
  for (const [key, raw] of Object.entries(media)) {
    const v = asText(raw);
    if (!v) continue;
    const name = mediaNames[key] ?? `media.${key}`;
    extra.push([name, htmlColumns.has(name) ? htmlCellText(v) : v]);
  }
  const background = slide.background;
  if (typeof background === "string" && background.trim())
    extra.push(["Background", background.trim()]);
  else {
    const b = asObject(background);
    const url = asText(b.url);
    const color = asText(b.color);
    if (url || color) extra.push(["Background", url || color]);
    if (url && color) extra.push(["background.color", color]);
    for (const [key, raw] of Object.entries(b)) {
      if (key !== "url" && key !== "color" && asText(raw))
        extra.push([`background.${key}`, asText(raw)]);
    }
  }
  for (const [key, raw] of Object.entries(slide)) {
    if (!knownSlideKeys.has(key) && asText(raw)) extra.push([key, asText(raw)]);
  }
  return {
    path,
    type: asText(slide.type) || type,
    start,
    end,
    headline: asText(text.headline),
    text: asText(text.text),
    displayDate: asText(slide.display_date),
    group: asText(slide.group),
    uniqueId: asText(slide.unique_id),
    extra,
  };
}

/** Reads TimelineJS's JSON format into slides: the title slide first, then events, then eras. */
function slidesFromJson(
  text: string,
  issues: Issue[],
  notes: [string, string][],
): Slide[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    issues.push({
      code: "invalid_json",
      severity: "error",
      path: [],
      message: `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      expected: "TimelineJS JSON ({ title, events, eras }) or a TimelineJS sheet as CSV",
      found: text.trimStart().slice(0, 40),
    });
    return undefined;
  }
  const root = asObject(value);
  if (!Array.isArray(root.events)) {
    issues.push({
      code: "invalid_type",
      severity: "error",
      path: ["events"],
      message: 'TimelineJS JSON needs a list of slides under "events".',
      expected: "an object with a list under events",
      found: Array.isArray(value)
        ? "a list"
        : root.events === undefined
          ? "no events"
          : typeof root.events,
      ...(Array.isArray(value) ? { hint: 'put the list under "events" in an object' } : {}),
    });
    return undefined;
  }
  for (const [key, raw] of Object.entries(root)) {
    if (key !== "title" && key !== "events" && key !== "eras" && asText(raw))
      notes.push([`timelinejs.${key}`, asText(raw)]);
  }
  const slides: Slide[] = [];
  if (root.title !== undefined) slides.push(slideFromJson(root.title, ["title"], "title"));
  root.events.forEach((event, i) => {
    slides.push(slideFromJson(event, ["events", i], ""));
  });
  if (Array.isArray(root.eras))
    root.eras.forEach((era, i) => {
      slides.push(slideFromJson(era, ["eras", i], "era"));
    });
  return slides;
}

/** Where a slide's problem is, in the words of its input: a sheet row and column, or a JSON path. */
function place(
  slide: Slide,
  column: string,
  jsonKey: (string | number)[],
): Pick<Issue, "path" | "row" | "column"> {
  return slide.row !== undefined
    ? { path: [], row: slide.row, column }
    : { path: [...slide.path, ...jsonKey] };
}

/** EDTF text of one side of a slide's dates, or an issue that says which cell is wrong. */
function edtfSide(
  date: DateFields,
  slide: Slide,
  end: boolean,
  issues: Issue[],
): string | undefined {
  const prefix = end ? "End " : "";
  const key = end ? "end_date" : "start_date";
  const bad = (
    field: "Year" | "Month" | "Day",
    found: string,
    message: string,
    expected: string,
  ) => {
    issues.push({
      code: "invalid_date",
      severity: "error",
      ...place(slide, `${prefix}${field}`, [key, field.toLowerCase()]),
      message,
      expected,
      found: found === "" ? "nothing" : found,
    });
    return undefined;
  };
  if (!/^-?\d{1,9}$/.test(date.year)) {
    return bad(
      "Year",
      date.year,
      `${prefix}Year ${date.year === "" ? "is empty" : `"${date.year}" is not a year`}.`,
      "a year in digits, e.g. 2014",
    );
  }
  if (date.month !== "" && !/^\d{1,2}$/.test(date.month)) {
    return bad(
      "Month",
      date.month,
      `${prefix}Month "${date.month}" is not a month number.`,
      "a month from 1 to 12",
    );
  }
  if (date.day !== "" && !/^\d{1,2}$/.test(date.day)) {
    return bad(
      "Day",
      date.day,
      `${prefix}Day "${date.day}" is not a day number.`,
      "a day from 1 to 31",
    );
  }
  if (date.day !== "" && date.month === "") {
    return bad("Month", "", `${prefix}Day is given without a month.`, "a month with the day");
  }
  const negative = date.year.startsWith("-");
  const digits = negative ? date.year.slice(1) : date.year;
  let edtf =
    digits.length > 4
      ? `Y${negative ? "-" : ""}${digits}`
      : `${negative ? "-" : ""}${digits.padStart(4, "0")}`;
  if (date.month !== "") edtf += `-${date.month.padStart(2, "0")}`;
  if (date.day !== "") edtf += `-${date.day.padStart(2, "0")}`;
  const parsed = parseWhen(edtf);
  if (!parsed.ok) {
    const field =
      date.day !== "" && /day|days|leap/i.test(parsed.error.message)
        ? "Day"
        : date.month !== "" && /month/i.test(parsed.error.message)
          ? "Month"
          : "Year";
    issues.push({
      code: "invalid_date",
      severity: "error",
      ...place(slide, `${prefix}${field}`, [key, field.toLowerCase()]),
      message: `The ${end ? "end " : ""}date ${[date.year, date.month, date.day].filter((x) => x !== "").join("-")} does not exist: ${parsed.error.message}.`,
      expected: parsed.error.expected,
      found: parsed.error.found ?? edtf,
      ...(parsed.error.hint ? { hint: parsed.error.hint } : {}),
    });
    return undefined;
  }
  return edtf;
}

/** The EDTF `when` of a slide: a date or a span, with the precision its cells give. */
function whenOf(slide: Slide, issues: Issue[]): string | undefined {
  if (slide.start === undefined) {
    issues.push({
      code: "missing_date",
      severity: "error",
      ...place(slide, "Year", ["start_date"]),
      message: `The ${slide.type === "era" ? "era" : "event"} "${htmlToText(slide.headline).text || "(no headline)"}" has no start year, which TimelineJS also requires.`,
      expected: "a Year",
      found: "nothing",
    });
    return undefined;
  }
  const start = edtfSide(slide.start, slide, false, issues);
  const end = slide.end === undefined ? undefined : edtfSide(slide.end, slide, true, issues);
  if (start === undefined || (slide.end !== undefined && end === undefined)) return undefined;
  const when = end === undefined ? start : `${start}/${end}`;
  const parsed = parseWhen(when);
  if (!parsed.ok) {
    issues.push({
      code: "invalid_date",
      severity: "error",
      ...place(slide, "End Year", ["end_date"]),
      message: `The span ${when} is not valid: ${parsed.error.message}.`,
      expected: parsed.error.expected,
      found: when,
      ...(parsed.error.hint ? { hint: parsed.error.hint } : {}),
    });
    return undefined;
  }
  return when;
}

/**
 * Reads Knight Lab TimelineJS data, told apart by content: the Google Sheets template as CSV
 * (Year, Month, Day, …, Headline, Text, Media, …, Type, Group, Background) or the JSON format
 * (`{ title, events, eras }`). Dates keep their real precision; the title slide gives the
 * dataset's title and description; `era` rows become eras; slide text (HTML) is reduced to
 * plain text, its http(s) links become cited sources, other links are dropped with a warning;
 * fields without a home go to each event's `extra`. Every event also cites a generated source
 * for the import itself. Every row becomes an event, the title, an era, or an error naming it.
 * See docs/timelinejs-import.md. A text longer than `maxBytes` characters (default 50 MB) is
 * not read: it gives one `file_too_large` error. Never throws.
 * @example const { data, issues } = readTimelineJs(await file.text());
 * @example const { data, issues } = readTimelineJs(text, { maxBytes: 50_000_000 });
 */
export function readTimelineJs(
  text: string,
  options: ReadTimelineJsOptions = {},
): ReadResult<Dataset> {
  // First, before anything walks the text: past the limit, neither JSON.parse nor the CSV parser runs.
  const body = readableText(text, options.maxBytes, "a TimelineJS sheet (CSV) or TimelineJS JSON");
  if (typeof body !== "string") return { data: undefined, issues: [body] };
  const issues: Issue[] = [];
  const notes: [string, string][] = [];
  const isJson = /^[{[]/.test(body.trimStart());
  const slides = isJson ? slidesFromJson(body, issues, notes) : slidesFromCsv(body, issues);
  if (slides === undefined) return { data: undefined, issues };

  const kindFromGroup = new Map(
    Object.entries(options.kindFromGroup ?? {}).map(([group, kind]) => [group.toLowerCase(), kind]),
  );
  const usedSourceIds = new Set([timelineJsImportSourceId]);
  const sourceByUrl = new Map<string, string>();
  const sources: Record<string, unknown>[] = [];
  const usedEventIds = new Set<string>();
  const usedEraIds = new Set<string>();
  const events: Record<string, unknown>[] = [];
  const eventSlides: Slide[] = [];
  const eras: Record<string, unknown>[] = [];
  const eraSlides: Slide[] = [];
  const extraCounts = new Map<string, number>();
  const unsourced: Slide[] = [];
  let title: string | undefined;
  let description: string | undefined;
  let titleSlide: Slide | undefined;

  /** The plain text of a slide's HTML, its http(s) links as source ids, and warnings for other links. */
  const readHtml = (slide: Slide, html: string, column: string, jsonKey: (string | number)[]) => {
    const result = htmlToText(html);
    for (const link of result.droppedLinks) {
      issues.push({
        code: "unsafe_link",
        severity: "warning",
        ...place(slide, column, jsonKey),
        message: `The link "${link.text}" points to ${JSON.stringify(link.href.slice(0, 60))}, not to an http(s) address; its text was kept and the link dropped.`,
        expected: "an http:// or https:// link",
        found: link.href.slice(0, 80),
      });
    }
    const ids: string[] = [];
    for (const link of result.links) {
      let id = sourceByUrl.get(link.href);
      if (id === undefined) {
        const host = new URL(link.href).hostname.replace(/^www\./, "");
        id = uniqueId(slugify(host, 40) || "link", usedSourceIds);
        sourceByUrl.set(link.href, id);
        sources.push({
          id,
          publisher: link.text || host,
          title: link.text || link.href,
          url: link.href,
          kind: "other",
        });
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return { text: result.text, sourceIds: ids };
  };

  for (const slide of slides) {
    const type = slide.type.toLowerCase();
    if (type === "title") {
      if (titleSlide !== undefined) {
        issues.push({
          code: "duplicate_title",
          severity: "error",
          ...place(slide, "Type", ["type"]),
          message: `A second title slide; the first is ${titleSlide.row !== undefined ? `on line ${titleSlide.row}` : "above"}. A timeline has one.`,
          expected: "one row of Type title",
          found: "a second one",
          hint: "clear the Type cell to make this row an event",
        });
        continue;
      }
      titleSlide = slide;
      title = htmlToText(slide.headline).text || undefined;
      const read = readHtml(slide, slide.text, "Text", ["text", "text"]);
      description = read.text || undefined;
      for (const [key, value] of slide.extra) notes.push([`timelinejs.title.${key}`, value]);
      if (slide.group) notes.push(["timelinejs.title.Group", slide.group]);
      if (slide.displayDate) notes.push(["timelinejs.title.Display Date", slide.displayDate]);
      if (slide.start !== undefined) {
        const when = whenOf(slide, issues);
        if (when) notes.push(["timelinejs.title.date", when]);
      }
      continue;
    }
    const when = whenOf(slide, issues);
    const headline = htmlToText(slide.headline);
    const body = readHtml(slide, slide.text, "Text", ["text", "text"]);
    if (type === "era") {
      if (when === undefined) continue;
      const label = headline.text || slide.displayDate || when;
      const id = uniqueId(`era-${slugify(label) || when}`, usedEraIds);
      eras.push({ id, label, when, sources: body.sourceIds });
      eraSlides.push(slide);
      if (body.text) notes.push([`timelinejs.era.${id}.text`, body.text]);
      for (const [key, value] of slide.extra) notes.push([`timelinejs.era.${id}.${key}`, value]);
      continue;
    }
    const extra: [string, string][] = [...slide.extra];
    if (type !== "") {
      extra.push(["Type", slide.type]);
      issues.push({
        code: "unknown_type",
        severity: "warning",
        ...place(slide, "Type", ["type"]),
        message: `The Type "${slide.type}" is not one TimelineJS knows (title or era); the row was read as an event and its Type kept in extra.`,
        expected: "title, era or nothing",
        found: slide.type,
      });
    }
    if (when === undefined) continue;
    const headlineSources = readHtml(slide, slide.headline, "Headline", [
      "text",
      "headline",
    ]).sourceIds;
    const sourceIds = [
      timelineJsImportSourceId,
      ...new Set([...headlineSources, ...body.sourceIds]),
    ];
    if (sourceIds.length === 1) unsourced.push(slide);
    const titleText = headline.text || slide.displayDate || `Untitled (${when})`;
    if (!headline.text) {
      issues.push({
        code: "missing_headline",
        severity: "warning",
        ...place(slide, "Headline", ["text", "headline"]),
        message: `This slide has no headline; it was titled "${titleText}".`,
        expected: "a headline",
        found: "nothing",
      });
    }
    const year = when.replace(/^Y/, "").match(/^-?\d+/)?.[0] ?? "";
    const idBase =
      slide.uniqueId &&
      /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(slide.uniqueId) &&
      slide.uniqueId.length <= 200
        ? slide.uniqueId
        : slugify(`${year} ${headline.text || slide.displayDate}`) || "event";
    if (slide.uniqueId && idBase !== slide.uniqueId) extra.push(["unique_id", slide.uniqueId]);
    const id = uniqueId(idBase, usedEventIds);

    const group = slide.group;
    const mapped = group ? kindFromGroup.get(group.toLowerCase()) : undefined;
    let kind: EventKind =
      mapped ??
      (legalGroup.test(group)
        ? "legislation"
        : enforcementGroup.test(group)
          ? "arrest"
          : "operation");
    const event: Record<string, unknown> = { id, title: titleText, when, sources: sourceIds };
    if (kind === "legislation") {
      const stage = firstMatch(stageWords, headline.text, body.text);
      if (stage === undefined) {
        issues.push({
          code: "kind_fallback",
          severity: "warning",
          ...place(slide, "Group", ["group"]),
          message: `The group "${group}" suggests a legislative milestone, but neither the headline nor the text names its stage (adopted, signed, in force…); the row was read as an operation.`,
          expected: "a stage word in the headline",
          found: headline.text,
          hint: "name the stage in the headline, or map the group with the kindFromGroup option",
        });
        kind = "operation";
      } else {
        event.stage = stage;
        event.instrument = slugify(headline.text) || id;
      }
    }
    if (kind === "arrest") event.action = firstMatch(actionWords, headline.text, group) ?? "arrest";
    event.kind = kind;
    if (body.text) event.summary = body.text;
    if (slide.displayDate)
      event.dateLabel = htmlToText(slide.displayDate).text || slide.displayDate;
    if (group) event.group = group;
    if (slide.label) event.label = htmlToText(slide.label).text || slide.label;
    if (extra.length > 0) {
      event.extra = Object.fromEntries(extra);
      for (const [key] of extra) extraCounts.set(key, (extraCounts.get(key) ?? 0) + 1);
    }
    events.push(event);
    eventSlides.push(slide);
  }

  for (const [key, count] of extraCounts) {
    issues.push({
      code: "kept_in_extra",
      severity: "warning",
      path: [],
      ...(isJson ? {} : { column: key }),
      message: `"${key}" has no place in jointline's model; it was kept in the extra field of ${count} event${count > 1 ? "s" : ""} under "${key}".`,
      expected: "fields of the data model",
      found: key,
    });
  }
  if (events.length > 0) {
    const where = unsourced
      .map((slide) => (slide.row !== undefined ? `line ${slide.row}` : slide.path.join(".")))
      .slice(0, 10);
    issues.push({
      code: "no_cited_source",
      severity: "warning",
      path: [],
      message:
        unsourced.length > 0
          ? `${unsourced.length} of ${events.length} events link to no source (${where.join(", ")}${unsourced.length > 10 ? ", …" : ""}); TimelineJS has no field for sources, so every event cites "${timelineJsImportSourceId}", a source that stands for this import.`
          : `TimelineJS has no field for sources: the links in each event's text became its sources, and every event also cites "${timelineJsImportSourceId}", a source that stands for this import.`,
      expected: "a cited source for every event",
      found: `${unsourced.length} events without a link`,
      hint: "add the sources after import, in JSON or in the #sources section of a jointline CSV",
    });
  }
  if (title === undefined) {
    issues.push({
      code: "missing_title",
      severity: "warning",
      path: [],
      message: 'The timeline has no title slide; the dataset was called "Imported timeline".',
      expected: "a row of Type title (or a title in the JSON)",
      found: "nothing",
    });
  }

  const importSource = {
    id: timelineJsImportSourceId,
    publisher: "Imported TimelineJS sheet",
    title: title ?? "Imported timeline",
    kind: "other",
    note: "Generated on import: TimelineJS has no field for sources. Events cite this source for the imported sheet itself, and the http(s) links of their text as further sources.",
  };
  const input: DatasetInput = {
    title: title ?? "Imported timeline",
    ...(description ? { description } : {}),
    sources: [importSource, ...sources] as DatasetInput["sources"],
    actors: [],
    events: events as DatasetInput["events"],
    eras: eras as DatasetInput["eras"],
    ...(notes.length > 0 ? { notes: Object.fromEntries(notes) } : {}),
  };
  const validated = parseDataset(input);
  for (const found of validated.issues) {
    const [collection, index, field] = found.path;
    const slide =
      collection === "events" && typeof index === "number"
        ? eventSlides[index]
        : collection === "eras" && typeof index === "number"
          ? eraSlides[index]
          : undefined;
    if (slide === undefined) {
      issues.push(found);
      continue;
    }
    const key = typeof field === "string" ? field : "";
    const location: SlideLocation = {
      ...(slide.row !== undefined ? { row: slide.row } : {}),
      path: slide.path,
      csv: slide.row !== undefined,
    };
    issues.push({
      ...found,
      ...(location.csv
        ? { row: location.row, column: csvFieldColumns[key] ?? key }
        : { path: [...location.path, ...(jsonFieldKeys[key] ?? [key])] }),
    });
  }
  return { data: hasErrors(issues) ? undefined : validated.data, issues };
}

import type { Issue } from "../../model";
import { htmlToText } from "../htmlToText";

// TimelineJS's columns and keys, and the slide: the common form of a sheet row and a JSON event.

/**
 * The TimelineJS template's column names, as a sheet's header writes them. They are the
 * format's names, matched in input (TimelineJS reads these English headers whatever the
 * language of the timeline), not words for readers: issues name a column by them, and the
 * catalogue's messages take them as `{column}`.
 * This file holds only such names (tests/i18n/userFacingLiterals.ts does not scan it).
 */
export const column = {
  year: "Year",
  month: "Month",
  day: "Day",
  time: "Time",
  endYear: "End Year",
  endMonth: "End Month",
  endDay: "End Day",
  endTime: "End Time",
  displayDate: "Display Date",
  headline: "Headline",
  text: "Text",
  media: "Media",
  mediaCredit: "Media Credit",
  mediaCaption: "Media Caption",
  mediaThumbnail: "Media Thumbnail",
  altText: "Alt Text",
  type: "Type",
  group: "Group",
  tag: "Tag",
  background: "Background",
} as const;

/** The TimelineJS sheet columns this reader knows (Knight Lab's template, plus "Alt Text" and the v1 "Tag"). */
export const knownColumns: string[] = Object.values(column);

/** The Year, Month and Day columns of a slide's start or end. */
export const dateColumns = {
  start: { year: column.year, month: column.month, day: column.day },
  end: { year: column.endYear, month: column.endMonth, day: column.endDay },
} as const;

/** Columns with no home in the model, kept in each event's `extra` under the column's name. */
export const extraColumns: string[] = [
  column.time,
  column.endTime,
  column.media,
  column.mediaCredit,
  column.mediaCaption,
  column.mediaThumbnail,
  column.altText,
  column.background,
];

/**
 * The key of a dataset note the import writes (`timelinejs.title.Group`, `timelinejs.era.<id>.text`):
 * what TimelineJS holds and the model has no field for.
 */
export const noteKey = (...parts: string[]): string => ["timelinejs", ...parts].join(".");

/** Of those, the ones TimelineJS reads as HTML: reduced to text, with link addresses in brackets. */
export const htmlColumns = new Set<string>([column.mediaCredit, column.mediaCaption]);

/**
 * Headers of a short-title column (not in Knight Lab's template, but sheets add one), compared
 * lower case without spaces, `_` and `-`: read into each event's `label`.
 */
const shortTitleHeaders = new Set(["shorttitle", "shortheadline", "shortlabel", "label"]);
/** Whether a sheet column holds short titles ("Short Title", "Label"…). */
export const isShortTitleHeader = (name: string) =>
  shortTitleHeaders.has(name.toLowerCase().replace(/[\s_-]+/g, ""));

/** One slide in a common form, from a sheet row or a JSON event. */
export interface Slide {
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

/** One side of a slide's date as written: digits, not yet checked. */
export interface DateFields {
  year: string;
  month: string;
  day: string;
}

/** Where a slide's fields are, for messages: sheet columns or JSON keys. */
export interface SlideLocation {
  row?: number;
  path: (string | number)[];
  csv: boolean;
}

/** The sheet column a dataset field came from, for issues found by validation. */
export const csvFieldColumns: Record<string, string> = {
  when: column.year,
  title: column.headline,
  summary: column.text,
  sources: column.text,
  dateLabel: column.displayDate,
  group: column.group,
  label: column.headline,
  id: column.headline,
  kind: column.group,
  stage: column.headline,
  instrument: column.headline,
  action: column.group,
};

/** The JSON keys of a slide a dataset field came from, for issues found by validation. */
export const jsonFieldKeys: Record<string, (string | number)[]> = {
  when: ["start_date"],
  title: ["text", "headline"],
  summary: ["text", "text"],
  sources: ["text", "text"],
  dateLabel: ["display_date"],
  group: ["group"],
  label: ["text", "headline"],
  id: ["unique_id"],
};

/** TimelineJS accepts "2,014" and " 3 " in its number cells; so do we (its clean_integer). */
export function cleanInteger(text: string): string {
  return text.replace(/[\s,]+/g, "");
}

/** Plain text of an HTML cell that has no model field, keeping link addresses in brackets. */
export function htmlCellText(html: string): string {
  const { text, links } = htmlToText(html);
  const urls = links.map((link) => link.href).filter((href) => !text.includes(href));
  return urls.length > 0 ? `${text} (${urls.join(", ")})`.trim() : text;
}

/** Where a slide's problem is, in the words of its input: a sheet row and column, or a JSON path. */
export function place(
  slide: Slide,
  column: string,
  jsonKey: (string | number)[],
): Pick<Issue, "path" | "row" | "column"> {
  return slide.row !== undefined
    ? { path: [], row: slide.row, column }
    : { path: [...slide.path, ...jsonKey] };
}

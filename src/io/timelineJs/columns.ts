import type { Issue } from "../../model";
import { htmlToText } from "../htmlToText";

// TimelineJS's columns and keys, and the slide: the common form of a sheet row and a JSON event.

/** The TimelineJS sheet columns this reader knows (Knight Lab's template, plus "Alt Text" and the v1 "Tag"). */
export const knownColumns = [
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
export const extraColumns = [
  "Time",
  "End Time",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Alt Text",
  "Background",
];

/** Of those, the ones TimelineJS reads as HTML: reduced to text, with link addresses in brackets. */
export const htmlColumns = new Set(["Media Credit", "Media Caption"]);

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

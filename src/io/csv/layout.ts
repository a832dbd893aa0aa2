/**
 * The column layout of jointline's CSV format (docs/csv-format.md): the sections a file may
 * have, the columns of each, which are required, and how each cell is read.
 */

/** The sections of a jointline CSV file; a line `#sources` (alone in its row) starts one. */
export type CsvSection =
  | "events"
  | "dataset"
  | "metrics"
  | "sources"
  | "actors"
  | "eras"
  | "annotations";
export const csvSections: readonly CsvSection[] = [
  "events",
  "dataset",
  "metrics",
  "sources",
  "actors",
  "eras",
  "annotations",
];

/**
 * How a cell is read: `text` as written (only a cell of nothing but spaces counts as empty),
 * `code` trimmed, `integer` a whole number (kept as text when it is not one, so that validation
 * says what is wrong), `list` split at `;`, and the structured lists of events.
 */
export type CellType = "text" | "code" | "integer" | "list" | "actors" | "figures" | "relations";

/** One column: its field in the model, how its cells are read, and the headers accepted for it. */
export interface CsvColumn {
  field: string;
  type: CellType;
  required?: boolean;
  /** Other headers read as this column, in normalized form (see `normalizeHeader`). */
  aliases?: readonly string[];
}

/** The media fields and the event column of each (`url` → `media.url`). */
export const mediaFields = [
  "url",
  "alt",
  "credit",
  "caption",
  "thumbnail",
  "width",
  "height",
  "source",
].map((key) => [key, `media.${key}`] as const);

/** The columns of the events section, in the order writeCsv writes them. */
export const eventColumns: readonly CsvColumn[] = [
  { field: "id", type: "code", required: true },
  { field: "kind", type: "code", required: true },
  { field: "title", type: "text", required: true, aliases: ["headline"] },
  { field: "when", type: "code", required: true, aliases: ["date"] },
  { field: "dateLabel", type: "text", aliases: ["displaydate"] },
  { field: "label", type: "text", aliases: ["shorttitle", "shortheadline", "shortlabel"] },
  { field: "summary", type: "text", aliases: ["description"] },
  { field: "actors", type: "actors" },
  { field: "countries", type: "list" },
  { field: "figures", type: "figures" },
  { field: "sources", type: "list", required: true, aliases: ["source"] },
  { field: "tags", type: "list" },
  { field: "group", type: "text" },
  { field: "relations", type: "relations" },
  { field: "target", type: "text" },
  { field: "status", type: "code" },
  { field: "action", type: "code" },
  { field: "instrument", type: "text" },
  { field: "jurisdiction", type: "text" },
  { field: "stage", type: "code" },
  ...mediaColumns(),
];

/**
 * The columns of an event's image (its `media`), one per field, `media.url`, `media.alt`…: read
 * into `media` by {@link foldMedia}. Dotted like `extra.` and `notes.`, so that a sheet's own
 * "Media" or "Media Credit" column is not taken for them (it stays in `extra`, as before).
 */
function mediaColumns(): CsvColumn[] {
  return mediaFields.map(([key, field]) => ({
    field,
    type:
      key === "width" || key === "height"
        ? "integer"
        : key === "url" || key === "thumbnail" || key === "source"
          ? "code"
          : "text",
  }));
}

/**
 * Moves an event entry's `media.url`, `media.alt`… cells into one `media` object (mutates the
 * entry just read); an event with none of them has no `media`.
 */
export function foldMedia(entry: Record<string, unknown>): void {
  const media: Record<string, unknown> = {};
  for (const [key, column] of mediaFields) {
    if (!Object.hasOwn(entry, column)) continue;
    media[key] = entry[column];
    delete entry[column];
  }
  if (Object.keys(media).length > 0) entry.media = media;
}

/** An event with its `media` spread into the `media.url`, `media.alt`… columns, for writing. */
export function spreadMedia(event: Record<string, unknown>): Record<string, unknown> {
  const media = event.media as Record<string, unknown> | undefined;
  if (media === undefined) return event;
  const out = { ...event };
  for (const [key, column] of mediaFields) if (media[key] !== undefined) out[column] = media[key];
  return out;
}

/** The columns of the sources section. */
export const sourceColumns: readonly CsvColumn[] = [
  { field: "id", type: "code", required: true },
  { field: "publisher", type: "text", required: true },
  { field: "title", type: "text", required: true },
  { field: "url", type: "code" },
  { field: "published", type: "code" },
  { field: "kind", type: "code" },
  { field: "note", type: "text" },
];

/** The columns of the actors section. */
export const actorColumns: readonly CsvColumn[] = [
  { field: "id", type: "code", required: true },
  { field: "name", type: "text", required: true },
  { field: "shortName", type: "text" },
  { field: "kind", type: "code", required: true },
  { field: "country", type: "code" },
  { field: "parent", type: "code" },
  { field: "subkind", type: "text" },
  { field: "scope", type: "text" },
  { field: "note", type: "text" },
];

/** The columns of the eras section. */
export const eraColumns: readonly CsvColumn[] = [
  { field: "id", type: "code", required: true },
  { field: "label", type: "text", required: true },
  { field: "when", type: "code", required: true },
  { field: "sources", type: "list" },
];

/**
 * The columns of the annotations section: one row per note drawn on the charts, pointing at a
 * date or period (`when`) or at an event (`event`).
 */
export const annotationColumns: readonly CsvColumn[] = [
  { field: "id", type: "code", required: true },
  { field: "text", type: "text", required: true, aliases: ["note"] },
  { field: "when", type: "code", aliases: ["date"] },
  { field: "event", type: "code" },
  { field: "sources", type: "list", aliases: ["source"] },
  { field: "placement", type: "code" },
];

/**
 * The columns of the metrics section: one row per metric the dataset declares (its `metrics`
 * map), keyed by the metric's name.
 */
export const metricColumns: readonly CsvColumn[] = [
  { field: "metric", type: "code", required: true, aliases: ["name"] },
  { field: "kind", type: "code" },
  { field: "family", type: "code" },
  { field: "label", type: "text" },
  { field: "country", type: "code" },
];

/** The dataset section has two columns: the field's name and its value. */
export const datasetColumns: readonly CsvColumn[] = [
  { field: "field", type: "code", required: true },
  { field: "value", type: "text", required: true },
];

/** The dataset-level fields a `#dataset` section may set; notes are written `notes.<topic>`. */
export const datasetFields = [
  "schemaVersion",
  "title",
  "description",
  "contentNote",
  "byline",
  "chartNotes",
  "license",
  "updated",
  "coverage",
] as const;

/** The columns of each section. */
export const sectionColumns: Record<CsvSection, readonly CsvColumn[]> = {
  events: eventColumns,
  dataset: datasetColumns,
  metrics: metricColumns,
  sources: sourceColumns,
  actors: actorColumns,
  eras: eraColumns,
  annotations: annotationColumns,
};

/** The header prefix of an event column kept in the event's `extra`, e.g. `extra.Media`. */
export const extraPrefix = "extra.";

/**
 * A header reduced to compare it loosely: lower case, without spaces, `_` and `-`, so that
 * `Date label`, `date_label` and `dateLabel` are one column.
 * @example normalizeHeader("Short name") // "shortname"
 */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * The column a header names in a section, if any.
 * @example findColumn("events", "Date Label")?.field // "dateLabel"
 */
export function findColumn(section: CsvSection, header: string): CsvColumn | undefined {
  const key = normalizeHeader(header);
  return sectionColumns[section].find(
    (column) => normalizeHeader(column.field) === key || (column.aliases ?? []).includes(key),
  );
}

/** Whether a cell holds nothing but whitespace, which reads as an absent value. */
export function isBlank(cell: string | undefined): boolean {
  return cell === undefined || cell.trim() === "";
}

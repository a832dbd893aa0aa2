import {
  type Dataset,
  type DatasetInput,
  type EventKind,
  hasErrors,
  type Issue,
  type ReadResult,
} from "../model";
import type { ReadSizeOptions } from "./fileTooLarge";
import { htmlToText } from "./htmlToText";
import { parseDataset } from "./parseDataset";
import { readableText } from "./readableText";
import {
  actionWords,
  enforcementGroup,
  firstMatch,
  legalGroup,
  stageWords,
} from "./timelineJs/classify";
import {
  column,
  csvFieldColumns,
  jsonFieldKeys,
  noteKey,
  place,
  type Slide,
  type SlideLocation,
} from "./timelineJs/columns";
import { whenOf } from "./timelineJs/dates";
import { slugify, uniqueId } from "./timelineJs/ids";
import { mediaFromExtra } from "./timelineJs/media";
import { tTimelineJs } from "./timelineJs/messages";
import { slidesFromCsv } from "./timelineJs/slidesFromCsv";
import { slidesFromJson } from "./timelineJs/slidesFromJson";

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
  /**
   * The language of the issues' messages and of the words the import writes into the dataset
   * (the import source, "Imported timeline", an untitled slide's title, an image's fallback alt
   * text), as a BCP 47 tag; a locale without a translation reads English. Issue codes do not
   * change. Default: `"en"`.
   * @example readTimelineJs(text, { locale: "fr" })
   */
  locale?: string;
}

/** The id of the source that every imported event cites: the import itself. */
export const timelineJsImportSourceId = "timelinejs-import";

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
  const locale = options.locale ?? "en";
  const body = readableText(
    text,
    options.maxBytes,
    tTimelineJs(locale, "timelinejs.expectedInput"),
    locale,
  );
  if (typeof body !== "string") return { data: undefined, issues: [body] };
  const issues: Issue[] = [];
  const notes: [string, string][] = [];
  const isJson = /^[{[]/.test(body.trimStart());
  const slides = isJson
    ? slidesFromJson(body, issues, notes, locale)
    : slidesFromCsv(body, issues, locale);
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
        message: tTimelineJs(locale, "timelinejs.unsafeLink", {
          text: link.text,
          href: JSON.stringify(link.href.slice(0, 60)),
        }),
        expected: tTimelineJs(locale, "timelinejs.unsafeLinkExpected"),
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
          ...place(slide, column.type, ["type"]),
          message:
            titleSlide.row !== undefined
              ? tTimelineJs(locale, "timelinejs.duplicateTitleOnLine", {
                  row: String(titleSlide.row),
                })
              : tTimelineJs(locale, "timelinejs.duplicateTitleAbove"),
          expected: tTimelineJs(locale, "timelinejs.duplicateTitleExpected"),
          found: tTimelineJs(locale, "timelinejs.duplicateTitleFound"),
          hint: tTimelineJs(locale, "timelinejs.duplicateTitleHint"),
        });
        continue;
      }
      titleSlide = slide;
      title = htmlToText(slide.headline).text || undefined;
      const read = readHtml(slide, slide.text, column.text, ["text", "text"]);
      description = read.text || undefined;
      for (const [key, value] of slide.extra) notes.push([noteKey("title", key), value]);
      if (slide.group) notes.push([noteKey("title", column.group), slide.group]);
      if (slide.displayDate) notes.push([noteKey("title", column.displayDate), slide.displayDate]);
      if (slide.start !== undefined) {
        const when = whenOf(slide, issues, locale);
        if (when) notes.push([noteKey("title", "date"), when]);
      }
      continue;
    }
    const when = whenOf(slide, issues, locale);
    const headline = htmlToText(slide.headline);
    const body = readHtml(slide, slide.text, column.text, ["text", "text"]);
    if (type === "era") {
      if (when === undefined) continue;
      const label = headline.text || slide.displayDate || when;
      const id = uniqueId(`era-${slugify(label) || when}`, usedEraIds);
      eras.push({ id, label, when, sources: body.sourceIds });
      eraSlides.push(slide);
      if (body.text) notes.push([noteKey("era", id, "text"), body.text]);
      for (const [key, value] of slide.extra) notes.push([noteKey("era", id, key), value]);
      continue;
    }
    const extra: [string, string][] = [...slide.extra];
    if (type !== "") {
      extra.push([column.type, slide.type]);
      issues.push({
        code: "unknown_type",
        severity: "warning",
        ...place(slide, column.type, ["type"]),
        message: tTimelineJs(locale, "timelinejs.unknownType", { type: slide.type }),
        expected: tTimelineJs(locale, "timelinejs.unknownTypeExpected"),
        found: slide.type,
      });
    }
    if (when === undefined) continue;
    const headlineSources = readHtml(slide, slide.headline, column.headline, [
      "text",
      "headline",
    ]).sourceIds;
    const sourceIds = [
      timelineJsImportSourceId,
      ...new Set([...headlineSources, ...body.sourceIds]),
    ];
    if (sourceIds.length === 1) unsourced.push(slide);
    const titleText =
      headline.text || slide.displayDate || tTimelineJs(locale, "timelinejs.untitled", { when });
    if (!headline.text) {
      issues.push({
        code: "missing_headline",
        severity: "warning",
        ...place(slide, column.headline, ["text", "headline"]),
        message: tTimelineJs(locale, "timelinejs.missingHeadline", { title: titleText }),
        expected: tTimelineJs(locale, "timelinejs.missingHeadlineExpected"),
        found: tTimelineJs(locale, "timelinejs.nothing"),
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
          ...place(slide, column.group, ["group"]),
          message: tTimelineJs(locale, "timelinejs.kindFallback", { group }),
          expected: tTimelineJs(locale, "timelinejs.kindFallbackExpected"),
          found: headline.text,
          hint: tTimelineJs(locale, "timelinejs.kindFallbackHint"),
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
    const image = mediaFromExtra(extra, titleText, locale);
    if (image.media !== undefined) {
      event.media = image.media;
      if (image.altFromTitle) {
        issues.push({
          code: "missing_alt",
          severity: "warning",
          ...place(slide, column.altText, ["media", "alt"]),
          message: tTimelineJs(locale, "timelinejs.missingAlt", { alt: image.media.alt ?? "" }),
          expected: tTimelineJs(locale, "timelinejs.missingAltExpected"),
          found: tTimelineJs(locale, "timelinejs.nothing"),
          hint: tTimelineJs(locale, "timelinejs.missingAltHint"),
        });
      }
    }
    if (image.extra.length > 0) {
      event.extra = Object.fromEntries(image.extra);
      for (const [key] of image.extra) extraCounts.set(key, (extraCounts.get(key) ?? 0) + 1);
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
      message: tTimelineJs(locale, "timelinejs.keptInExtra", { key, n: count }),
      expected: tTimelineJs(locale, "timelinejs.keptInExtraExpected"),
      found: key,
    });
  }
  if (events.length > 0) {
    const where = unsourced
      .map((slide) =>
        slide.row !== undefined
          ? tTimelineJs(locale, "timelinejs.line", { row: String(slide.row) })
          : slide.path.join("."),
      )
      .slice(0, 10);
    issues.push({
      code: "no_cited_source",
      severity: "warning",
      path: [],
      message:
        unsourced.length > 0
          ? tTimelineJs(locale, "timelinejs.someUnsourced", {
              unsourced: unsourced.length,
              n: events.length,
              where: `${where.join(", ")}${unsourced.length > 10 ? ", …" : ""}`,
              source: timelineJsImportSourceId,
            })
          : tTimelineJs(locale, "timelinejs.allSourced", { source: timelineJsImportSourceId }),
      expected: tTimelineJs(locale, "timelinejs.unsourcedExpected"),
      found: tTimelineJs(locale, "timelinejs.unsourcedFound", { n: unsourced.length }),
      hint: tTimelineJs(locale, "timelinejs.unsourcedHint"),
    });
  }
  const importedTitle = tTimelineJs(locale, "timelinejs.importedTitle");
  if (title === undefined) {
    issues.push({
      code: "missing_title",
      severity: "warning",
      path: [],
      message: tTimelineJs(locale, "timelinejs.missingTitle", { title: importedTitle }),
      expected: tTimelineJs(locale, "timelinejs.missingTitleExpected"),
      found: tTimelineJs(locale, "timelinejs.nothing"),
    });
  }

  const importSource = {
    id: timelineJsImportSourceId,
    publisher: tTimelineJs(locale, "timelinejs.importPublisher"),
    title: title ?? importedTitle,
    kind: "other",
    note: tTimelineJs(locale, "timelinejs.importNote"),
  };
  const input: DatasetInput = {
    title: title ?? importedTitle,
    ...(description ? { description } : {}),
    sources: [importSource, ...sources] as DatasetInput["sources"],
    actors: [],
    events: events as DatasetInput["events"],
    eras: eras as DatasetInput["eras"],
    ...(notes.length > 0 ? { notes: Object.fromEntries(notes) } : {}),
  };
  const validated = parseDataset(input, { locale });
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
        ? {
            row: location.row,
            column: Object.hasOwn(csvFieldColumns, key) ? csvFieldColumns[key]! : key,
          }
        : {
            path: [
              ...location.path,
              ...(Object.hasOwn(jsonFieldKeys, key) ? jsonFieldKeys[key]! : [key]),
            ],
          }),
    });
  }
  return { data: hasErrors(issues) ? undefined : validated.data, issues };
}

import type { Issue } from "../../model";
import {
  cleanInteger,
  column,
  type DateFields,
  htmlCellText,
  htmlColumns,
  noteKey,
  type Slide,
} from "./columns";
import { tTimelineJs } from "./messages";

// TimelineJS's JSON format read into slides, own keys only; unknown keys are kept, not dropped.

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

/** The time fields of a JSON date and their ranges, for the warning on `hour: "25"`. */
const timeFields = [
  ["hour", 23],
  ["minute", 59],
  ["second", 59],
  ["millisecond", 999],
] as const;

/** The keys of a TimelineJS JSON date object this reader knows. */
const knownDateKeys = new Set([
  "year",
  "month",
  "day",
  ...timeFields.map(([key]) => key),
  "display_date",
  "format",
]);

/**
 * "13:05" or "13:05:09.250" from a JSON date's time fields, or "" when it has none. A field out
 * of its range (`hour: "25"`) is kept as written, with a warning at its path.
 */
function timeOf(
  date: Record<string, unknown>,
  path: (string | number)[],
  issues: Issue[],
  locale: string,
): string {
  const [hour, minute, second, ms] = timeFields.map(([k]) => asText(date[k]));
  if (!hour && !minute && !second && !ms) return "";
  for (const [key, max] of timeFields) {
    const text = asText(date[key]);
    if (text === "" || (/^\d+$/.test(text) && Number(text) <= max)) continue;
    issues.push({
      code: "invalid_time",
      severity: "warning",
      path: [...path, key],
      message: tTimelineJs(locale, "timelinejs.invalidTime", { key, value: text }),
      expected: tTimelineJs(locale, "timelinejs.invalidTimeExpected", { max: String(max) }),
      found: text,
    });
  }
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
function slideFromJson(
  value: unknown,
  path: (string | number)[],
  type: string,
  issues: Issue[],
  locale: string,
): Slide {
  const slide = asObject(value);
  const text = asObject(slide.text);
  const extra: [string, string][] = [];
  const date = (key: "start_date" | "end_date", timeKey: string): DateFields | undefined => {
    if (!Object.hasOwn(slide, key) || slide[key] === undefined) return undefined;
    const d = asObject(slide[key]);
    const time = timeOf(d, [...path, key], issues, locale);
    if (time) extra.push([timeKey, time]);
    for (const k of ["display_date", "format"])
      if (asText(d[k])) extra.push([`${key}.${k}`, asText(d[k])]);
    // Unknown keys are kept (and reported with the other kept fields), never dropped.
    for (const [k, raw] of Object.entries(d))
      if (!knownDateKeys.has(k) && asText(raw)) extra.push([`${key}.${k}`, asText(raw)]);
    return {
      year: cleanInteger(asText(d.year)),
      month: cleanInteger(asText(d.month)),
      day: cleanInteger(asText(d.day)),
    };
  };
  const start = date("start_date", column.time);
  const end = date("end_date", column.endTime);
  const media = asObject(slide.media);
  const mediaNames: Record<string, string> = {
    url: column.media,
    credit: column.mediaCredit,
    caption: column.mediaCaption,
    thumbnail: column.mediaThumbnail,
    alt: column.altText,
  };
  for (const [key, raw] of Object.entries(media)) {
    const v = asText(raw);
    if (!v) continue;
    // Own keys only: "constructor" must not find Object.prototype.constructor.
    const name = Object.hasOwn(mediaNames, key) ? mediaNames[key]! : `media.${key}`;
    extra.push([name, htmlColumns.has(name) ? htmlCellText(v) : v]);
  }
  for (const [key, raw] of Object.entries(text)) {
    if (key !== "headline" && key !== "text" && asText(raw))
      extra.push([`text.${key}`, asText(raw)]);
  }
  const background = slide.background;
  if (typeof background === "string" && background.trim())
    extra.push([column.background, background.trim()]);
  else {
    const b = asObject(background);
    const url = asText(b.url);
    const color = asText(b.color);
    if (url || color) extra.push([column.background, url || color]);
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
export function slidesFromJson(
  text: string,
  issues: Issue[],
  notes: [string, string][],
  locale = "en",
): Slide[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    issues.push({
      code: "invalid_json",
      severity: "error",
      path: [],
      message: tTimelineJs(locale, "timelinejs.invalidJson", {
        error: error instanceof Error ? error.message : String(error),
      }),
      expected: tTimelineJs(locale, "timelinejs.invalidJsonExpected"),
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
      message: tTimelineJs(locale, "timelinejs.noEventList"),
      expected: tTimelineJs(locale, "timelinejs.noEventListExpected"),
      found: Array.isArray(value)
        ? tTimelineJs(locale, "timelinejs.foundList")
        : root.events === undefined
          ? tTimelineJs(locale, "timelinejs.foundNoEvents")
          : typeof root.events,
      ...(Array.isArray(value)
        ? { hint: tTimelineJs(locale, "timelinejs.putListUnderEvents") }
        : {}),
    });
    return undefined;
  }
  for (const [key, raw] of Object.entries(root)) {
    if (key !== "title" && key !== "events" && key !== "eras" && asText(raw))
      notes.push([noteKey(key), asText(raw)]);
  }
  const slides: Slide[] = [];
  if (root.title !== undefined)
    slides.push(slideFromJson(root.title, ["title"], "title", issues, locale));
  root.events.forEach((event, i) => {
    slides.push(slideFromJson(event, ["events", i], "", issues, locale));
  });
  if (Array.isArray(root.eras))
    root.eras.forEach((era, i) => {
      slides.push(slideFromJson(era, ["eras", i], "era", issues, locale));
    });
  return slides;
}

import type { ChromeOptions, ChromeSetting } from "../components/shared/chrome/chromeOptions";
import type { MessageParams } from "../i18n/formatMessage";
import { resolveLocale } from "../i18n/resolveLocale";
import { dateWords } from "../model/dateWords";
import { parseWhen } from "../time/parseWhen";
import { toExtent } from "../time/toExtent";
import type { tAttribute } from "./attributeMessages";
import { attributeWords } from "./attributeWords";

/**
 * The file formats the `format` attribute names: the same as the readers' `DatasetFormat`
 * (io/readDataset), spelled out here so that views need nothing from embed/ (a test
 * checks the two stay equal).
 */
export type EmbedFormat = "json" | "csv" | "timelinejs";

/** The themes an embedded chart takes: the components' themes plus `slide` (large, high contrast). */
export type EmbedTheme = "auto" | "light" | "dark" | "high-contrast" | "slide";

/** The embed themes, in the order a picker lists them. */
export const embedThemes: readonly EmbedTheme[] = [
  "auto",
  "light",
  "dark",
  "high-contrast",
  "slide",
];

/**
 * The configuration of an embedded chart, read from the attributes of `<jointline-timeline>`
 * (and its siblings) or from the query string of the iframe embed page. Each field is the
 * attribute of the same name in kebab-case.
 */
export interface EmbedAttributes {
  /** URL of a JSON, CSV or TimelineJS file, relative to the page. Default: inline data. */
  src?: string;
  /** The file's format; default guessed from the URL and the text. */
  format?: EmbedFormat;
  /** Theme; default `auto` (the reader's system setting). */
  theme: EmbedTheme;
  /** BCP 47 locale of dates and numbers; default `en`. */
  locale?: string;
  /** Height of the chart in px; default: from content. */
  height?: number;
  /** Width in px; default: the element's width. */
  width?: number;
  /** First date of the window shown, as EDTF (`2019`, `2019-06`); default: all events. */
  start?: string;
  /** Last date of the window shown, as EDTF; the window runs to the end of that date. */
  end?: string;
  /** The window `[start, end]` in ms, when `start`/`end` parse; else undefined. */
  window?: [number, number];
  /** Timeline lanes: `kind`, `actor`, `lead`, `country`, `tag`, `none`. */
  lanes?: string;
  /** Timeline scale: `chronological` or `sequential`. */
  scale?: string;
  /** Timeline orientation: `horizontal`, `vertical` or `auto` (vertical below `vertical-below`). */
  orientation?: "horizontal" | "vertical" | "auto";
  /** Timeline: the width in px under which `orientation="auto"` turns vertical (default 600). */
  verticalBelow?: number;
  /** Timeline: a metric sizing marks; network: `operations`, `degree`, `weightedDegree`. */
  sizeBy?: string;
  /** Network facet: `actor` or `country`. */
  facet?: string;
  /** Trend metric, e.g. `arrests`. */
  metric?: string;
  /** Trend period: `year` or `quarter`. */
  period?: string;
  /** Trend stacking facet. */
  stackBy?: string;
  /** Accessible title of the chart. */
  title?: string;
  /** Show the export/share menu; `menu="none"` hides it. Default true. */
  menu: boolean;
  /** URL of the iframe embed page offered by "Get embed code"; default beside the script. */
  embedPage?: string;
  /** Presentation: the step shown (0 = overview, 1 = the first event). */
  step?: number;
  /**
   * The chart chrome (headline, dek, content note, legend, notes, source line, byline): from
   * `chrome="off"` (none of it) and the per-piece attributes `headline`, `dek`, `content-note`,
   * `notes`, `source-line`, `byline` (a text replaces the dataset's, `off` drops the piece),
   * `legend="off"` and `data-url` (linked as "Get the data"). Default: every piece from the data.
   */
  chrome?: ChromeSetting;
  /** `images="off"`: show no remote image at all (each event image's alt text instead). Default on. */
  images?: "on" | "off";
  /** Any other component option, as a JSON object (`options='{"overview":true}'`). */
  options: Record<string, unknown>;
  /** What was wrong with the attributes: each is ignored and reported, never fatal. */
  problems: string[];
}

/** The attribute names every jointline element observes. */
export const embedAttributeNames = [
  "src",
  "format",
  "theme",
  "locale",
  "height",
  "width",
  "start",
  "end",
  "lanes",
  "scale",
  "orientation",
  "vertical-below",
  "size-by",
  "facet",
  "metric",
  "period",
  "stack-by",
  "title",
  "menu",
  "embed-page",
  "step",
  "images",
  "options",
  "chrome",
  "headline",
  "dek",
  "content-note",
  "notes",
  "source-line",
  "byline",
  "legend",
  "data-url",
] as const;

/** The chrome's text pieces by attribute name. */
const chromeAttributes = {
  headline: "headline",
  dek: "dek",
  "content-note": "contentNote",
  notes: "notes",
  "source-line": "sourceLine",
  byline: "byline",
} as const;

const offWords = new Set(["off", "none", "false", "no"]);

/**
 * An attribute's problem in words when they are here (attributeWords.ts), else the attribute as
 * written, `name="value"`: what the script-tag core says until its problems part has run, and
 * where that part cannot load.
 */
function problemText(
  locale: string,
  key: Parameters<typeof tAttribute>[1],
  params: MessageParams & { name: string; value: string },
): string {
  return attributeWords()?.(locale, key, params) ?? `${params.name}="${params.value}"`;
}

/** The chrome setting of the attributes; undefined when none of them is set. */
function chromeAttributesOf(
  text: (name: string) => string | undefined,
  problems: string[],
  locale: string,
): ChromeSetting | undefined {
  const all = text("chrome");
  if (all !== undefined && offWords.has(all.toLowerCase())) return false;
  if (all !== undefined && !["on", "true", "yes"].includes(all.toLowerCase()))
    problems.push(problemText(locale, "attribute.notOnOff", { name: "chrome", value: all }));
  const chrome: ChromeOptions = {};
  for (const [name, key] of Object.entries(chromeAttributes)) {
    const value = text(name);
    if (value !== undefined) chrome[key] = offWords.has(value.toLowerCase()) ? false : value;
  }
  const legend = text("legend");
  if (legend !== undefined) chrome.legend = !offWords.has(legend.toLowerCase());
  const url = text("data-url");
  if (url !== undefined) chrome.dataUrl = url;
  return Object.keys(chrome).length || all !== undefined ? chrome : undefined;
}

function windowBound(
  text: string,
  edge: "start" | "end",
  problems: string[],
  locale: string,
): number | undefined {
  const parsed = parseWhen(text);
  if (!parsed.ok) {
    problems.push(
      problemText(locale, "attribute.badDate", {
        name: edge,
        value: text,
        // In the script-tag core the words come with the validator part, which an element
        // loads before showing this (src/embed/dateWordsFor.ts); the reason's code meanwhile.
        problem: dateWords()?.(parsed.error, locale).message ?? parsed.error.reason,
      }),
    );
    return undefined;
  }
  const extent = toExtent(parsed.value);
  return edge === "start" ? extent.earliestStart : extent.latestEnd;
}

/**
 * Reads the embed configuration from attributes (or query-string parameters): numbers and
 * dates are parsed, unknown values reported in `problems` and left out, so a typo never blanks
 * the chart. `locale` is the language of the problems (default English): pass the element's
 * once its words are loaded.
 *
 * @example
 * parseEmbedAttributes((name) => element.getAttribute(name));
 * parseEmbedAttributes((name) => new URLSearchParams(location.search).get(name));
 */
export function parseEmbedAttributes(
  get: (name: string) => string | null,
  locale = "en",
): EmbedAttributes {
  const problems: string[] = [];
  const text = (name: string) => {
    const value = get(name)?.trim();
    return value ? value : undefined;
  };
  const number = (name: string) => {
    const value = text(name);
    if (value === undefined) return undefined;
    const n = Number.parseFloat(value);
    if (!Number.isFinite(n) || n <= 0) {
      problems.push(problemText(locale, "attribute.notPixels", { name, value }));
      return undefined;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(
      problemText(locale, "attribute.notOneOf", { name, value, allowed: allowed.join(", ") }),
    );
    return undefined;
  };
  const start = text("start");
  const end = text("end");
  const startMs = start === undefined ? undefined : windowBound(start, "start", problems, locale);
  const endMs = end === undefined ? undefined : windowBound(end, "end", problems, locale);
  let window: [number, number] | undefined;
  if (startMs !== undefined || endMs !== undefined) {
    if (startMs !== undefined && endMs !== undefined && startMs >= endMs) {
      problems.push(
        problemText(locale, "attribute.startAfterEnd", {
          start: start ?? "",
          end: end ?? "",
          name: "start",
          value: start ?? "",
        }),
      );
    } else {
      window = [startMs ?? Number.NEGATIVE_INFINITY, endMs ?? Number.POSITIVE_INFINITY];
    }
  }
  let options: Record<string, unknown> = {};
  const rawOptions = text("options");
  if (rawOptions !== undefined) {
    try {
      const parsed: unknown = JSON.parse(rawOptions);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        options = parsed as Record<string, unknown>;
      } else
        problems.push(
          problemText(locale, "attribute.optionsNotObject", { name: "options", value: rawOptions }),
        );
    } catch (error) {
      problems.push(
        problemText(locale, "attribute.optionsNotJson", {
          problem: (error as Error).message,
          name: "options",
          value: rawOptions,
        }),
      );
    }
  }
  const attributes: EmbedAttributes = {
    theme: oneOf("theme", embedThemes) ?? "auto",
    menu: text("menu") !== "none" && text("menu") !== "false",
    options,
    problems,
  };
  const set = <K extends keyof EmbedAttributes>(key: K, value: EmbedAttributes[K] | undefined) => {
    if (value !== undefined) attributes[key] = value;
  };
  set("src", text("src"));
  set("format", oneOf<EmbedFormat>("format", ["json", "csv", "timelinejs"]));
  set("locale", text("locale") === "auto" ? resolveLocale("auto") : text("locale"));
  set("height", number("height"));
  set("width", number("width"));
  set("start", start);
  set("end", end);
  set("window", window);
  set("lanes", oneOf("lanes", ["kind", "actor", "lead", "country", "tag", "none"] as const));
  set("scale", oneOf("scale", ["chronological", "sequential"] as const));
  set("orientation", oneOf("orientation", ["horizontal", "vertical", "auto"] as const));
  set("verticalBelow", number("vertical-below"));
  set("sizeBy", text("size-by"));
  set("facet", oneOf("facet", ["actor", "country"] as const));
  set("metric", text("metric"));
  set("period", oneOf("period", ["year", "quarter"] as const));
  set("stackBy", text("stack-by"));
  set("title", text("title"));
  set("embedPage", text("embed-page"));
  set("chrome", chromeAttributesOf(text, problems, locale));
  set("images", oneOf("images", ["on", "off"] as const));
  const step = text("step");
  if (step !== undefined) {
    const n = Number(step);
    if (Number.isInteger(n) && n >= 0) attributes.step = n;
    else problems.push(problemText(locale, "attribute.notStep", { name: "step", value: step }));
  }
  return attributes;
}

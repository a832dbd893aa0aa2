/**
 * What the chart chrome prints around a chart — headline, dek, content note, legend, notes,
 * source line, byline — each taken from the dataset unless set here. A string replaces the
 * dataset's text; `false` (or `""`) leaves that piece out; `chrome: false` leaves all of it out
 * (for a host page that prints its own headline and credits).
 *
 * @example
 * { headline: "Joint operations, 2010–2025", byline: "Graphic: Data desk", dek: false }
 */
export interface ChromeOptions {
  /** The headline. Default: the dataset's `title`. */
  headline?: string | false;
  /** The description under the headline. Default: the dataset's `description`. */
  dek?: string | false;
  /** The content note, printed before the chart. Default: the dataset's `contentNote`. */
  contentNote?: string | false;
  /** Notes under the chart, above the sources. Default: the dataset's `chartNotes`. */
  notes?: string | false;
  /**
   * The source line. Default: written from the sources of what the chart shows ("Sources:
   * Europol, INTERPOL, U.S. DOJ and 12 more"); a string replaces it.
   */
  sourceLine?: string | false;
  /** Who made the chart. Default: the dataset's `byline`. */
  byline?: string | false;
  /** The chart's legend (the chart's own in a page; drawn into exports). Default `true`. */
  legend?: boolean;
  /** URL of the data file, linked as "Get the data" (http/https only). Default: none. */
  dataUrl?: string | false;
  /** How many publishers the source line names before "and n more". Default 3. */
  maxSources?: number;
}

/** `chrome` as options and attributes take it: on (`true`, the default), off, or per piece. */
export type ChromeSetting = boolean | ChromeOptions;

/** The chrome pieces that can be switched off one by one, by option or attribute name. */
export const chromePieces = [
  "headline",
  "dek",
  "contentNote",
  "notes",
  "sourceLine",
  "byline",
  "legend",
] as const;

/** One of {@link chromePieces}. */
export type ChromePiece = (typeof chromePieces)[number];

/**
 * `chrome` normalised to options, or `false` when every piece is off.
 * @example maybeChrome(undefined) // {}
 */
export function maybeChrome(setting: ChromeSetting | undefined): ChromeOptions | false {
  if (setting === false) return false;
  if (setting === true || setting === undefined) return {};
  return setting;
}

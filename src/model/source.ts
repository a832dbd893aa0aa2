import * as z from "zod/mini";
import { EdtfDate } from "./edtfDate";
import { HttpUrl } from "./httpUrl";
import { Id } from "./id";

/** What kind of document a source is. */
export const SourceKind = z.enum([
  "press_release",
  "official_page",
  "news",
  "report",
  "legal_text",
  "court_record",
  "fact_check",
  "other",
]);
export type SourceKind = z.infer<typeof SourceKind>;

/**
 * A document that reports an event or a figure. Every event cites at least one source and every
 * figure exactly one, so every number on a chart can be traced back to where it was published.
 * @example Source.parse({ id: "s02", publisher: "Europol", title: "Operation Rescue", url: "https://www.europol.europa.eu/" })
 */
export const Source = z.strictObject({
  id: Id,
  publisher: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  /** Where it can be read; absent when it was not recorded (say why in `note`). */
  url: z.optional(HttpUrl),
  /** Publication date, with its real precision. */
  published: z.optional(EdtfDate),
  kind: z.optional(SourceKind),
  /** Caveats, e.g. "aggregator, republished wire copy". */
  note: z.optional(z.string()),
});
export type Source = z.infer<typeof Source>;

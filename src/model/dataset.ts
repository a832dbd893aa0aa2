import * as z from "zod/mini";
import { Actor } from "./actor";
import { Annotation } from "./annotation";
import { EdtfDate } from "./edtfDate";
import { Era } from "./era";
import { DataEvent } from "./event";
import { Metrics } from "./metric";
import { Source } from "./source";

/** The version of the data format this library reads and writes. */
export const schemaVersion = "1";

/**
 * A whole dataset: what it is about, the sources, the actors and the events. The shape only;
 * `parseDataset` also checks that every reference resolves.
 * @example Dataset.parse({ schemaVersion: "1", title: "Takedowns", sources: [], actors: [], events: [] })
 */
export const Dataset = z.strictObject({
  schemaVersion: z._default(z.literal(schemaVersion), schemaVersion),
  title: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  /** Shown before the chart where set, e.g. a note that the subject is distressing. */
  contentNote: z.optional(z.string()),
  /**
   * Who made the chart, printed under it and in every export ("Chart: Jane Doe / The Daily").
   * Optional. @example "Graphic: Data desk"
   */
  byline: z.optional(z.string()),
  /**
   * Notes printed under the chart, above the source line (how figures were counted, say), as
   * Datawrapper's "Notes". Optional; `notes` (below) are notes about the data kept with it.
   * @example "Figures as reported by the agency that led each operation."
   */
  chartNotes: z.optional(z.string()),
  license: z.optional(z.string()),
  /** When the data was last updated; also the "now" that ongoing spans run to. */
  updated: z.optional(EdtfDate),
  sources: z._default(z.array(Source), []),
  actors: z._default(z.array(Actor), []),
  events: z._default(z.array(DataEvent), []),
  eras: z._default(z.array(Era), []),
  /**
   * Short notes drawn on the timeline and the trend, each pointing at a date, a period or an
   * event (see `Annotation`). Optional.
   */
  annotations: z.optional(z.array(Annotation)),
  /**
   * What the metrics are, where their names do not say it: which add up over events, which are
   * variants of another (`arrests_or_convictions` of `arrests`), their labels. Optional.
   */
  metrics: z.optional(Metrics),
  /**
   * "selection" when the events are a selection (publicised operations, say) rather than every
   * event of their kind: charts then say so, and totals are not a measure of all activity.
   */
  coverage: z.optional(z.enum(["selection", "complete"])),
  /** Free-form notes about the data, keyed by topic. */
  notes: z.optional(z.record(z.string(), z.string())),
});
export type Dataset = z.infer<typeof Dataset>;
/** A dataset as written in a file, before defaults are applied. */
export type DatasetInput = z.input<typeof Dataset>;

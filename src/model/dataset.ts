import { z } from "zod";
import { Actor } from "./actor";
import { EdtfDate } from "./edtfDate";
import { Era } from "./era";
import { Event } from "./event";
import { Source } from "./source";

/** The version of the data format this library reads and writes. */
export const schemaVersion = "1";

/**
 * A whole dataset: what it is about, the sources, the actors and the events. The shape only;
 * `parseDataset` also checks that every reference resolves.
 * @example Dataset.parse({ schemaVersion: "1", title: "Takedowns", sources: [], actors: [], events: [] })
 */
export const Dataset = z.strictObject({
  schemaVersion: z.literal(schemaVersion).default(schemaVersion),
  title: z.string().min(1),
  description: z.string().optional(),
  /** Shown before the chart where set, e.g. a note that the subject is distressing. */
  contentNote: z.string().optional(),
  license: z.string().optional(),
  /** When the data was last updated; also the "now" that ongoing spans run to. */
  updated: EdtfDate.optional(),
  sources: z.array(Source).default([]),
  actors: z.array(Actor).default([]),
  events: z.array(Event).default([]),
  eras: z.array(Era).default([]),
  /** Free-form notes about the data, keyed by topic. */
  notes: z.record(z.string(), z.string()).optional(),
});
export type Dataset = z.infer<typeof Dataset>;
/** A dataset as written in a file, before defaults are applied. */
export type DatasetInput = z.input<typeof Dataset>;

import * as z from "zod/mini";
import { EdtfDate } from "./edtfDate";
import { Id } from "./id";

/**
 * Where an annotation's text would rather sit relative to what it points at; a hint, since the
 * chart moves it where it would cover a mark or a label. `auto` (the default) lets the chart choose.
 */
export const AnnotationPlacement = z.enum(["auto", "above", "below", "start", "end"]);
export type AnnotationPlacement = z.infer<typeof AnnotationPlacement>;

/**
 * A short note drawn on the timeline and the trend with a connector, pointing at a date or a
 * period (`when`, EDTF) or at an event (`event`, its id): exactly one of the two. Plain text only.
 * @example Annotation.parse({ id: "a1", text: "EU interim regulation applies", when: "2021-08-02", sources: ["s1"] })
 * @example Annotation.parse({ id: "a2", text: "Largest platform taken down", event: "op-stream" })
 */
export const Annotation = z.strictObject({
  id: Id,
  /** The note, plain text (never HTML); keep it short, it is drawn on the chart. */
  text: z.string().check(z.minLength(1)),
  /** The date or period it points at, with its real precision (EDTF). */
  when: z.optional(EdtfDate),
  /** The id of the event it points at. */
  event: z.optional(Id),
  /** Ids of the sources that support the note. */
  sources: z._default(z.array(Id), []),
  placement: z.optional(AnnotationPlacement),
});
export type Annotation = z.infer<typeof Annotation>;

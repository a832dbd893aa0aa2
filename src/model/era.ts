import * as z from "zod/mini";
import { EdtfDate } from "./edtfDate";
import { Id } from "./id";

/**
 * A named period drawn as a background band, e.g. the years a law was in force.
 * @example Era.parse({ id: "interim", label: "EU interim regulation in force", when: "2021-08-02/2026-04-03" })
 */
export const Era = z.strictObject({
  id: Id,
  label: z.string().check(z.minLength(1)),
  when: EdtfDate,
  sources: z._default(z.array(Id), []),
});
export type Era = z.infer<typeof Era>;

import * as z from "zod/mini";
import { Id } from "./id";

/** How one event relates to another. */
export const RelationType = z.enum(["part_of", "follows", "related_to"]);
export type RelationType = z.infer<typeof RelationType>;

/**
 * A link from an event to another event: an arrest that is `part_of` an operation, a stage that
 * `follows` an earlier one.
 * @example Relation.parse({ type: "part_of", event: "operation-pacifier-2015-2017" })
 */
export const Relation = z.strictObject({ type: RelationType, event: Id });
export type Relation = z.infer<typeof Relation>;

import * as z from "zod/mini";
import { Id } from "./id";

/** How an actor took part in an event. */
export const Role = z.enum(["lead", "coordinator", "participant", "support"]);
export type Role = z.infer<typeof Role>;

/**
 * An actor's part in one event.
 * @example ActorRole.parse({ actor: "europol", role: "coordinator" })
 */
export const ActorRole = z.strictObject({
  actor: Id,
  role: z._default(Role, "participant"),
});
export type ActorRole = z.infer<typeof ActorRole>;

import * as z from "zod/mini";
import { CountryCode } from "./countryCode";
import { Id } from "./id";

/** What kind of institution an actor is. */
export const ActorKind = z.enum([
  "agency",
  "country",
  "intergovernmental",
  "ngo",
  "company",
  "court",
  "legislature",
  "other",
]);
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * An institution that takes part in events: an agency, a country, an intergovernmental body, an
 * NGO, a company, a court or a legislature. There is deliberately no kind for private persons.
 * @example Actor.parse({ id: "europol", name: "Europol", kind: "agency" })
 */
export const Actor = z.strictObject({
  id: Id,
  name: z.string().check(z.minLength(1)),
  /** A short label for crowded charts, e.g. "CEOP". */
  shortName: z.optional(z.string().check(z.minLength(1))),
  kind: ActorKind,
  /** The actor's own country, where it has one. */
  country: z.optional(CountryCode),
  /** The actor this one belongs to (a national unit of a ministry, say). */
  parent: z.optional(Id),
  /** A finer description of the kind, e.g. "EU institution (legislature)". */
  subkind: z.optional(z.string()),
  /** The area it acts for when it is not one country, e.g. "EU". */
  scope: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type Actor = z.infer<typeof Actor>;

import { z } from "zod";
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
  name: z.string().min(1),
  /** A short label for crowded charts, e.g. "CEOP". */
  shortName: z.string().min(1).optional(),
  kind: ActorKind,
  /** The actor's own country, where it has one. */
  country: CountryCode.optional(),
  /** The actor this one belongs to (a national unit of a ministry, say). */
  parent: Id.optional(),
  /** A finer description of the kind, e.g. "EU institution (legislature)". */
  subkind: z.string().optional(),
  /** The area it acts for when it is not one country, e.g. "EU". */
  scope: z.string().optional(),
  note: z.string().optional(),
});
export type Actor = z.infer<typeof Actor>;

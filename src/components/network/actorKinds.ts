import type { ActorKind } from "../../model";

/**
 * The actor kinds the network names and colours, in the order they take palette colours — the
 * model's `ActorKind`, written here without zod (the network part does not carry the schemas).
 * @example actorKinds.includes("court"); // true
 */
export const actorKinds: readonly ActorKind[] = [
  "agency",
  "intergovernmental",
  "country",
  "ngo",
  "company",
  "court",
  "legislature",
  "other",
];

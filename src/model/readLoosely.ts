/**
 * Reading a dataset loosely, for the reference checks (checkReferences, acceptReferencesFast):
 * a file whose shape has errors still gets its references checked, all problems at once, not in
 * rounds. Lists are returned as they are (no copy: 100,000 events are checked on every load).
 */
export type Loose = Record<string, unknown>;

const NONE: readonly unknown[] = [];
const BLANK: Loose = {};

/**
 * The entries of a list field, or none.
 * @example entries({ events: [1] }, "events"); // [1]
 */
export function entries(value: unknown, key: string): readonly unknown[] {
  const list = value !== null && typeof value === "object" ? (value as Loose)[key] : undefined;
  return Array.isArray(list) ? list : NONE;
}

/**
 * An entry read loosely: a non-object entry has no fields.
 * @example fields(3).id; // undefined
 */
export function fields(item: unknown): Loose {
  return item !== null && typeof item === "object" ? (item as Loose) : BLANK;
}

/**
 * A string field's value, else undefined.
 * @example text(3); // undefined
 */
export function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * An encoding as users write it: a constant, the name of a field of the datum, or a function of
 * the datum (as in d3 and Observable Plot).
 *
 * @example
 * const size: Accessor<Event, number> = (event) => event.figures.length;
 */
export type Accessor<T, V> = V | (keyof T & string) | ((datum: T, index: number) => V);

/**
 * Normalizes an {@link Accessor} to a function. A string is read as a field name when the
 * datum has that field, else as a constant (so `color: "red"` and `color: "kind"` both work).
 *
 * @example
 * const label = maybeAccessor<Event, string>("title");
 * label(event, 0); // event.title
 */
export function maybeAccessor<T, V>(
  accessor: Accessor<T, V> | undefined,
  fallback: V,
): (datum: T, index: number) => V {
  if (accessor === undefined) return () => fallback;
  if (typeof accessor === "function") return accessor as (datum: T, index: number) => V;
  if (typeof accessor === "string") {
    const key = accessor;
    return (datum) => {
      if (datum !== null && typeof datum === "object" && key in datum)
        return (datum as Record<string, unknown>)[key] as V;
      return accessor as V;
    };
  }
  return () => accessor as V;
}

/**
 * Merges a partial options object over defaults one level deep, dropping `undefined` values so
 * that `update({ theme: undefined })` restores the default instead of breaking the chart.
 *
 * @example
 * mergeOptions({ a: 1, b: 2 }, { b: undefined }); // { a: 1, b: 2 }
 */
export function mergeOptions<T extends object>(base: T, partial: Partial<T> | undefined): T {
  const out = { ...base };
  if (!partial) return out;
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/**
 * vitest 5 asks for Node ≥ 22 and its reporter calls `Map.groupBy` (Node 21+) when it prints a
 * failure; on Node 20, the version on these machines, that crashes the report and hides the
 * failing assertion. Loaded by vite.config.ts; a no-op on newer Node.
 */
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
if (typeof mapWithGroupBy.groupBy !== "function") {
  mapWithGroupBy.groupBy = <K, T>(
    items: Iterable<T>,
    key: (item: T, index: number) => K,
  ): Map<K, T[]> => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}
const objectWithGroupBy = Object as unknown as { groupBy?: unknown };
if (typeof objectWithGroupBy.groupBy !== "function") {
  objectWithGroupBy.groupBy = <T>(
    items: Iterable<T>,
    key: (item: T, index: number) => PropertyKey,
  ) => {
    const groups: Record<PropertyKey, T[]> = Object.create(null);
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      groups[k] = [...(groups[k] ?? []), item];
    }
    return groups;
  };
}

export {};

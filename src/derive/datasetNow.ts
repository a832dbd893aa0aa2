import type { Dataset } from "../model";
import { parseWhen, toExtent } from "../time";

/**
 * The "now" that a dataset's ongoing spans run to: the first instant of its `updated` date (the
 * data is known to be current up to then, not beyond), or undefined when it has none.
 *
 * @example
 * datasetNow({ ...dataset, updated: "2026-11-21" }); // Date.UTC(2026, 10, 21)
 */
export function datasetNow(dataset: Pick<Dataset, "updated">): number | undefined {
  if (dataset.updated === undefined) return undefined;
  const parsed = parseWhen(dataset.updated);
  return parsed.ok ? toExtent(parsed.value).earliestStart : undefined;
}

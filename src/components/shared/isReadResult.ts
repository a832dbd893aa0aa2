import type { Dataset } from "../../model/dataset";
import type { ChartData } from "./chart";

/**
 * Whether a chart's data is a reader's `{ data, issues }` rather than a dataset. A module of its
 * own: the timeline (in the script-tag core) needs only this, not the rest of chartData.ts.
 * @example isReadResult(readJson(text)); // true
 */
export function isReadResult(data: ChartData): data is Exclude<ChartData, Dataset> {
  return "issues" in data && !("events" in data);
}

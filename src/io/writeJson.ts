import type { Dataset } from "../model";

/**
 * Writes a dataset as JSON text (two-space indented), readable again by `readJson` unchanged.
 * @example await writeFile("out.json", writeJson(dataset));
 */
export function writeJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

import { parseWhen } from "./parseWhen.js";

/**
 * Whether a text is a date or span {@link parseWhen} accepts (surrounding whitespace allowed).
 *
 * @example
 * isWhen("2024-Q4"); // true
 * isWhen("2025-13-40"); // false
 */
export function isWhen(text: string): boolean {
  return parseWhen(text).ok;
}

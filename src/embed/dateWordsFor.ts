import { dateWords } from "../model/dateWords";
import { parseWhen } from "../time/parseWhen";
import { loadPart } from "./parts";

/**
 * For an element whose `start` or `end` attribute holds a date it cannot read: the load of the
 * validator part, which brings the words that say what is wrong with it (model/dateWords.ts), so
 * that the problem shown above the chart says why. Undefined when the words are here (the ESM
 * build, or the part has run) or every date reads. Never rejects: where the part cannot load the
 * problem names the reason's code.
 * @example await dateWordsFor((name) => element.getAttribute(name));
 */
export function dateWordsFor(get: (name: string) => string | null): Promise<unknown> | undefined {
  if (dateWords()) return undefined;
  const bad = ["start", "end"].some((name) => {
    const value = get(name)?.trim();
    return value ? !parseWhen(value).ok : false;
  });
  return bad ? loadPart("validate").catch(() => {}) : undefined;
}

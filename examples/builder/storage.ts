// Keeps the work in the browser: the sheet and the options in localStorage, written shortly
// after every change and at once when the page is hidden or closed, read back on load.
import { type BuilderOptions, readOptions } from "./builderOptions.ts";
import type { Sheet } from "./sheet.ts";

/** The localStorage key of the saved work. */
export const storageKey = "jointline-builder/v1";

/** What is saved. */
export interface SavedWork {
  sheet: Sheet;
  options: BuilderOptions;
  /** Where the data came from, if from a URL (for the share link). */
  dataUrl?: string;
}

const isTable = (t: unknown): boolean => {
  const table = t as { header?: unknown; rows?: unknown };
  return (
    !!table &&
    Array.isArray(table.header) &&
    table.header.every((h) => typeof h === "string") &&
    Array.isArray(table.rows) &&
    table.rows.every((r) => Array.isArray(r) && r.every((c) => typeof c === "string"))
  );
};

/** The saved work, or undefined when there is none or it is not a builder's. */
export function loadWork(storage: Storage = localStorage): SavedWork | undefined {
  try {
    const raw = storage.getItem(storageKey);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as Partial<SavedWork>;
    const sheet = saved.sheet;
    if (!sheet || !isTable(sheet.events) || !isTable(sheet.sources) || !isTable(sheet.actors)) {
      return undefined;
    }
    return {
      sheet: {
        events: sheet.events,
        sources: sheet.sources,
        actors: sheet.actors,
        dataset: Array.isArray(sheet.dataset) ? sheet.dataset : [],
        kept: Array.isArray(sheet.kept) ? sheet.kept : [],
      },
      options: readOptions(saved.options),
      ...(typeof saved.dataUrl === "string" ? { dataUrl: saved.dataUrl } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Saves the work; returns false when the browser refuses (storage full or disabled). */
export function saveWork(work: SavedWork, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(storageKey, JSON.stringify(work));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the saved work. */
export function clearWork(storage: Storage = localStorage): void {
  try {
    storage.removeItem(storageKey);
  } catch {
    // Storage disabled: there is nothing to forget.
  }
}

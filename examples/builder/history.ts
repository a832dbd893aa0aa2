// Undo and redo over whole sheets. Sheets are immutable and share their unchanged rows, so a
// step costs one array of row references, not a copy of the data. Typing into one cell is one
// step, as in a spreadsheet: the step ends when the edit moves to another cell or the focus
// leaves it (`close`).
import type { Sheet } from "./sheet.ts";

/** The undo/redo history of a builder session. */
export interface History {
  /** Call before changing the sheet; `group` merges successive edits of the same cell. */
  record(before: Sheet, group?: string): void;
  /** The sheet before the last step, or undefined; `current` becomes redoable. */
  undo(current: Sheet): Sheet | undefined;
  /** The sheet the last undo left, or undefined. */
  redo(current: Sheet): Sheet | undefined;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Ends the current typing group, so the next edit is a step of its own. */
  close(): void;
}

/**
 * A history keeping at most `limit` steps.
 * @example const history = createHistory(); history.record(sheet, "events:3:2");
 */
export function createHistory(limit = 200): History {
  const past: Sheet[] = [];
  let future: Sheet[] = [];
  let openGroup: string | undefined;
  return {
    record(before, group) {
      const merges = group !== undefined && group === openGroup;
      openGroup = group;
      if (merges) return;
      past.push(before);
      if (past.length > limit) past.shift();
      future = [];
    },
    undo(current) {
      openGroup = undefined;
      const previous = past.pop();
      if (previous) future.push(current);
      return previous;
    },
    redo(current) {
      openGroup = undefined;
      const next = future.pop();
      if (next) past.push(current);
      return next;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
    close() {
      openGroup = undefined;
    },
  };
}

/**
 * One item to pack: the interval it occupies, `start ≤ end`, in any unit (pixels, ms).
 *
 * @example
 * const item: PackItem = { start: 10, end: 42 };
 */
export interface PackItem {
  start: number;
  end: number;
}

/** Options for {@link packRows}. */
export interface PackRowsOptions {
  /**
   * The least space between two items in one row, in the items' unit; default 0 (items may
   * touch but not overlap).
   * @example { gap: 4 }
   */
  gap?: number;
  /**
   * The most rows to open; past it an item goes to the row that frees up first and is reported
   * in `overflow` (it overlaps). Default: unlimited.
   * @example { maxRows: 6 }
   */
  maxRows?: number;
}

/** The result of {@link packRows}. */
export interface PackedRows {
  /** The row of each item, in input order. */
  rows: number[];
  /** How many rows were used. */
  rowCount: number;
  /** Input indices of items placed over another because `maxRows` was reached. */
  overflow: number[];
}

/**
 * Packs intervals into as few rows as a greedy first-fit allows, so that no two items in one row
 * overlap (interval partitioning: optimal for intervals sorted by start). Items are taken in
 * order of start (ties by input order), so the result is deterministic; the input is not mutated.
 *
 * @example
 * packRows([{ start: 0, end: 5 }, { start: 3, end: 8 }, { start: 6, end: 9 }]).rows; // [0, 1, 0]
 */
export function packRows(items: readonly PackItem[], options: PackRowsOptions = {}): PackedRows {
  const gap = options.gap ?? 0;
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const order = items.map((_, i) => i);
  order.sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const rows = new Array<number>(items.length).fill(0);
  const rowEnds: number[] = [];
  const overflow: number[] = [];
  for (const i of order) {
    const item = items[i]!;
    let row = -1;
    for (let r = 0; r < rowEnds.length; r++) {
      if (rowEnds[r]! + gap <= item.start) {
        row = r;
        break;
      }
    }
    if (row === -1 && rowEnds.length < maxRows) {
      row = rowEnds.length;
      rowEnds.push(Number.NEGATIVE_INFINITY);
    }
    if (row === -1) {
      // Every row is taken: use the one that frees up first, and say so.
      row = 0;
      for (let r = 1; r < rowEnds.length; r++) if (rowEnds[r]! < rowEnds[row]!) row = r;
      overflow.push(i);
    }
    rows[i] = row;
    rowEnds[row] = Math.max(rowEnds[row]!, item.end);
  }
  return { rows, rowCount: rowEnds.length, overflow };
}

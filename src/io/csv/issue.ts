import type { Issue } from "../../model";
import type { CellProblem } from "./cells";

// Issues of readCsv, located by row and column.

/** An issue of readCsv: an error unless said otherwise. */
export function issue(fields: Omit<Issue, "severity"> & { severity?: Issue["severity"] }): Issue {
  return { severity: "error", ...fields };
}

/** A problem found in one cell, as an issue at its row, column and path. */
export function fromCellProblem(
  problem: CellProblem,
  row: number,
  column: string,
  path: Issue["path"],
): Issue {
  return issue({ ...problem, path, row, column });
}

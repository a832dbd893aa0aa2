/**
 * One problem found in input data, shaped like zod's issues but written for the person who made
 * the file: where it is, what was expected, what was found, and a hint where one helps.
 */
export interface Issue {
  /** snake_case, stable for tests and tools, e.g. `unknown_actor`, `invalid_date`. */
  code: string;
  /** Errors stop the data from loading; warnings say what was kept or changed on import. */
  severity: "error" | "warning";
  /** Where in the JSON document, e.g. `["events", 3, "when"]`. */
  path: (string | number)[];
  /** What is wrong, in one sentence. */
  message: string;
  expected?: string;
  found?: string;
  /** A likely fix, e.g. "did you mean `2025-04-02`?". */
  hint?: string;
  /** For CSV input: the 1-based line number of the row in the file (the header is line 1). */
  row?: number;
  /** For CSV input: the column's header. */
  column?: string;
}

/** What every reader returns: the data when it is usable, and every problem found. */
export interface ReadResult<T> {
  data: T | undefined;
  issues: Issue[];
}

/** Whether any issue stops the data from loading. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}

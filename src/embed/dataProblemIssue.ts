import type { Issue } from "../model";
import { tProblem } from "./problemMessages";

/** An issue of data that did not load, or of a chart not drawn: the whole input's, an error. */
export type LoadIssue = Omit<Issue, "severity" | "path">;

/**
 * What went wrong loading an element's data, as facts without words: `loadEmbedData` finds it,
 * {@link dataProblemIssue} says it (in the script-tag build, with the `problems` part).
 */
export type DataProblem =
  /** Neither a `src` nor inline data. */
  | { code: "no_data" }
  /** Inline JSON cut short by a `</script>` in it; `found`, its last characters. */
  | { code: "inline_data_truncated"; length: number; found: string }
  /** A `src` that is no URL. */
  | { code: "invalid_url"; src: string }
  /** A fetch that failed without an answer (offline, CORS, a `file://` page). */
  | { code: "load_failed"; src: string; href: string; reason: string; fromFile: boolean }
  /** A server's answer that is not a success. */
  | { code: "load_failed"; src: string; href: string; status: number; statusText: string };

/**
 * The issue of data that did not load, in a locale: what went wrong, what was expected and
 * found, and what to do.
 * @example dataProblemIssue({ code: "invalid_url", src: "http://" }, "fr").message;
 */
export function dataProblemIssue(problem: DataProblem, locale?: string): LoadIssue {
  const { code } = problem;
  if (code === "no_data")
    return {
      code,
      message: tProblem(locale, "embed.noData"),
      expected: tProblem(locale, "embed.noDataExpected"),
      found: tProblem(locale, "embed.noDataFound"),
      hint: tProblem(locale, "embed.noDataHint"),
    };
  if (code === "inline_data_truncated")
    return {
      code,
      message: tProblem(locale, "embed.truncated", { n: problem.length }),
      expected: tProblem(locale, "embed.truncatedExpected"),
      found: problem.found,
      hint: tProblem(locale, "embed.truncatedHint"),
    };
  if (code === "invalid_url")
    return {
      code,
      message: tProblem(locale, "embed.invalidUrl", { src: problem.src }),
      expected: tProblem(locale, "embed.invalidUrlExpected"),
      found: problem.src,
    };
  const expected = tProblem(locale, "embed.reachableFile");
  if ("status" in problem)
    return {
      code,
      message: tProblem(locale, "embed.httpFailed", {
        src: problem.src,
        status: String(problem.status),
        statusText: problem.statusText,
      }),
      expected,
      found: `${problem.status}`,
      hint: tProblem(locale, problem.status === 404 ? "embed.notFoundHint" : "embed.retryHint"),
    };
  return {
    code,
    message: tProblem(locale, "embed.loadFailed", { src: problem.src, reason: problem.reason }),
    expected,
    found: problem.href,
    hint: tProblem(locale, problem.fromFile ? "embed.fromFileHint" : "embed.corsHint"),
  };
}

/**
 * The issue of a chart that could not be drawn (an error while drawing, not a part that did
 * not load), in a locale.
 * @example renderFailedIssue("x is undefined", "fr");
 */
export function renderFailedIssue(reason: string, locale?: string): LoadIssue {
  return {
    code: "render_failed",
    message: tProblem(locale, "embed.renderFailed", { reason }),
    hint: tProblem(locale, "embed.renderHint"),
  };
}

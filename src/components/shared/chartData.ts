import { t } from "../../i18n/catalog";
import type { Dataset } from "../../model/dataset";
import { hasErrors, type Issue } from "../../model/issue";
import type { ChartData } from "./chart";
import { tDetails } from "./detailsMessages";
import { isReadResult } from "./isReadResult";
import { renderIssues } from "./renderIssues";

export { isReadResult };

/**
 * What a chart draws from its data: the dataset, or none with the issues that stopped it (a
 * result with errors, or no data at all). Warnings alone do not stop a chart.
 * @example const { dataset, issues } = readChartData(readCsv(text));
 */
export function readChartData(
  data: ChartData,
  locale?: string,
): { dataset: Dataset | undefined; issues: Issue[] } {
  if (!isReadResult(data)) return { dataset: data, issues: [] };
  if (data.data && !hasErrors(data.issues)) return { dataset: data.data, issues: [] };
  const issues: Issue[] = data.issues.length
    ? data.issues
    : [{ code: "no_data", severity: "error", path: [], message: t(locale, "chart.noData") }];
  return { dataset: undefined, issues };
}

/**
 * A dataset with nothing in it, drawn (hidden) behind an error report so that a chart keeps its
 * parts and its verbs keep working until good data comes.
 * @example emptyDataset().events.length; // 0
 */
export function emptyDataset(locale?: string): Dataset {
  const title = tDetails(locale, "chart.noDataTitle");
  return { schemaVersion: "1", title, sources: [], actors: [], events: [], eras: [] };
}

/** The error report shown in place of a chart's parts; see {@link createIssueReport}. */
export interface IssueReport {
  /** Shows these issues in place of the chart, or (with null or none) the chart again. */
  show(issues: readonly Issue[] | null): void;
  /** Whether the report is showing. */
  readonly showing: boolean;
}

/**
 * The slot of a chart's error report: `show(issues)` sets the chart's parts aside (detached, so
 * they keep their state) and shows {@link renderIssues} in the root instead; `show(null)` puts
 * the parts back. A chart updates its parts by reference, never by querying the root, so it can
 * keep drawing while the report shows.
 *
 * @example
 * const report = createIssueReport(root);
 * report.show(readChartData(result).issues);
 */
export function createIssueReport(root: HTMLElement, locale?: string): IssueReport {
  let parts: Node[] | null = null;
  return {
    show(issues) {
      if (parts) {
        root.replaceChildren(...parts);
        parts = null;
      }
      if (!issues?.length) return;
      parts = Array.from(root.childNodes);
      root.replaceChildren(renderIssues(root.ownerDocument, issues, { locale }));
    },
    get showing() {
      return parts !== null;
    },
  };
}

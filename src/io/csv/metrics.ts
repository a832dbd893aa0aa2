import type { Issue, Metrics } from "../../model";
import { tRead } from "../messages";
import { type Entry, type EntryLocation, readEntry } from "./entries";
import { checkCellCount, type HeaderSlot } from "./header";
import { issue } from "./issue";
import { tCsv } from "./messages";
import type { SectionBlock } from "./sections";

// The #metrics section: one row per metric the dataset declares, read into its `metrics` map.

const metricName = /^[a-z][a-z0-9_]*$/;

/** What the `#metrics` rows declare, in file order, and where each metric's row is. */
export interface MetricRows {
  entries: [string, Entry][];
  locations: Map<string, EntryLocation>;
}

/**
 * A metric name as snake_case, for the hint on a name that is not: `Arrests in UK` → `arrests_in_uk`.
 * @example snakeCase("Arrests-UK") // "arrests_uk"
 */
function snakeCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "");
}

/**
 * Reads the `#metrics` section's rows (metric, kind, family, label, country) into `rows`: each
 * metric once, named in snake_case. A row without a metric, with a name that is not snake_case
 * or with a metric already declared is reported at its row and left out.
 */
export function readMetricsSection(
  block: SectionBlock,
  slots: readonly HeaderSlot[],
  rows: MetricRows,
  issues: Issue[],
  locale?: string,
): void {
  for (const row of block.rows) {
    checkCellCount(row, slots, issues, locale);
    const { entry, location } = readEntry(
      row,
      slots,
      block.header,
      (field) => ["metrics", field],
      issues,
      locale,
    );
    const { metric, ...info } = entry;
    const column = location.columns.get("metric") ?? "metric";
    const expected = tCsv(locale, "csv.metricName");
    if (typeof metric !== "string") {
      issues.push(
        issue({
          code: "missing_metric",
          path: ["metrics"],
          row: row.line,
          column,
          message: tCsv(locale, "csv.missingMetric"),
          expected,
          found: tRead(locale, "read.nothing"),
          hint: tCsv(locale, "csv.missingMetricHint"),
        }),
      );
      continue;
    }
    if (!metricName.test(metric)) {
      const suggestion = snakeCase(metric);
      issues.push(
        issue({
          code: "invalid_format",
          path: ["metrics", metric],
          row: row.line,
          column,
          message: tCsv(locale, "csv.metricNotSnakeCase", { metric }),
          expected,
          found: metric,
          ...(metricName.test(suggestion)
            ? { hint: tCsv(locale, "csv.write", { text: suggestion }) }
            : {}),
        }),
      );
      continue;
    }
    const previous = rows.locations.get(metric);
    if (previous !== undefined) {
      issues.push(
        issue({
          code: "duplicate_metric",
          path: ["metrics", metric],
          row: row.line,
          column,
          message: tCsv(locale, "csv.duplicateMetric", { metric, line: String(previous.line) }),
          expected: tCsv(locale, "csv.eachMetricOnce"),
          found: metric,
          hint: tCsv(locale, "csv.mergeRows"),
        }),
      );
      continue;
    }
    rows.entries.push([metric, info]);
    rows.locations.set(metric, location);
  }
}

/**
 * The dataset's `metrics`: those given to readCsv, then the `#metrics` rows (which win for a
 * metric in both); undefined when there are neither, so that an absent map stays absent.
 */
export function mergeMetrics(
  base: Readonly<Metrics> | undefined,
  rows: MetricRows,
  hasSection: boolean,
): Record<string, Entry> | undefined {
  if (base === undefined && !hasSection) return undefined;
  // Entries, then Object.fromEntries, so that every name is an own key.
  return Object.fromEntries([...Object.entries(base ?? {}), ...rows.entries]);
}

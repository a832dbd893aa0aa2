import { countryCodes } from "./countryCodes";

// A module of its own, not in metricInfo.ts: the script-tag core writes metric names with it but
// uses nothing else of metricInfo.ts, and a module the core holds is held whole for the parts
// (scripts/scriptParts.ts), so metricInfo and the kind and family rules, which only the trend,
// network and details need, stay out of the core.

/**
 * A metric name as words, for a metric no dataset or catalogue names: underscores as spaces,
 * a trailing ISO country code in capitals and brackets, `pct` as %, never a lower-case code.
 * @example readableMetric("arrests_gb"); // "arrests (GB)"
 * @example readableMetric("suspects_identified"); // "suspects identified"
 */
export function readableMetric(metric: string): string {
  const match = /^(.+)_([a-z]{2})$/.exec(metric);
  const code = match?.[2]?.toUpperCase();
  const words = (text: string) => text.replaceAll("_", " ").replace(/\bpct\b/, "%");
  // Two-letter English words that are also codes ("per_capita_to", "arrests_in") stay words.
  const word = /^(at|by|to|in|on|or|is|as|be|no|do|so|up|it|me|my|am)$/.test(match?.[2] ?? "");
  return match && code && !word && countryCodes.has(code)
    ? `${words(match[1]!)} (${code})`
    : words(metric);
}

import type { Bound, DatePart, Season, When } from "./types.js";

const seasonCode: Record<Season, number> = { spring: 21, summer: 22, autumn: 23, winter: 24 };

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, "0");
}

function formatYear(year: number): string {
  return `${year < 0 ? "-" : ""}${pad(year, 4)}`;
}

function formatDatePart(part: DatePart): string {
  let text: string;
  switch (part.precision) {
    case "century":
      text = `${formatYear(part.year).slice(0, -2)}XX`;
      break;
    case "decade":
      text = `${formatYear(part.year).slice(0, -1)}X`;
      break;
    case "year":
      text = formatYear(part.year);
      break;
    case "quarter":
      text = `${formatYear(part.year)}-Q${part.quarter ?? 1}`;
      break;
    case "season":
      text = `${formatYear(part.year)}-${seasonCode[part.season ?? "spring"]}`;
      break;
    case "month":
      text = `${formatYear(part.year)}-${pad(part.month ?? 1, 2)}`;
      break;
    case "day":
      text = `${formatYear(part.year)}-${pad(part.month ?? 1, 2)}-${pad(part.day ?? 1, 2)}`;
      break;
  }
  if (part.approximate && part.uncertain) return `${text}%`;
  if (part.approximate) return `${text}~`;
  if (part.uncertain) return `${text}?`;
  return text;
}

function formatBound(bound: Bound): string {
  if ("open" in bound) return "..";
  if ("unknown" in bound) return "";
  return formatDatePart(bound);
}

/**
 * Writes a {@link When} as canonical EDTF text (quarters as `YYYY-Qn`, `%` for approximate and
 * uncertain), so that `parseWhen(formatEdtf(w))` gives back `w`.
 *
 * @example
 * formatEdtf({ type: "date", date: { year: 2024, quarter: 4, precision: "quarter", approximate: true, uncertain: false } });
 * // "2024-Q4~"
 */
export function formatEdtf(when: When): string {
  if (when.type === "date") return formatDatePart(when.date);
  return `${formatBound(when.start)}/${formatBound(when.end)}`;
}

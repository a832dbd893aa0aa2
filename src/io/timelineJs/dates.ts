import type { Issue } from "../../model";
import { parseWhen } from "../../time/parseWhen";
import { htmlToText } from "../htmlToText";
import { type DateFields, place, type Slide } from "./columns";

// The dates of a slide: its Year/Month/Day cells (or start_date/end_date) as EDTF.

/** EDTF text of one side of a slide's dates, or an issue that says which cell is wrong. */
function edtfSide(
  date: DateFields,
  slide: Slide,
  end: boolean,
  issues: Issue[],
): string | undefined {
  const prefix = end ? "End " : "";
  const key = end ? "end_date" : "start_date";
  const bad = (
    field: "Year" | "Month" | "Day",
    found: string,
    message: string,
    expected: string,
  ) => {
    issues.push({
      code: "invalid_date",
      severity: "error",
      ...place(slide, `${prefix}${field}`, [key, field.toLowerCase()]),
      message,
      expected,
      found: found === "" ? "nothing" : found,
    });
    return undefined;
  };
  if (!/^-?\d{1,9}$/.test(date.year)) {
    return bad(
      "Year",
      date.year,
      `${prefix}Year ${date.year === "" ? "is empty" : `"${date.year}" is not a year`}.`,
      "a year in digits, e.g. 2014",
    );
  }
  if (date.month !== "" && !/^\d{1,2}$/.test(date.month)) {
    return bad(
      "Month",
      date.month,
      `${prefix}Month "${date.month}" is not a month number.`,
      "a month from 1 to 12",
    );
  }
  if (date.day !== "" && !/^\d{1,2}$/.test(date.day)) {
    return bad(
      "Day",
      date.day,
      `${prefix}Day "${date.day}" is not a day number.`,
      "a day from 1 to 31",
    );
  }
  if (date.day !== "" && date.month === "") {
    return bad("Month", "", `${prefix}Day is given without a month.`, "a month with the day");
  }
  // TimelineJS counts years before 1 as BCE (Year=-44 shows "44 BCE"); EDTF, like ISO 8601,
  // counts astronomically (0000 is 1 BC, -0043 is 44 BC): one year more.
  const given = Number(date.year);
  const year = given < 0 ? given + 1 : given;
  const negative = year < 0;
  const digits = String(Math.abs(year));
  let edtf =
    digits.length > 4
      ? `Y${negative ? "-" : ""}${digits}`
      : `${negative ? "-" : ""}${digits.padStart(4, "0")}`;
  if (date.month !== "") edtf += `-${date.month.padStart(2, "0")}`;
  if (date.day !== "") edtf += `-${date.day.padStart(2, "0")}`;
  const parsed = parseWhen(edtf);
  if (!parsed.ok) {
    const field =
      date.day !== "" && /day|days|leap/i.test(parsed.error.message)
        ? "Day"
        : date.month !== "" && /month/i.test(parsed.error.message)
          ? "Month"
          : "Year";
    issues.push({
      code: "invalid_date",
      severity: "error",
      ...place(slide, `${prefix}${field}`, [key, field.toLowerCase()]),
      message: `The ${end ? "end " : ""}date ${[date.year, date.month, date.day].filter((x) => x !== "").join("-")} does not exist: ${parsed.error.message}.`,
      expected: parsed.error.expected,
      found: parsed.error.found ?? edtf,
      ...(parsed.error.hint ? { hint: parsed.error.hint } : {}),
    });
    return undefined;
  }
  return edtf;
}

/** The EDTF `when` of a slide: a date or a span, with the precision its cells give. */
export function whenOf(slide: Slide, issues: Issue[]): string | undefined {
  if (slide.start === undefined) {
    issues.push({
      code: "missing_date",
      severity: "error",
      ...place(slide, "Year", ["start_date"]),
      message: `The ${slide.type === "era" ? "era" : "event"} "${htmlToText(slide.headline).text || "(no headline)"}" has no start year, which TimelineJS also requires.`,
      expected: "a Year",
      found: "nothing",
    });
    return undefined;
  }
  const start = edtfSide(slide.start, slide, false, issues);
  const end = slide.end === undefined ? undefined : edtfSide(slide.end, slide, true, issues);
  if (start === undefined || (slide.end !== undefined && end === undefined)) return undefined;
  const when = end === undefined ? start : `${start}/${end}`;
  const parsed = parseWhen(when);
  if (!parsed.ok) {
    issues.push({
      code: "invalid_date",
      severity: "error",
      ...place(slide, "End Year", ["end_date"]),
      message: `The span ${when} is not valid: ${parsed.error.message}.`,
      expected: parsed.error.expected,
      found: when,
      ...(parsed.error.hint ? { hint: parsed.error.hint } : {}),
    });
    return undefined;
  }
  return when;
}

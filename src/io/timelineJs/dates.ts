import type { Issue } from "../../model";
import { dateProblemText } from "../../model/dateMessages";
import { parseWhen } from "../../time/parseWhen";
import { htmlToText } from "../htmlToText";
import { column, type DateFields, dateColumns, place, type Slide } from "./columns";
import { tTimelineJs } from "./messages";

// The dates of a slide: its Year/Month/Day cells (or start_date/end_date) as EDTF.

/** EDTF text of one side of a slide's dates, or an issue that says which cell is wrong. */
function edtfSide(
  date: DateFields,
  slide: Slide,
  end: boolean,
  issues: Issue[],
  locale: string,
): string | undefined {
  const columns = end ? dateColumns.end : dateColumns.start;
  const key = end ? "end_date" : "start_date";
  const bad = (
    field: "year" | "month" | "day",
    found: string,
    message: string,
    expected: string,
  ) => {
    issues.push({
      code: "invalid_date",
      severity: "error",
      ...place(slide, columns[field], [key, field]),
      message,
      expected,
      found: found === "" ? tTimelineJs(locale, "timelinejs.nothing") : found,
    });
    return undefined;
  };
  if (!/^-?\d{1,9}$/.test(date.year)) {
    return bad(
      "year",
      date.year,
      date.year === ""
        ? tTimelineJs(locale, "timelinejs.yearEmpty", { column: columns.year })
        : tTimelineJs(locale, "timelinejs.yearInvalid", { column: columns.year, value: date.year }),
      tTimelineJs(locale, "timelinejs.yearExpected"),
    );
  }
  if (date.month !== "" && !/^\d{1,2}$/.test(date.month)) {
    return bad(
      "month",
      date.month,
      tTimelineJs(locale, "timelinejs.monthInvalid", { column: columns.month, value: date.month }),
      tTimelineJs(locale, "timelinejs.monthExpected"),
    );
  }
  if (date.day !== "" && !/^\d{1,2}$/.test(date.day)) {
    return bad(
      "day",
      date.day,
      tTimelineJs(locale, "timelinejs.dayInvalid", { column: columns.day, value: date.day }),
      tTimelineJs(locale, "timelinejs.dayExpected"),
    );
  }
  if (date.day !== "" && date.month === "") {
    return bad(
      "month",
      "",
      tTimelineJs(locale, "timelinejs.dayWithoutMonth", { column: columns.day }),
      tTimelineJs(locale, "timelinejs.dayWithoutMonthExpected"),
    );
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
    const english = dateProblemText(parsed.error).message;
    const words = dateProblemText(parsed.error, locale);
    const field =
      date.day !== "" && /day|days|leap/i.test(english)
        ? "day"
        : date.month !== "" && /month/i.test(english)
          ? "month"
          : "year";
    issues.push({
      code: "invalid_date",
      severity: "error",
      ...place(slide, columns[field], [key, field]),
      message: tTimelineJs(
        locale,
        end ? "timelinejs.endDateMissing" : "timelinejs.startDateMissing",
        {
          date: [date.year, date.month, date.day].filter((x) => x !== "").join("-"),
          reason: words.message,
        },
      ),
      expected: words.expected,
      found: parsed.error.found ?? edtf,
      ...(words.hint ? { hint: words.hint } : {}),
    });
    return undefined;
  }
  return edtf;
}

/** The EDTF `when` of a slide: a date or a span, with the precision its cells give. */
export function whenOf(slide: Slide, issues: Issue[], locale = "en"): string | undefined {
  if (slide.start === undefined) {
    issues.push({
      code: "missing_date",
      severity: "error",
      ...place(slide, column.year, ["start_date"]),
      message: tTimelineJs(
        locale,
        slide.type === "era" ? "timelinejs.eraWithoutYear" : "timelinejs.eventWithoutYear",
        {
          headline: htmlToText(slide.headline).text || tTimelineJs(locale, "timelinejs.noHeadline"),
        },
      ),
      expected: tTimelineJs(locale, "timelinejs.yearMissingExpected", { column: column.year }),
      found: tTimelineJs(locale, "timelinejs.nothing"),
    });
    return undefined;
  }
  const start = edtfSide(slide.start, slide, false, issues, locale);
  const end =
    slide.end === undefined ? undefined : edtfSide(slide.end, slide, true, issues, locale);
  if (start === undefined || (slide.end !== undefined && end === undefined)) return undefined;
  const when = end === undefined ? start : `${start}/${end}`;
  const parsed = parseWhen(when);
  if (!parsed.ok) {
    const words = dateProblemText(parsed.error, locale);
    issues.push({
      code: "invalid_date",
      severity: "error",
      ...place(slide, column.endYear, ["end_date"]),
      message: tTimelineJs(locale, "timelinejs.invalidSpan", {
        when,
        reason: words.message,
      }),
      expected: words.expected,
      found: when,
      ...(words.hint ? { hint: words.hint } : {}),
    });
    return undefined;
  }
  return when;
}

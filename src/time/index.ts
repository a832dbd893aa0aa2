export { compareWhen } from "./compareWhen.js";
export { datePartRange, utcDay } from "./datePartRange.js";
export { daysInMonth, isLeapYear } from "./daysInMonth.js";
export { type CalendarParts, formatCalendar } from "./formatCalendar.js";
export { formatEdtf } from "./formatEdtf.js";
export { type FormatWhenOptions, formatWhen } from "./formatWhen.js";
export { formatPeriod, formatYear } from "./formatYear.js";
export { isWhen } from "./isWhen.js";
export { normalizeLocale, withLocale } from "./normalizeLocale.js";
export { parseWhen } from "./parseWhen.js";
export {
  centuryWords,
  registerTimeWords,
  resolveTimeWords,
  type TimeWords,
  timeWords,
} from "./timeWords.js";
export { type ToExtentOptions, toExtent } from "./toExtent.js";
export type {
  Bound,
  DatePart,
  DateProblem,
  Precision,
  Season,
  TimeExtent,
  When,
  WhenResult,
} from "./types.js";

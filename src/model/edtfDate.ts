import * as z from "zod/mini";
import { parseWhen } from "../time/parseWhen";

/**
 * A date or span in EDTF (ISO 8601-2 levels 0–1) plus quarters, kept as written so that
 * import and export never change it: `2025`, `2025-04`, `2025-04-02`, `2014~`, `2024-Q4`,
 * `2024-11/2025-03`, `2023/..` (ongoing).
 *
 * An unreadable date is a custom issue whose `params.problem` is parseWhen's
 * `DateProblem` (codes, no words) and whose zod `message` is its reason code:
 * `fromZodIssues` words it in the reader's locale (area `date`, src/model/dateMessages.ts), so
 * the schema carries no language.
 * @example EdtfDate.parse("2024-11/2025-02-28")
 */
export const EdtfDate = z.string().check(
  z.superRefine((text, ctx) => {
    const result = parseWhen(text);
    if (!result.ok) {
      ctx.addIssue({
        code: "custom",
        message: result.error.reason,
        params: { jointline: "invalid_date", problem: result.error },
      });
    }
  }),
  z.meta({
    description:
      "EDTF (ISO 8601-2 levels 0-1) date or interval, plus quarters: 2025, 2025-04, 2025-04-02, 2014~, 2024-Q4, 2024-11/2025-03, 2023/..",
    examples: ["2025-04-02", "2024-11/2025-02-28", "2014~", "2023/.."],
  }),
);
export type EdtfDate = z.infer<typeof EdtfDate>;

import { describe, expect, it } from "vitest";
import { registerLocale } from "../../src/i18n";
import de from "../../src/i18n/locales/de";
import fr from "../../src/i18n/locales/fr";
import ja from "../../src/i18n/locales/ja";
import { parseDataset } from "../../src/io/parseDataset";
import { dateProblemText } from "../../src/model/dateMessages";
import { parseWhen } from "../../src/time/parseWhen";
import type { DateProblem } from "../../src/time/types";

registerLocale(fr);
registerLocale(de);
registerLocale(ja);

function datasetWhen(when: string): Record<string, unknown> {
  return {
    title: "T",
    sources: [{ id: "s1", publisher: "Europol", title: "Press release" }],
    actors: [{ id: "europol", name: "Europol", kind: "agency", country: "NL" }],
    events: [
      {
        kind: "operation",
        id: "op-1",
        title: "Operation One",
        when,
        actors: [{ actor: "europol", role: "coordinator" }],
        sources: ["s1"],
      },
    ],
  };
}

function problem(text: string): DateProblem {
  const r = parseWhen(text);
  if (r.ok) throw new Error(`${text} was accepted`);
  return r.error;
}

describe("the words of an unreadable date (area date)", () => {
  it("parseDataset(when '2025-4-2') gives the same English issue as before by default", () => {
    const { data, issues } = parseDataset(datasetWhen("2025-4-2"));
    expect(data).toBeUndefined();
    expect(issues).toEqual([
      {
        severity: "error",
        path: ["events", 0, "when"],
        code: "invalid_date",
        message: "months and days are written with two digits",
        expected: "a date in the form YYYY-MM-DD, such as 2025-04-02",
        found: "2025-4-2",
        hint: "did you mean 2025-04-02?",
      },
    ]);
  });

  it("parseDataset(when '2025-4-2', { locale: 'fr' }) words the issue and its hint in French", () => {
    const { issues } = parseDataset(datasetWhen("2025-4-2"), { locale: "fr" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "invalid_date",
      path: ["events", 0, "when"],
      message: "les mois et les jours s’écrivent avec deux chiffres",
      expected: "une date de la forme AAAA-MM-JJ, comme 2025-04-02",
      hint: "vouliez-vous dire 2025-04-02 ?",
    });
  });

  it("parseDataset(when '2025-04-31', { locale: 'de' }) names the month in German", () => {
    const { issues } = parseDataset(datasetWhen("2025-04-31"), { locale: "de" });
    expect(issues[0]).toMatchObject({
      code: "invalid_date",
      message: "April hat 30 Tage",
      expected: "ein Tag von 01 bis 30",
    });
  });

  it("dateProblemText(problem) fills the placeholders in English and in Japanese", () => {
    const reversed = problem("2025/2024");
    expect(dateProblemText(reversed)).toEqual({
      message: "the end 2024 is before the start 2025",
      expected: "an end on or after the start",
      hint: "did you mean 2024/2025?",
    });
    expect(dateProblemText(reversed, "ja")).toEqual({
      message: "終了 2024 が開始 2025 より前です",
      expected: "開始と同じかそれより後の終了",
      hint: "2024/2025 のことですか？",
    });
    expect(dateProblemText(problem("-0001-02-29")).message).toBe(
      "-0001 (2 BC) is not a leap year, so February has 28 days",
    );
    expect(dateProblemText(problem("2025-13-04")).hint).toBe(
      "dates are written year-month-day: did you mean 2025-04-13?",
    );
  });

  it("parseWhen gives codes and values, no words", () => {
    expect(problem("2025-4-2")).toEqual({
      reason: "twoDigits",
      expected: "ymd",
      found: "2025-4-2",
      hint: "didYouMean",
      params: { suggestion: "2025-04-02" },
    });
  });
});

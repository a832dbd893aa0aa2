import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainWhen } from "../../src/time/explainWhen";
import { formatEdtf } from "../../src/time/formatEdtf";
import { parseWhen, readWhen } from "../../src/time/parseWhen";
import { whenArb } from "./arbitraries";

// readWhen (the reader the script-tag core carries) and explainWhen (the explanations, with the
// validator part) read one grammar twice: on every text, valid or not, they must agree.
function expectSame(text: string): void {
  const explained = explainWhen(text);
  const read = readWhen(text);
  if (explained.ok) expect(read).toEqual(explained);
  else expect(read).toBeUndefined();
  expect(parseWhen(text)).toEqual(explained);
}

// Pieces of right and wrong dates, joined at random: marks, codes, spans, bad days, times.
const piece = fc.constantFrom(
  ..."0123456789-/~?%X.Qq T:".split(""),
  "..",
  "2025",
  "1900",
  "-0044",
  "0000",
  "201X",
  "19XX",
  "20X5",
  "-XX",
  "-02-29",
  "-02-30",
  "-04-31",
  "-12-31",
  "-00",
  "-13",
  "-21",
  "-24",
  "-25",
  "-33",
  "-36",
  "-Q2",
  "-Q5",
  "-q3",
  "-1",
  " ",
  "/",
  "–",
  " to ",
  "T10:00",
);

describe("readWhen and explainWhen", () => {
  it("agree on texts made of date pieces, valid or not (property)", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => expectSame(pieces.join(""))),
      { numRuns: 20_000 },
    );
  });

  it("agree on every valid date written back as EDTF, with marks and spaces (property)", () => {
    fc.assert(
      fc.property(whenArb, fc.constantFrom("", " ", "~", "?", "%"), (when, extra) => {
        const text = formatEdtf(when);
        expectSame(text);
        expectSame(`${text}${extra}`);
        expectSame(`${extra}${text}`);
      }),
      { numRuns: 5_000 },
    );
  });

  it("agree on any text (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 24 }), expectSame), { numRuns: 5_000 });
  });

  it("agree on the forms the grammar names", () => {
    for (const text of [
      "2025",
      "2025-04",
      "2025-04-02",
      "2024-02-29",
      "1900-02-29",
      "-0044-03-15",
      "2024~",
      "2024-11?",
      "2024-11-05%",
      "201X",
      "19XX",
      "201X~",
      "-201X",
      "201X-05",
      "2014-XX",
      "2014-XX-XX",
      "2014-05-XX",
      "2014-XX-05",
      "2024-21",
      "2024-24~",
      "2024-21-05",
      "2024-33",
      "2024-Q4",
      "2024-q2",
      "2024-Q0",
      "2024-Q12",
      "2024-Q2-01",
      "2024-13",
      "2024-00",
      "2023/..",
      "../2023",
      "/2023",
      "2023/",
      "../..",
      "/",
      "..",
      "2025/2024",
      "2024-11/2025-03",
      "2024/2024",
      " 2024-05 ",
      "2024 / 2025",
      "2024–2025",
      "02/04/2025",
      "2025.04.02",
      "2025-4-2",
      "2025-04-02T10:00",
      "Y2025",
      "",
      "   ",
    ])
      expectSame(text);
  });
});

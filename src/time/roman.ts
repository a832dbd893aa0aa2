/**
 * A whole number in Roman numerals, for century names ("XXIe siècle"); numbers past the table's
 * reach, or 0, as digits.
 * @example roman(21); // "XXI"
 */
export const roman = (n: number): string => {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out || String(n);
};

import type { Figure } from "../../model";
import { closest } from "../../model/closest";
import { Qualifier } from "../../model/figure";
import {
  type CellResult,
  escapeText,
  firstUnescaped,
  lastUnescaped,
  splitEscaped,
  unescapeText,
} from "./cells";
import { tCsv } from "./messages";

// A figure cell item, `metric=[qualifier ]value@source` then `|key=value` attributes (the cell
// syntax and its escapes: cells.ts; docs/csv-format.md).

const qualifiers: readonly Qualifier[] = Qualifier.options;
/** Common wordings read as a qualifier; written back in the canonical form. */
const qualifierAliases: Record<string, Qualifier> = {
  "~": "approximately",
  about: "approximately",
  around: "approximately",
  "approx.": "approximately",
  approx: "approximately",
  ">": "more than",
  over: "more than",
  ">=": "at least",
  "≥": "at least",
  "<=": "up to",
  "≤": "up to",
  almost: "nearly",
};

/** The attributes of a figure after its `|`, in the order writeFigure writes them. */
const figureAttributes = ["asOf", "asReported", "unit", "scope", "correction", "note"] as const;
type FigureAttribute = (typeof figureAttributes)[number];

/** Attribute names of a figure after its `|`, with the spellings accepted for each. */
const attributeNames: Record<string, FigureAttribute> = Object.fromEntries(
  figureAttributes.map((name) => [name.toLowerCase(), name]),
);

/** The values of a figure's `|correction=`. */
const corrections = ["misreading", "rounding"] as const;

function problem(
  code: string,
  message: string,
  expected: string,
  found: string,
  hint?: string,
): CellResult<never> {
  return { ok: false, problem: { code, message, expected, found, ...(hint ? { hint } : {}) } };
}

/** Reads the number of a figure, refusing the forms a spreadsheet may produce that are ambiguous. */
function readNumber(text: string, item: string, locale: string | undefined): CellResult<number> {
  if (/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { ok: true, value: Number(text) };
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    const plain = text.replace(/,/g, "");
    return problem(
      "thousands_separator",
      tCsv(locale, "csv.thousandsSeparator", { number: text }),
      tCsv(locale, "csv.digitsOnly"),
      item,
      tCsv(locale, "csv.thousandsHint", { plain }),
    );
  }
  if (/^\d+,\d+$/.test(text)) {
    return problem(
      "decimal_comma",
      tCsv(locale, "csv.decimalComma", { number: text }),
      tCsv(locale, "csv.decimalDot"),
      item,
      tCsv(locale, "csv.write", { text: text.replace(",", ".") }),
    );
  }
  return problem(
    "invalid_number",
    tCsv(locale, "csv.notANumber", { number: text }),
    tCsv(locale, "csv.figureForm"),
    item,
  );
}

/** A figure read from a cell, before the model validates it. */
export type FigureInput = {
  metric: string;
  value: number;
  qualifier: string;
  source: string;
  asOf?: string;
  asReported?: string;
  unit?: string;
  scope?: string;
  correction?: string;
  note?: string;
};

/**
 * Reads one figure item: `metric=[qualifier ]value@source` then optional `|asOf=…`,
 * `|asReported=…`, `|unit=…`, `|scope=…`, `|correction=misreading|rounding` and `|note=…`
 * (escaped text). Exact figures omit the qualifier. A problem is written in `locale` (default
 * English).
 * @example readFigure("suspects_identified=nearly 1400@s30|asReported=nearly 1,400 suspects")
 */
export function readFigure(raw: string, locale?: string): CellResult<FigureInput> {
  const item = unescapeText(raw);
  const [main = "", ...attributes] = splitEscaped(raw, "|");
  const eq = firstUnescaped(main, "=");
  if (eq === -1) {
    return problem(
      "invalid_figure",
      tCsv(locale, "csv.figureWithoutEquals", { item }),
      tCsv(locale, "csv.figureForm"),
      item,
    );
  }
  const metric = unescapeText(main.slice(0, eq));
  const rest = main.slice(eq + 1);
  const at = lastUnescaped(rest, "@");
  if (at === -1) {
    return problem(
      "missing_figure_source",
      tCsv(locale, "csv.figureWithoutSource", { item }),
      tCsv(locale, "csv.figureForm"),
      item,
      tCsv(locale, "csv.figureSourceHint", { item }),
    );
  }
  const source = unescapeText(rest.slice(at + 1));
  const amount = unescapeText(rest.slice(0, at)).replace(/\s+/g, " ");
  const match = /^(.*?)\s*(-?[\d.,]*\d[\d.,]*(?:e[+-]?\d+)?)$/i.exec(amount);
  if (!match) {
    return problem(
      "invalid_number",
      tCsv(locale, "csv.figureWithoutNumber", { item }),
      tCsv(locale, "csv.figureForm"),
      item,
    );
  }
  const words = match[1]!.toLowerCase();
  let qualifier: Qualifier = "exact";
  if (words !== "") {
    const known = (qualifiers as readonly string[]).includes(words)
      ? (words as Qualifier)
      : qualifierAliases[words];
    if (known === undefined) {
      const suggestion = closest(words, qualifiers);
      return problem(
        "invalid_qualifier",
        tCsv(locale, "csv.invalidQualifier", {
          qualifier: match[1]!,
          qualifiers: qualifiers.join(", "),
        }),
        tCsv(locale, "csv.qualifierExpected", { qualifiers: qualifiers.join(", ") }),
        item,
        suggestion ? tCsv(locale, "csv.didYouMean", { suggestion }) : undefined,
      );
    }
    qualifier = known;
  }
  const value = readNumber(match[2]!, item, locale);
  if (!value.ok) return value;
  const figure: FigureInput = { metric, value: value.value, qualifier, source };
  for (const attribute of attributes) {
    if (attribute.trim() === "") continue;
    const sep = firstUnescaped(attribute, "=");
    const key = unescapeText(sep === -1 ? attribute : attribute.slice(0, sep));
    const name = attributeNames[key.toLowerCase().replace(/[\s_-]/g, "")];
    if (name === undefined || sep === -1) {
      const suggestion = closest(key, Object.values(attributeNames));
      return problem(
        "invalid_figure_attribute",
        tCsv(locale, sep === -1 ? "csv.attributeWithoutValue" : "csv.unknownAttribute", { key }),
        tCsv(locale, "csv.attributeExpected"),
        item,
        suggestion ? tCsv(locale, "csv.didYouMean", { suggestion }) : undefined,
      );
    }
    const value = unescapeText(attribute.slice(sep + 1));
    if (name === "correction") {
      const known = corrections.find((c) => c === value.toLowerCase());
      if (known === undefined) {
        const suggestion =
          corrections.find((c) => value !== "" && c.startsWith(value.toLowerCase())) ??
          closest(value, corrections);
        return problem(
          "invalid_correction",
          tCsv(locale, "csv.invalidCorrection", { value }),
          tCsv(locale, "csv.correctionExpected"),
          item,
          suggestion
            ? tCsv(locale, "csv.didYouMean", { suggestion })
            : tCsv(locale, "csv.leaveCorrectionOut"),
        );
      }
      figure.correction = known;
    } else figure[name] = value;
  }
  return { ok: true, value: figure };
}

/**
 * Writes one figure item, the inverse of `readFigure`.
 * @example writeFigure({ metric: "arrests", value: 79, qualifier: "at least", source: "s29" }) // "arrests=at least 79@s29"
 */
export function writeFigure(figure: Figure): string {
  const qualifier = figure.qualifier === "exact" ? "" : `${figure.qualifier} `;
  let text = `${figure.metric}=${qualifier}${String(figure.value)}@${figure.source}`;
  for (const name of figureAttributes) {
    const value = figure[name];
    if (value !== undefined) text += `|${name}=${escapeText(value)}`;
  }
  return text;
}

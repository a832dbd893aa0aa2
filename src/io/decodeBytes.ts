import type { Issue } from "../model";
import { type ReadMessageKey, tRead } from "./messages";

/** The encodings {@link decodeBytes} tells apart. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** What {@link decodeBytes} made of a file's bytes. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding it was read as. */
  encoding: TextEncodingName;
  /** A warning whenever the file was not plain UTF-8: what it was, and what was done. */
  issues: Issue[];
}

/** Options of {@link decodeBytes}. */
export interface DecodeBytesOptions {
  /**
   * The language of the `text_encoding` warning (a BCP 47 tag). Default: `"en"`.
   * @example decodeBytes(bytes, { locale: "fr" })
   */
  locale?: string;
}

/** The message key of each encoding a file not in UTF-8 is read as. */
const encodingNames: Record<Exclude<TextEncodingName, "utf-8">, ReadMessageKey> = {
  "utf-16le": "read.utf16le",
  "utf-16be": "read.utf16be",
  "windows-1252": "read.windows1252",
};

/** How many bytes at the start are looked at for UTF-16's NUL pattern. */
const sniffLength = 1000;

/**
 * UTF-16 without a byte-order mark, from the NULs of mostly-ASCII text: `i\0d\0` is
 * little-endian, `\0i\0d` big-endian. Text in other scripts has few NULs and is left to the
 * UTF-8 check (which it fails, and is then read as Windows-1252 with a warning, never silently).
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.floor(Math.min(bytes.length, sniffLength) / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return "utf-16be";
  return undefined;
}

/** Whether the first bytes hold control characters, as binary formats' magic numbers do. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 16);
  for (let i = 0; i < end; i++) {
    const c = bytes[i]!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

/**
 * The offset of the first byte that is not valid UTF-8, or -1 when the bytes are UTF-8 (decided
 * by the platform's strict decoder; the offset, for the message, by a simpler scan).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  try {
    decode(bytes, "utf-8", true);
    return -1;
  } catch {
    // Found below.
  }
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : 4;
    if (b >= 0xf5 || (b >= 0x80 && b < 0xc2)) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1). Written out because
 * Node's TextDecoder("windows-1252") decodes these bytes as Latin-1's C1 controls, so “–” and
 * “’” would come out as invisible characters.
 */
const windows1252High =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (b) =>
      b >= 0x80 && b < 0xa0 ? windows1252High.charCodeAt(b - 0x80) : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal = false): string {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

function converted(
  encoding: Exclude<TextEncodingName, "utf-8">,
  how: "read.utf16Bom" | "read.utf16Nul" | "read.notUtf8",
  params: Record<string, string>,
  found: string,
  locale: string | undefined,
): Issue {
  return {
    code: "text_encoding",
    severity: "warning",
    path: [],
    message: tRead(locale, how, { ...params, encoding: tRead(locale, encodingNames[encoding]) }),
    expected: tRead(locale, "read.textInUtf8"),
    found,
    hint: tRead(locale, "read.saveAsUtf8"),
  };
}

/**
 * Decodes a data file's bytes to text, telling UTF-8 from what spreadsheets also write: UTF-16
 * (Excel's "Unicode text", found by its byte-order mark or by the NULs of its ASCII letters) and
 * Windows-1252 (Excel's plain "CSV" on Western-European Windows, found because it is not valid
 * UTF-8). A file that is not plain UTF-8 always gets a `text_encoding` warning that names the
 * encoding it was read as; no character is replaced silently. Binary files (control characters
 * in their first bytes) are decoded as UTF-8 and left for the readers to refuse.
 * @example decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // { text: "café", encoding: "windows-1252", issues: [warning] }
 */
export function decodeBytes(
  input: Uint8Array | ArrayBuffer,
  options: DecodeBytesOptions = {},
): DecodedText {
  const { locale } = options;
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    const invalid = firstInvalidUtf8(bytes.subarray(3));
    const text = decode(bytes, "utf-8");
    if (invalid < 0) return { text, encoding: "utf-8", issues: [] };
    const replaced = (text.match(/\ufffd/g) ?? []).length;
    return {
      text,
      encoding: "utf-8",
      issues: [
        {
          code: "text_encoding",
          severity: "warning",
          path: [],
          message: tRead(locale, "read.bomNotUtf8", { n: replaced }),
          expected: tRead(locale, "read.textInUtf8"),
          found: tRead(locale, "read.byteAt", {
            byte: `0x${bytes[invalid + 3]!.toString(16).toUpperCase()}`,
            offset: String(invalid + 3),
          }),
          hint: tRead(locale, "read.saveAsUtf8"),
        },
      ],
    };
  }
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    const encoding = a === 0xff ? "utf-16le" : "utf-16be";
    return {
      text: decode(bytes, encoding),
      encoding,
      issues: [converted(encoding, "read.utf16Bom", {}, tRead(locale, "read.utf16Text"), locale)],
    };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return {
      text: decode(bytes, utf16),
      encoding: utf16,
      issues: [converted(utf16, "read.utf16Nul", {}, tRead(locale, "read.utf16Text"), locale)],
    };
  }
  // The common case decodes once: valid UTF-8 is read by the strict decoder itself.
  try {
    return { text: decode(bytes, "utf-8", true), encoding: "utf-8", issues: [] };
  } catch {
    // Not UTF-8: below.
  }
  if (looksBinary(bytes)) return { text: decode(bytes, "utf-8"), encoding: "utf-8", issues: [] };
  const invalid = firstInvalidUtf8(bytes);
  const text = decode(bytes, "windows-1252");
  const byte = bytes[invalid]!;
  const shown = decode(bytes.subarray(invalid, invalid + 1), "windows-1252");
  const hex = `0x${byte.toString(16).toUpperCase()}`;
  return {
    text,
    encoding: "windows-1252",
    issues: [
      converted(
        "windows-1252",
        "read.notUtf8",
        { byte: hex, offset: String(invalid) },
        tRead(locale, "read.byteReadAs", { byte: hex, shown }),
        locale,
      ),
    ],
  };
}

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/io/decodeBytes";
import { decodeUtf8Fast } from "../../src/io/decodeUtf8Fast";

const root = new URL("../../", import.meta.url);
const utf8 = (text: string) => new TextEncoder().encode(text);
/** UTF-16 code units as bytes, little- or big-endian. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** Files as they come: UTF-8 with and without a BOM, UTF-16 both ways, Latin bytes, noise. */
const files = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }).map(utf8),
  fc.string({ unit: "grapheme", maxLength: 200 }).map((s) => concat(utf8("\ufeff"), utf8(s))),
  fc.string({ unit: "grapheme-ascii", maxLength: 200 }).map((s) => utf16(s, true)),
  fc.string({ unit: "grapheme-ascii", maxLength: 200 }).map((s) => utf16(s, false)),
  fc.string({ maxLength: 200 }).map((s) => concat(new Uint8Array([0xff, 0xfe]), utf16(s, true))),
  fc
    .tuple(
      fc.string({ unit: "grapheme-ascii", maxLength: 100 }),
      fc.integer({ min: 0x80, max: 0xff }),
    )
    .map(([s, byte]) => concat(utf8(s), new Uint8Array([byte]), utf8(s))),
  fc.uint8Array({ maxLength: 200 }),
  fc
    .tuple(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 100 }))
    .map(([noise, s]) => concat(utf8(s), noise)),
);

describe("decodeUtf8Fast(bytes)", () => {
  it("decodeUtf8Fast(bytes) is decodeBytes(bytes).text whenever it answers, and decodeBytes then warns of nothing", () => {
    let answered = 0;
    let declined = 0;
    fc.assert(
      fc.property(files, (bytes) => {
        const fast = decodeUtf8Fast(bytes);
        if (fast === undefined) {
          declined++;
          return;
        }
        answered++;
        expect(decodeBytes(bytes)).toEqual({ text: fast, encoding: "utf-8", issues: [] });
      }),
      { numRuns: 3000 },
    );
    // Both answers were given often, so the property says something.
    expect(answered).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(500);
  });

  it("decodeUtf8Fast answers for every valid UTF-8 file with no NUL in its first 1,000 bytes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    let valid = 0;
    fc.assert(
      fc.property(files, (bytes) => {
        try {
          strict.decode(bytes);
        } catch {
          return;
        }
        if (bytes.subarray(0, 1000).includes(0)) return;
        valid++;
        expect(decodeUtf8Fast(bytes)).toBe(decodeBytes(bytes).text);
      }),
      { numRuns: 2000 },
    );
    expect(valid).toBeGreaterThan(500);
  });

  it("decodeUtf8Fast(the default dataset) is its text; Windows-1252 and UTF-16 are left to decodeBytes", () => {
    const bytes = readFileSync(new URL("data/csam-operations.json", root));
    const text = decodeUtf8Fast(new Uint8Array(bytes));
    expect(text).toBe(bytes.toString("utf8"));
    expect(decodeUtf8Fast(utf8("\ufeff{}"))).toBe("{}");
    expect(decodeUtf8Fast(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBeUndefined();
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).encoding).toBe("windows-1252");
    expect(decodeUtf8Fast(utf16("title,when", true))).toBeUndefined();
    expect(decodeBytes(utf16("title,when", true)).encoding).toBe("utf-16le");
    expect(
      decodeUtf8Fast(concat(new Uint8Array([0xfe, 0xff]), utf16("{}", false))),
    ).toBeUndefined();
  });
});

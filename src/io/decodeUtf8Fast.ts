/** How many bytes at the start are looked at for NULs, as `decodeBytes` looks for UTF-16's. */
const sniffLength = 1000;

/**
 * `decodeBytes(bytes).text` when `decodeBytes` would read the bytes as UTF-8 without a warning
 * (then the two are equal: tests/io/decodeUtf8Fast.test.ts); undefined when it may not — a
 * UTF-16 byte-order mark, a NUL among the first bytes, bytes that are not UTF-8 — and only
 * `decodeBytes` can say what the file is. Carries no words: the script-tag core decodes a UTF-8
 * file with this alone, and loads the validator part (which has `decodeBytes`) for the rest.
 * @example decodeUtf8Fast(new TextEncoder().encode("café")) // "café"
 * @example decodeUtf8Fast(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // undefined: Windows-1252
 */
export function decodeUtf8Fast(bytes: Uint8Array): string | undefined {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return undefined;
  if (bytes.subarray(0, sniffLength).includes(0)) return undefined;
  try {
    // A UTF-8 byte-order mark is dropped, as decodeBytes drops it.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

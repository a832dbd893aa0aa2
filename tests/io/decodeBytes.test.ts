import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/io/decodeBytes";
import { readDataset } from "../../src/io/readDataset";

/** A small valid CSV whose title and actor name hold accented letters. */
const sheet = [
  "id,kind,title,when,actors,sources",
  "op1,operation,Opération Fräulein,2024,europol:lead,s1",
  "",
  "#dataset",
  "field,value",
  "title,Données européennes",
  "",
  "#sources",
  "id,publisher,title,url",
  "s1,Europol,Communiqué,https://www.europol.europa.eu/",
  "",
  "#actors",
  "id,name,kind",
  "europol,Europol – Agence de l’UE,intergovernmental",
  "",
].join("\r\n");

/** Windows-1252 bytes of a text that Windows-1252 can hold. */
function windows1252(text: string): Uint8Array {
  const specials: Record<string, number> = { "–": 0x96, "’": 0x92 };
  return Uint8Array.from([...text], (ch) => specials[ch] ?? ch.charCodeAt(0));
}

function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

describe("decodeBytes(bytes)", () => {
  it("decodeBytes(UTF-8) reads it with no issue, with or without a BOM", () => {
    const bytes = new TextEncoder().encode(sheet);
    expect(decodeBytes(bytes)).toEqual({ text: sheet, encoding: "utf-8", issues: [] });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeBytes(bom.buffer)).toEqual({ text: sheet, encoding: "utf-8", issues: [] });
  });

  it("decodeBytes(Windows-1252) decodes every accented letter and warns, naming the encoding", () => {
    const { text, encoding, issues } = decodeBytes(windows1252(sheet));
    expect(text).toBe(sheet);
    expect(encoding).toBe("windows-1252");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "text_encoding", severity: "warning" });
    expect(issues[0]!.message).toContain("Windows-1252");
    expect(issues[0]!.found).toContain("0xE9");
  });

  it("decodeBytes(UTF-16) reads little- and big-endian, with or without a BOM, and warns", () => {
    for (const endian of ["le", "be"] as const) {
      for (const bom of [true, false]) {
        const { text, encoding, issues } = decodeBytes(utf16(sheet, endian, bom));
        expect(text).toBe(sheet);
        expect(encoding).toBe(`utf-16${endian}`);
        expect(issues.map((i) => [i.code, i.severity])).toEqual([["text_encoding", "warning"]]);
        expect(issues[0]!.message).toContain("UTF-16");
      }
    }
  });

  it("decodeBytes(UTF-8 with a BOM and a stray byte) says how many characters were replaced", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x62]);
    const { text, issues } = decodeBytes(bytes);
    expect(text).toBe("a\ufffdb");
    expect(issues[0]).toMatchObject({ code: "text_encoding", severity: "warning" });
    expect(issues[0]!.message).toContain("1 character was replaced");
  });

  it("decodeBytes(a PNG) leaves it to the readers, which refuse it as binary", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeBytes(png).issues).toEqual([]);
    expect(readDataset(png, { name: "x.csv" }).issues.map((i) => i.code)).toEqual(["not_csv"]);
  });
});

describe("readDataset(bytes)", () => {
  it("readDataset(Windows-1252 CSV) keeps the accents and reports the encoding, never U+FFFD", () => {
    const { data, issues, encoding } = readDataset(windows1252(sheet), { name: "ops.csv" });
    expect(encoding).toBe("windows-1252");
    expect(issues.map((i) => i.code)).toEqual(["text_encoding"]);
    expect(data?.title).toBe("Données européennes");
    expect(data?.events[0]?.title).toBe("Opération Fräulein");
    expect(data?.actors[0]?.name).toBe("Europol – Agence de l’UE");
    expect(JSON.stringify(data)).not.toContain("\ufffd");
  });

  it("readDataset(UTF-16 'Unicode text' export) reads it instead of refusing it as binary", () => {
    const tabs = sheet.replace(/,/g, "\t");
    const { data, issues } = readDataset(utf16(tabs, "le", true), { name: "ops.txt" });
    // Excel's "Unicode text" is tab-separated: readCsv says so too.
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ["text_encoding", "warning"],
      ["delimiter_detected", "warning"],
    ]);
    expect(data?.events[0]?.title).toBe("Opération Fräulein");
  });
});

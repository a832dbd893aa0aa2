import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { loadEmbedData } from "../../src/embed/loadEmbedData";
import { setPartLoader } from "../../src/embed/parts";
import { importPart } from "../../src/entries/esmParts";
import { readDataset } from "../../src/io/readDataset";

// CSV data needs the CSV reader's part, imported as the ESM build (jointline/embed) does.
setPartLoader(importPart);

const dataset = JSON.stringify({
  title: "Small",
  sources: [{ id: "s1", publisher: "P", title: "T" }],
  events: [{ id: "e1", kind: "operation", title: "Op", when: "2020", sources: ["s1"] }],
});

/** A chart element holding `inner`, in a linkedom document (no browser needed). */
function host(inner = ""): Element {
  const { document } = parseHTML(
    `<html><body><jointline-timeline>${inner}</jointline-timeline></body></html>`,
  );
  return document.querySelector("jointline-timeline")!;
}

/** A fetch that answers every URL with `body`. */
const answer = (body: string, type = "application/json") =>
  (async () => new Response(body, { headers: { "content-type": type } })) as typeof fetch;

describe("loadEmbedData(host, { maxBytes })", () => {
  it("loadEmbedData(inline data, { maxBytes }) refuses data over the limit with file_too_large", async () => {
    const element = host(`<script type="application/json">${dataset}</script>`);
    const refused = await loadEmbedData(element, { maxBytes: 10 });
    expect(refused.data).toBeUndefined();
    expect(refused.issues.map((i) => i.code)).toEqual(["file_too_large"]);
    const read = await loadEmbedData(element, { maxBytes: dataset.length });
    expect(read.issues).toEqual([]);
    expect(read.data?.title).toBe("Small");
  });

  it("loadEmbedData(src, { maxBytes }) applies the limit to the fetched text, CSV too", async () => {
    const options = { src: "data.json", baseUrl: "https://example.org/", fetch: answer(dataset) };
    expect((await loadEmbedData(host(), { ...options, maxBytes: 10 })).issues[0]?.code).toBe(
      "file_too_large",
    );
    expect((await loadEmbedData(host(), options)).issues).toEqual([]);
    const csv = "id,kind,title,when,sources\ne1,operation,Op,2020,s1\n";
    const fromCsv = await loadEmbedData(host(), {
      src: "data.csv",
      baseUrl: "https://example.org/",
      fetch: answer(csv, "text/csv"),
      maxBytes: 10,
    });
    expect(fromCsv.issues.map((i) => i.code)).toEqual(["file_too_large"]);
    expect(fromCsv.origin).toBe("data.csv");
  });

  it("loadEmbedData(src) reads UTF-8, UTF-16 and Windows-1252 bytes as readDataset does, warnings included", async () => {
    const withAccents = dataset.replace('"Small"', '"Café – été"');
    const utf16 = new Uint8Array(2 + withAccents.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < withAccents.length; i++) {
      utf16[2 + 2 * i] = withAccents.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = withAccents.charCodeAt(i) >> 8;
    }
    // "é" is 0xE9 and "–" 0x96 in Windows-1252.
    const windows1252 = Uint8Array.from(withAccents, (c) => (c === "–" ? 0x96 : c.charCodeAt(0)));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(withAccents)]);
    for (const [bytes, encoding] of [
      [new TextEncoder().encode(withAccents), "utf-8"],
      [bom, "utf-8"],
      [utf16, "utf-16le"],
      [windows1252, "windows-1252"],
    ] as const) {
      const fetchBytes = (async () =>
        new Response(bytes, { headers: { "content-type": "application/json" } })) as typeof fetch;
      const result = await loadEmbedData(host(), {
        src: "data.json",
        baseUrl: "https://example.org/",
        fetch: fetchBytes,
        locale: "en",
      });
      const expected = readDataset(bytes, { name: "/data.json", locale: "en" });
      expect(expected.encoding, encoding).toBe(encoding);
      expect(result.data?.title, encoding).toBe("Café – été");
      expect(result.data, encoding).toEqual(expected.data);
      expect(result.issues, encoding).toEqual(expected.issues);
      expect(
        result.issues.map((i) => i.code),
        encoding,
      ).toEqual(encoding === "utf-8" ? [] : ["text_encoding"]);
    }
  });

  it("loadEmbedData(src) refuses 51 MB by default", async () => {
    const big = `{"title": "${"x".repeat(51_000_000)}"}`;
    const result = await loadEmbedData(host(), {
      src: "big.json",
      baseUrl: "https://example.org/",
      fetch: answer(big),
    });
    expect(result.issues.map((i) => i.code)).toEqual(["file_too_large"]);
    expect(result.issues[0]!.message).toContain("over the limit of 50 MB");
  }, 60_000); // 51 MB of text: 9 s measured on a loaded 2-core machine
});

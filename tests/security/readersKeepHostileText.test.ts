import { Buffer } from "node:buffer";
import { gzipSync } from "node:zlib";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/readCsv";
import { readJson } from "../../src/io/readJson";
import { writeCsv } from "../../src/io/writeCsv";
import { writeJson } from "../../src/io/writeJson";
import { isHttpUrl } from "../../src/model/httpUrl";
import { hostileDataset, withHostileUrls } from "../data/hostile/hostileDataset";
import { acceptedUrlNames, payloads, textPayloads, urlPayloads } from "../data/hostile/payloads";

describe("hostile text through the readers", () => {
  it("the corpus has at least 100 payloads, each with a distinct id", () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
    expect(new Set(payloads.map((p) => p.id)).size).toBe(payloads.length);
  });

  it("readJson(hostile dataset) accepts it and keeps every text byte for byte", () => {
    const input = hostileDataset();
    const { data, issues } = readJson(JSON.stringify(input));
    expect(issues).toEqual([]);
    expect(data).toBeDefined();
    for (const [i, p] of textPayloads.entries()) {
      const event = data!.events[i]!;
      expect(event.title).toBe(p.text);
      expect(event.summary).toBe(`${p.text}\n\n${p.text}`);
      expect(event.dateLabel).toBe(p.text);
      expect(event.group).toBe(p.text);
      expect(event.tags).toEqual([p.text, "tag"]);
      expect(event.figures[0]!.asReported).toBe(p.text);
      expect(data!.sources[i]!.publisher).toBe(p.text);
      expect(data!.actors[i]!.name).toBe(p.text);
    }
    expect(data!.notes).toEqual(input.notes);
    expect(data!.events.map((e) => e.extra)).toEqual(input.events!.map((e) => e.extra));
  });

  it("readJson(writeJson(data)) gives the hostile dataset back unchanged", () => {
    const first = readJson(JSON.stringify(hostileDataset())).data!;
    const again = readJson(writeJson(first));
    expect(again.issues).toEqual([]);
    expect(again.data).toEqual(first);
  });

  it("readCsv(writeCsv(data)) gives the hostile dataset back unchanged, control characters and spaced extra keys included", () => {
    const controls = textPayloads.filter((p) =>
      [...p.text].some((c) => c < " " && c !== "\t" && c !== "\n" && c !== "\r"),
    );
    // The payloads this test exists for: NUL, BEL, ESC, form feed (in titles, names, notes,
    // extra keys and values), and keys that trimming would change.
    expect(controls.map((p) => p.name)).toEqual(
      expect.arrayContaining(["control characters", "null byte", "formfeed separators"]),
    );
    expect(textPayloads.some((p) => p.text !== p.text.trim())).toBe(true);
    const first = readJson(JSON.stringify(hostileDataset())).data!;
    const text = writeCsv(first);
    expect(text).toContain("\u0001\u0002\u0007\u001B[31m");
    const again = readCsv(text);
    expect(again.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(again.data).toEqual(first);
  });

  it("readCsv(writeCsv(data)) keeps control characters in every text field of an event", () => {
    const controls = textPayloads.filter((p) =>
      [...p.text].some((c) => c < " " && c !== "\t" && c !== "\n" && c !== "\r"),
    );
    const first = readJson(JSON.stringify(hostileDataset(controls))).data!;
    const again = readCsv(writeCsv(first));
    expect(again.issues).toEqual([]);
    expect(again.data).toEqual(first);
    expect(again.data!.events[0]!.title).toBe(controls[0]!.text);
  });

  it("readCsv(binary file read as text) is still refused as not_csv: PNG, gzip, ZIP, UTF-16, NUL", () => {
    const image = new PNG({ width: 4, height: 4 });
    image.data.fill(200);
    const csv = "id,kind,title,when,sources\ne1,operation,T,2020,s1\n";
    // What `await file.text()` gives for each: the bytes decoded as UTF-8.
    const asText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const binaries = {
      png: asText(PNG.sync.write(image)),
      gzip: asText(gzipSync(csv)),
      zip: asText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])),
      "utf-16": asText(Buffer.from(csv, "utf16le")),
      "utf-16 with BOM": asText(Buffer.from(`\uFEFF${csv}`, "utf16le")),
      nul: "\u0000".repeat(64),
    };
    for (const [name, text] of Object.entries(binaries)) {
      const { data, issues } = readCsv(text);
      expect(data, name).toBeUndefined();
      expect(
        issues.map((i) => [i.code, i.message]),
        name,
      ).toEqual([["not_csv", expect.stringContaining("control characters")]]);
    }
  });

  it("readJson reports a __proto__ key in notes or extra instead of dropping it", () => {
    const text =
      '{"title":"x","notes":{"__proto__":"kept?","a":"b"},"sources":[{"id":"s","publisher":"p","title":"t"}],' +
      '"events":[{"kind":"operation","id":"e","title":"t","when":"2020","sources":["s"],"extra":{"__proto__":"v"}}]}';
    const { issues } = readJson(text);
    expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["reserved_key", "notes.__proto__"],
      ["reserved_key", "events.0.extra.__proto__"],
    ]);
  });

  it("readJson rejects every non-http(s) URL payload with an issue at its path", () => {
    const input = withHostileUrls(hostileDataset(textPayloads.slice(0, urlPayloads.length)));
    const { data, issues } = readJson(JSON.stringify(input));
    expect(data).toBeUndefined();
    urlPayloads.forEach((p, i) => {
      const flagged = issues.some((issue) => issue.path.join(".") === `sources.${i}.url`);
      expect(flagged, `${p.name}: ${JSON.stringify(p.text)}`).toBe(!acceptedUrlNames.has(p.name));
      // The same payloads as event images (media.url) are refused the same way.
      const image = issues.some((issue) => issue.path.join(".") === `events.${i}.media.url`);
      expect(image, `media ${p.name}: ${JSON.stringify(p.text)}`).toBe(
        !acceptedUrlNames.has(p.name),
      );
    });
  });

  it("isHttpUrl(url) accepts only the payloads that are real http(s) URLs", () => {
    for (const p of urlPayloads) {
      expect(isHttpUrl(p.text), `${p.name}: ${JSON.stringify(p.text)}`).toBe(
        acceptedUrlNames.has(p.name),
      );
    }
    // And none of the text payloads is mistaken for a link.
    for (const p of textPayloads) expect(isHttpUrl(p.text)).toBe(false);
  });
});

describe("prototype pollution", () => {
  const attempts = [
    '{"title":"x","__proto__":{"polluted":"yes"}}',
    '{"title":"x","notes":{"__proto__":{"polluted":"yes"}}}',
    '{"title":"x","constructor":{"prototype":{"polluted":"yes"}}}',
    '{"title":"x","sources":[{"id":"s","publisher":"p","title":"t","__proto__":{"polluted":"yes"}}]}',
    '{"title":"x","sources":[{"id":"s","publisher":"p","title":"t"}],"events":[{"kind":"operation","id":"e","title":"t","when":"2020","sources":["s"],"extra":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}]}',
  ];

  it.each(attempts)("readJson(%s) never pollutes Object.prototype", (text) => {
    const { issues } = readJson(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    // Each attempt puts an unexpected value somewhere: it is reported, never silently used.
    expect(issues.length).toBeGreaterThan(0);
  });

  it("readCsv never pollutes Object.prototype through extra.__proto__ columns", () => {
    const csv = [
      "id,kind,title,when,sources,extra.__proto__,extra.constructor,__proto__",
      "e1,operation,T,2020,s1,polluted,polluted,polluted",
      "#sources",
      "id,publisher,title",
      "s1,P,T",
      "#dataset",
      "title,__proto__",
      "x,polluted",
    ].join("\n");
    const { data } = readCsv(csv);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data?.events[0]?.extra ?? {})).toBe(Object.prototype);
  });

  it("ids and metrics named after Object.prototype members resolve to the dataset's own entries", () => {
    const { data, issues } = readJson(JSON.stringify(hostileDataset()));
    expect(issues).toEqual([]);
    expect(data!.actors[0]!.id).toBe("constructor");
    expect(data!.events[0]!.actors[0]!.actor).toBe("constructor");
    expect(data!.events[0]!.figures[0]!.metric).toBe("constructor");
  });
});

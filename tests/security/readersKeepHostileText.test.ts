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

  // Control characters are left out: readCsv refuses a file holding them (`not_csv`), which the
  // next test pins down (found, not fixed: docs/security.md).
  const csvSafe = textPayloads.filter(
    (p) => ![...p.text].some((c) => c < " " && c !== "\t" && c !== "\n" && c !== "\r"),
  );

  it("readCsv(writeCsv(data)) gives the hostile dataset back unchanged", () => {
    expect(csvSafe.length).toBeGreaterThan(100);
    const first = readJson(JSON.stringify(hostileDataset(csvSafe))).data!;
    const again = readCsv(writeCsv(first));
    expect(again.issues.filter((i) => i.severity === "error")).toEqual([]);
    // readCsv trims header cells, so an extra key with surrounding spaces comes back trimmed
    // (found, not fixed: docs/security.md); every value and every other key is unchanged.
    const trimKeys = (events: typeof first.events) =>
      events.map((e) => ({
        ...e,
        extra: Object.fromEntries(Object.entries(e.extra ?? {}).map(([k, v]) => [k.trim(), v])),
      }));
    expect({ ...again.data, events: trimKeys(again.data!.events) }).toEqual({
      ...first,
      events: trimKeys(first.events),
    });
  });

  it("readCsv(writeCsv(data)) with control characters in a title fails loudly, never silently", () => {
    const controls = textPayloads.filter((p) => !csvSafe.includes(p));
    const first = readJson(JSON.stringify(hostileDataset(controls))).data!;
    const again = readCsv(writeCsv(first));
    expect(again.data).toBeUndefined();
    expect(again.issues.map((i) => i.code)).toContain("not_csv");
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

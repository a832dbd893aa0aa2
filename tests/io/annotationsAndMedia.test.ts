import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/readCsv";
import { readJson } from "../../src/io/readJson";
import { writeCsv } from "../../src/io/writeCsv";
import { writeJson } from "../../src/io/writeJson";

const sources = [{ id: "s1", publisher: "Europol", title: "Press release" }];
const event = {
  kind: "operation",
  id: "op1",
  title: "Operation One",
  when: "2024",
  sources: ["s1"],
};
const dataset = {
  title: "T",
  sources,
  events: [
    {
      ...event,
      media: {
        url: "https://example.org/logo.png",
        alt: "The operation's logo",
        credit: "Europol",
        caption: "A logo, drawn for the operation",
        width: 640,
        height: 360,
        source: "s1",
      },
    },
  ],
  annotations: [
    { id: "a1", text: "Interim regulation applies", when: "2021-08-02", sources: ["s1"] },
    { id: "a2", text: "Largest takedown, 1,400 suspects", event: "op1", placement: "below" },
  ],
};

describe("annotations and event images through the readers", () => {
  it("readJson(writeJson(data)) keeps annotations and media as they are", () => {
    const first = readJson(JSON.stringify(dataset));
    expect(first.issues).toEqual([]);
    expect(first.data!.annotations).toEqual([
      dataset.annotations[0],
      { ...dataset.annotations[1], sources: [] },
    ]);
    expect(first.data!.events[0]!.media).toEqual(dataset.events[0]!.media);
    expect(readJson(writeJson(first.data!)).data).toEqual(first.data);
  });

  it("writeCsv(data) writes a documented #annotations section and media.* event columns", () => {
    const { data } = readJson(JSON.stringify(dataset));
    const text = writeCsv(data!);
    expect(text.split("\n")[0]).toBe(
      "id,kind,title,when,sources,media.url,media.alt,media.credit,media.caption,media.width,media.height,media.source",
    );
    expect(text).toContain(
      '#annotations\nid,text,when,event,sources,placement\na1,Interim regulation applies,2021-08-02,,s1,\na2,"Largest takedown, 1,400 suspects",,op1,,below\n',
    );
    const back = readCsv(text);
    expect(back.issues).toEqual([]);
    expect(back.data).toEqual(data);
  });

  it("readCsv(text) without an #annotations section reads no annotations field; an empty one reads []", () => {
    const { data } = readJson(JSON.stringify({ ...dataset, annotations: [] }));
    const text = writeCsv(data!);
    expect(text).toContain("#annotations\nid,text\n");
    expect(readCsv(text).data!.annotations).toEqual([]);
    const none = readCsv(writeCsv({ ...data!, annotations: undefined }));
    expect(none.data).toBeDefined();
    expect(Object.hasOwn(none.data!, "annotations")).toBe(false);
  });

  it("readJson(data) accepts images over http(s) only and requires their alt text", () => {
    const bad = [
      "javascript:alert(1)",
      "data:image/png;base64,AAAA",
      "//example.org/a.png",
      "ftp://x.org/a.png",
    ];
    for (const url of bad) {
      const { data, issues } = readJson(
        JSON.stringify({ ...dataset, events: [{ ...event, media: { url, alt: "A" } }] }),
      );
      expect(data, url).toBeUndefined();
      expect(issues.map((i) => [i.code, i.path.join(".")])).toEqual([
        ["invalid_url", "events.0.media.url"],
      ]);
    }
    const noAlt = readJson(
      JSON.stringify({ ...dataset, events: [{ ...event, media: { url: "https://x.org/a.png" } }] }),
    );
    expect(noAlt.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["missing_field", "events.0.media.alt"],
    ]);
    const emptyAlt = readJson(
      JSON.stringify({
        ...dataset,
        events: [{ ...event, media: { url: "https://x.org/a.png", alt: "" } }],
      }),
    );
    expect(emptyAlt.issues.map((i) => i.path.join("."))).toEqual(["events.0.media.alt"]);
    const iframe = readJson(
      JSON.stringify({
        ...dataset,
        events: [{ ...event, media: { url: "https://x.org/a.png", alt: "A", html: "<iframe>" } }],
      }),
    );
    expect(iframe.issues[0]).toMatchObject({
      code: "unknown_field",
      path: ["events", 0, "media", "html"],
    });
  });

  it("readJson(data) names what is wrong with an annotation: its target, its references, its fields", () => {
    const { data, issues } = readJson(
      JSON.stringify({
        ...dataset,
        annotations: [
          { id: "n1", text: "Nothing" },
          { id: "n2", text: "Both", when: "2020", event: "op1" },
          { id: "n3", text: "Gone", event: "op2", sources: ["s2"] },
          { id: "n3", text: "", when: "2020-13", placment: "above" },
        ],
      }),
    );
    expect(data).toBeUndefined();
    expect(issues.map((i) => [i.code, i.path.join("."), i.hint ?? ""])).toEqual([
      ["too_small", "annotations.3.text", ""],
      ["invalid_date", "annotations.3.when", ""],
      ["unknown_field", "annotations.3.placment", 'did you mean "placement"?'],
      ["duplicate_id", "annotations.3.id", "give each entry its own id"],
      [
        "missing_annotation_target",
        "annotations.0.when",
        'add when, e.g. "2021-08-02", or the id of an event',
      ],
      [
        "ambiguous_annotation",
        "annotations.1.event",
        "keep event to follow the event, or when for a date of its own",
      ],
      ["unknown_event", "annotations.2.event", 'did you mean "op1"?'],
      ["unknown_source", "annotations.2.sources.0", 'did you mean "s1"?'],
    ]);
  });

  it("readCsv(text) locates annotation and image problems at their row and column", () => {
    const text = [
      "id,kind,title,when,sources,media.url,media.alt,media.width",
      "op1,operation,Op,2024,s1,javascript:alert(1),,wide",
      "",
      "#annotations",
      "id,text,when,event",
      "a1,Note,2020,op9",
      "",
      "#dataset",
      "field,value",
      "title,T",
    ].join("\n");
    const { data, issues } = readCsv(text, { dataset: { sources } });
    expect(data).toBeUndefined();
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["invalid_url", 2, "media.url"],
      ["missing_field", 2, "media.alt"],
      ["invalid_type", 2, "media.width"],
      ["ambiguous_annotation", 6, "event"],
      ["unknown_event", 6, "event"],
    ]);
  });
});

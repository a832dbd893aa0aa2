// Issue 13's low-severity findings in the readers and the model, each checked here.
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/io/parseDataset";
import { readCsv } from "../../src/io/readCsv";
import { readTimelineJs } from "../../src/io/readTimelineJs";
import { dateProblemText } from "../../src/model/dateMessages";
import { formatWhen } from "../../src/time/formatWhen";
import { parseWhen } from "../../src/time/parseWhen";

const sources = [{ id: "s1", publisher: "P", title: "T", url: "https://example.org/" }];
const codesAt = (issues: { code: string; path: (string | number)[] }[]) =>
  issues.map((i) => `${i.code}@${i.path.join(".")}`);

describe("TimelineJS years before 1", () => {
  const header =
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text";

  it("readTimelineJs(Year=-44) is 44 BCE, as TimelineJS shows it: -0043 in EDTF, labelled 44 BC", () => {
    const { data, issues } = readTimelineJs(
      `${header}\n-44,3,15,,,,,,,Ides of March,\n-1,,,,,,,,,One BC,\n`,
    );
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(data?.events.map((e) => e.when)).toEqual(["-0043-03-15", "0000"]);
    const label = (when: string) => {
      const parsed = parseWhen(when);
      return parsed.ok ? formatWhen(parsed.value) : dateProblemText(parsed.error).message;
    };
    expect(label(data!.events[0]!.when)).toBe("15 Mar 44 BC");
    expect(label(data!.events[1]!.when)).toBe("1 BC");
  });

  it("readTimelineJs(JSON year -44) reads the same as the sheet", () => {
    const json = JSON.stringify({
      events: [{ start_date: { year: "-44" }, text: { headline: "Caesar" } }],
    });
    expect(readTimelineJs(json).data?.events[0]?.when).toBe("-0043");
  });

  it("parseWhen('-0001-02-29') keeps the sign in its message", () => {
    const parsed = parseWhen("-0001-02-29");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(dateProblemText(parsed.error).message).toContain("-0001 (2 BC) is not a leap year");
  });
});

describe("one wrong kind does not hide the event's other errors", () => {
  it("parseDataset(kind 'takedown') reports the kind with the right kind and action, and the rest", () => {
    const { issues } = parseDataset({
      title: "T",
      sources,
      events: [
        { id: "e1", kind: "takedown", title: "X", when: "2025-13", sources: ["s1"], tagz: [] },
      ],
    });
    const kind = issues.find((i) => i.code === "invalid_kind")!;
    expect(kind.hint).toContain('"kind": "arrest" with "action": "takedown"');
    expect(codesAt(issues)).toEqual(
      expect.arrayContaining([
        "invalid_kind@events.0.kind",
        "invalid_date@events.0.when",
        "unknown_field@events.0.tagz",
      ]),
    );
  });

  it("parseDataset(kind 'ratified') points to legislation with a stage", () => {
    const { issues } = parseDataset({
      title: "T",
      sources,
      events: [{ id: "e1", kind: "ratified", title: "X", when: "2025", sources: ["s1"] }],
    });
    expect(issues.find((i) => i.code === "invalid_kind")?.hint).toContain(
      '"kind": "legislation" with "stage": "ratified"',
    );
    // Its other problem, as a legislation event: the instrument.
    expect(codesAt(issues)).toContain("missing_field@events.0.instrument");
  });

  it("readCsv(a row with kind 'takedown') gives the other errors of that row too, with rows and columns", () => {
    const csv =
      "id,kind,title,when,sources\ne1,takedown,X,2025-13,s1\n\n#sources\nid,publisher,title,url\ns1,P,T,https://example.org/\n";
    const { issues } = readCsv(csv);
    const kind = issues.find((i) => i.code === "invalid_kind")!;
    expect(kind).toMatchObject({ row: 2, column: "kind" });
    expect(kind.hint).toContain('"action": "takedown"');
    expect(issues.find((i) => i.code === "invalid_date")).toMatchObject({ row: 2, column: "when" });
  });
});

describe("rename and null hints", () => {
  it("parseDataset(date instead of when, an actor's id instead of actor) hints at the renames", () => {
    const { issues } = parseDataset({
      title: "T",
      sources,
      actors: [{ id: "a1", name: "A", kind: "agency" }],
      events: [
        {
          id: "e1",
          kind: "operation",
          title: "X",
          date: "2025",
          sources: ["s1"],
          actors: [{ id: "a1" }],
        },
      ],
    });
    const hint = (path: string) => issues.find((i) => i.path.join(".") === path)?.hint ?? "";
    expect(hint("events.0.date")).toContain('rename "date" to "when"');
    expect(hint("events.0.actors.0.id")).toContain('rename "id" to "actor"');
  });

  it("parseDataset(null for an optional field) says to leave it out; for a required one, to give a value", () => {
    const { issues } = parseDataset({
      title: "T",
      sources,
      events: [
        {
          id: "e1",
          kind: "operation",
          title: null,
          summary: null,
          target: null,
          when: "2025",
          sources: ["s1"],
        },
      ],
    });
    const hint = (path: string) => issues.find((i) => i.path.join(".") === path)?.hint ?? "";
    expect(hint("events.0.summary")).toContain('leave "summary" out');
    expect(hint("events.0.target")).toContain('leave "target" out');
    expect(hint("events.0.title")).toContain('"title" is required');
  });
});

describe("TimelineJS JSON: own keys only, nothing dropped without a word", () => {
  it("readTimelineJs(media with constructor / __proto__ keys) keeps them as text, not Object's function", () => {
    const json = `{"events":[{"start_date":{"year":"2020"},"text":{"headline":"H"},"media":{"constructor":"c","__proto__":"p","toString":"t","url":"https://example.org/a.png"}}]}`;
    const { data } = readTimelineJs(json);
    const extra = data!.events[0]!.extra!;
    expect(Object.values(extra).join(" ")).not.toContain("function");
    expect(extra["media.constructor"]).toBe("c");
    expect(extra["media.toString"]).toBe("t");
    // The image itself is the event's media now; the odd keys stay in extra.
    expect(data!.events[0]!.media?.url).toBe("https://example.org/a.png");
  });

  it("readTimelineJs(unknown nested keys) keeps start_date.foo and text.subtitle, and reports them", () => {
    const json = JSON.stringify({
      events: [
        { start_date: { year: "2020", foo: "bar" }, text: { headline: "H", subtitle: "Sub" } },
      ],
    });
    const { data, issues } = readTimelineJs(json);
    expect(data!.events[0]!.extra).toMatchObject({
      "start_date.foo": "bar",
      "text.subtitle": "Sub",
    });
    const kept = issues.filter((i) => i.code === "kept_in_extra").map((i) => i.found);
    expect(kept).toEqual(expect.arrayContaining(["start_date.foo", "text.subtitle"]));
  });

  it("readTimelineJs(hour '25') warns at the hour's path and keeps the time as written", () => {
    const json = JSON.stringify({
      events: [
        {
          start_date: { year: "2020", month: "1", day: "2", hour: "25", minute: "61" },
          text: { headline: "H" },
        },
      ],
    });
    const { data, issues } = readTimelineJs(json);
    expect(codesAt(issues)).toEqual(
      expect.arrayContaining([
        "invalid_time@events.0.start_date.hour",
        "invalid_time@events.0.start_date.minute",
      ]),
    );
    expect(data?.events[0]?.extra?.Time).toBe("25:61");
  });
});

describe("cycles", () => {
  it("parseDataset(actors a → b → c → a) reports the parent cycle once", () => {
    const { data, issues } = parseDataset({
      title: "T",
      sources,
      actors: [
        { id: "a", name: "A", kind: "agency", parent: "b" },
        { id: "b", name: "B", kind: "agency", parent: "c" },
        { id: "c", name: "C", kind: "agency", parent: "a" },
        { id: "d", name: "D", kind: "agency", parent: "a" },
      ],
      events: [],
    });
    expect(data).toBeUndefined();
    expect(codesAt(issues)).toEqual(["parent_cycle@actors.0.parent"]);
    expect(issues[0]!.message).toContain('"a" → "b" → "c" → "a"');
  });

  it("parseDataset(events part_of each other) reports the part_of cycle once", () => {
    const event = (id: string, partOf?: string) => ({
      id,
      kind: "operation",
      title: id,
      when: "2020",
      sources: ["s1"],
      relations: partOf ? [{ type: "part_of", event: partOf }] : [],
    });
    const { issues } = parseDataset({
      title: "T",
      sources,
      events: [event("x", "y"), event("y", "z"), event("z", "x"), event("w", "x")],
    });
    expect(issues.map((i) => i.code)).toEqual(["part_of_cycle"]);
    expect(issues[0]!.message).toContain('"x" → "y" → "z" → "x"');
    const chain = parseDataset({
      title: "T",
      sources,
      events: [event("x", "y"), event("y"), event("w", "x")],
    });
    expect(chain.issues).toEqual([]);
  });
});

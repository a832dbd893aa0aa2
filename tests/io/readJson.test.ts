import { describe, expect, it } from "vitest";
import { readJson } from "../../src/io/readJson";
import type { Issue } from "../../src/model";

const source = {
  id: "s1",
  publisher: "Europol",
  title: "Press release",
  url: "https://example.org/a",
};
const actor = { id: "europol", name: "Europol", kind: "agency" };
const event = {
  kind: "operation",
  id: "op-1",
  title: "Operation One",
  when: "2024-11/2025-02-28",
  actors: [{ actor: "europol", role: "coordinator" }],
  countries: ["DE"],
  figures: [{ metric: "arrests", value: 25, qualifier: "exact", source: "s1" }],
  sources: ["s1"],
};
const valid = {
  schemaVersion: "1",
  title: "T",
  sources: [source],
  actors: [actor],
  events: [event],
};

/** A valid dataset with one change applied by `edit`. */
function broken(edit: (d: typeof valid & Record<string, unknown>) => void): string {
  const copy = structuredClone(valid) as typeof valid & Record<string, unknown>;
  edit(copy);
  return JSON.stringify(copy);
}
const ev = (d: { events: unknown[] }) => d.events[0] as Record<string, unknown>;

interface Case {
  name: string;
  text: string;
  code: string;
  path?: Issue["path"];
  message: RegExp;
  hint?: RegExp;
}

const cases: Case[] = [
  { name: "empty file", text: "", code: "empty_file", message: /empty/ },
  { name: "only whitespace", text: " \n\t", code: "empty_file", message: /empty/ },
  { name: "not JSON", text: "hello world", code: "invalid_json", message: /not valid JSON/ },
  {
    name: "truncated JSON",
    text: '{"title": "T", "events": [',
    code: "invalid_json",
    message: /line 1/,
  },
  {
    name: "CSV given to readJson",
    text: "id,title\nop,Op\n",
    code: "invalid_json",
    message: /not valid JSON/,
    hint: /CSV/,
  },
  {
    name: "a bare list",
    text: "[]",
    code: "invalid_type",
    path: [],
    message: /found a list/,
    hint: /events/,
  },
  { name: "a number", text: "42", code: "invalid_type", path: [], message: /found number/ },
  {
    name: "missing title",
    text: broken((d) => {
      delete (d as Record<string, unknown>).title;
    }),
    code: "missing_field",
    path: ["title"],
    message: /"title" is required/,
  },
  {
    name: "empty title",
    text: broken((d) => {
      d.title = "";
    }),
    code: "too_small",
    path: ["title"],
    message: /must not be empty/,
  },
  {
    name: "title is a number",
    text: broken((d) => {
      (d as Record<string, unknown>).title = 7;
    }),
    code: "invalid_type",
    path: ["title"],
    message: /Expected text, found 7/,
  },
  {
    name: "events is an object",
    text: broken((d) => {
      (d as Record<string, unknown>).events = {};
    }),
    code: "invalid_type",
    path: ["events"],
    message: /Expected a list/,
  },
  {
    name: "unknown top-level field",
    text: broken((d) => {
      d.titel = "x";
    }),
    code: "unknown_field",
    path: ["titel"],
    message: /"titel" is not part/,
    hint: /did you mean "title"/,
  },
  {
    name: "unknown event field",
    text: broken((d) => {
      ev(d).summry = "x";
    }),
    code: "unknown_field",
    path: ["events", 0, "summry"],
    message: /"summry"/,
    hint: /did you mean "summary"/,
  },
  {
    name: "bad kind",
    text: broken((d) => {
      ev(d).kind = "takedown";
    }),
    code: "invalid_kind",
    path: ["events", 0, "kind"],
    message: /"takedown" is not a kind of event/,
    hint: /"kind": "arrest" with "action": "takedown"/,
  },
  {
    name: "misspelled kind",
    text: broken((d) => {
      ev(d).kind = "operaton";
    }),
    code: "invalid_kind",
    path: ["events", 0, "kind"],
    message: /not a kind/,
    hint: /did you mean "operation"/,
  },
  {
    name: "impossible month and day",
    text: broken((d) => {
      ev(d).when = "2025-13-40";
    }),
    code: "invalid_date",
    path: ["events", 0, "when"],
    message: /month/i,
  },
  {
    name: "29 February in a common year",
    text: broken((d) => {
      ev(d).when = "2023-02-29";
    }),
    code: "invalid_date",
    path: ["events", 0, "when"],
    message: /2023/,
  },
  {
    name: "unpadded date",
    text: broken((d) => {
      ev(d).when = "2025-4-2";
    }),
    code: "invalid_date",
    path: ["events", 0, "when"],
    message: /./,
    hint: /2025-04-02/,
  },
  {
    name: "European date order",
    text: broken((d) => {
      ev(d).when = "02/04/2025";
    }),
    code: "invalid_date",
    path: ["events", 0, "when"],
    message: /./,
    hint: /YYYY-MM-DD/,
  },
  {
    name: "end before start",
    text: broken((d) => {
      ev(d).when = "2025-03/2024-11";
    }),
    code: "invalid_date",
    path: ["events", 0, "when"],
    message: /before/,
  },
  {
    name: "date is a number",
    text: broken((d) => {
      ev(d).when = 2025;
    }),
    code: "invalid_type",
    path: ["events", 0, "when"],
    message: /Expected text, found 2025/,
  },
  {
    name: "missing date",
    text: broken((d) => {
      delete ev(d).when;
    }),
    code: "missing_field",
    path: ["events", 0, "when"],
    message: /"when" is required/,
  },
  {
    name: "no sources on an event",
    text: broken((d) => {
      ev(d).sources = [];
    }),
    code: "missing_source",
    path: ["events", 0, "sources"],
    message: /at least one source/,
  },
  {
    name: "dangling source",
    text: broken((d) => {
      ev(d).sources = ["s2"];
    }),
    code: "unknown_source",
    path: ["events", 0, "sources", 0],
    message: /"s2" is not the id/,
    hint: /did you mean "s1"/,
  },
  {
    name: "dangling actor",
    text: broken((d) => {
      ev(d).actors = [{ actor: "europl", role: "lead" }];
    }),
    code: "unknown_actor",
    path: ["events", 0, "actors", 0, "actor"],
    message: /"europl"/,
    hint: /did you mean "europol"/,
  },
  {
    name: "dangling figure source",
    text: broken((d) => {
      (ev(d).figures as Record<string, unknown>[])[0]!.source = "s9";
    }),
    code: "unknown_source",
    path: ["events", 0, "figures", 0, "source"],
    message: /"s9"/,
  },
  {
    name: "figure without source",
    text: broken((d) => {
      delete (ev(d).figures as Record<string, unknown>[])[0]!.source;
    }),
    code: "missing_field",
    path: ["events", 0, "figures", 0, "source"],
    message: /"source" is required/,
  },
  {
    name: "dangling relation",
    text: broken((d) => {
      ev(d).relations = [{ type: "part_of", event: "op-2" }];
    }),
    code: "unknown_event",
    path: ["events", 0, "relations", 0, "event"],
    message: /"op-2"/,
  },
  {
    name: "era citing an unknown source",
    text: broken((d) => {
      d.eras = [{ id: "era-1", label: "Era", when: "2020/2021", sources: ["s1", "s7"] }];
    }),
    code: "unknown_source",
    path: ["eras", 0, "sources", 1],
    message: /"s7"/,
  },
  {
    name: "relation to itself",
    text: broken((d) => {
      ev(d).relations = [{ type: "follows", event: "op-1" }];
    }),
    code: "self_reference",
    path: ["events", 0, "relations", 0, "event"],
    message: /itself/,
  },
  {
    name: "duplicate event ids",
    text: broken((d) => {
      d.events.push(structuredClone(event));
    }),
    code: "duplicate_id",
    path: ["events", 1, "id"],
    message: /used twice.*events\[0\]/,
  },
  {
    name: "duplicate source ids",
    text: broken((d) => {
      d.sources.push(structuredClone(source));
    }),
    code: "duplicate_id",
    path: ["sources", 1, "id"],
    message: /used twice/,
  },
  {
    name: "javascript: URL",
    text: broken((d) => {
      d.sources[0]!.url = "javascript:alert(1)";
    }),
    code: "invalid_url",
    path: ["sources", 0, "url"],
    message: /not an http/,
  },
  {
    name: "JavaScript: URL with a tab",
    text: broken((d) => {
      d.sources[0]!.url = "java\tscript:alert(1)";
    }),
    code: "invalid_url",
    path: ["sources", 0, "url"],
    message: /not an http/,
  },
  {
    name: "data: URL",
    text: broken((d) => {
      d.sources[0]!.url = "data:text/html,<script>alert(1)</script>";
    }),
    code: "invalid_url",
    path: ["sources", 0, "url"],
    message: /not an http/,
  },
  {
    name: "relative URL",
    text: broken((d) => {
      d.sources[0]!.url = "/press/1";
    }),
    code: "invalid_url",
    path: ["sources", 0, "url"],
    message: /not an http/,
  },
  {
    name: "UK is not ISO",
    text: broken((d) => {
      ev(d).countries = ["UK"];
      ev(d).sources = ["s-missing"];
    }),
    code: "invalid_country",
    path: ["events", 0, "countries", 0],
    message: /not an ISO 3166-1/,
    hint: /did you mean "GB"/,
  },
  {
    name: "lower-case country",
    text: broken((d) => {
      ev(d).countries = ["de"];
    }),
    code: "invalid_country",
    path: ["events", 0, "countries", 0],
    message: /not an ISO/,
    hint: /upper case: "DE"/,
  },
  {
    name: "bad actor country",
    text: broken((d) => {
      (d.actors[0] as Record<string, unknown>).country = "XX";
    }),
    code: "invalid_country",
    path: ["actors", 0, "country"],
    message: /"XX"/,
  },
  {
    name: "bad role",
    text: broken((d) => {
      (ev(d).actors as Record<string, unknown>[])[0]!.role = "particpant";
    }),
    code: "invalid_value",
    path: ["events", 0, "actors", 0, "role"],
    message: /not allowed/,
    hint: /did you mean "participant"/,
  },
  {
    name: "bad actor kind",
    text: broken((d) => {
      (d.actors[0] as Record<string, unknown>).kind = "person";
    }),
    code: "invalid_value",
    path: ["actors", 0, "kind"],
    message: /"person" is not allowed/,
  },
  {
    name: "bad qualifier",
    text: broken((d) => {
      (ev(d).figures as Record<string, unknown>[])[0]!.qualifier = "atleast";
    }),
    code: "invalid_value",
    path: ["events", 0, "figures", 0, "qualifier"],
    message: /not allowed/,
    hint: /did you mean "at least"/,
  },
  {
    name: "negative figure",
    text: broken((d) => {
      (ev(d).figures as Record<string, unknown>[])[0]!.value = -3;
    }),
    code: "too_small",
    path: ["events", 0, "figures", 0, "value"],
    message: /-3/,
  },
  {
    name: "figure as text with a thousands separator",
    text: broken((d) => {
      (ev(d).figures as Record<string, unknown>[])[0]!.value = "1,400";
    }),
    code: "invalid_type",
    path: ["events", 0, "figures", 0, "value"],
    message: /Expected a number/,
    hint: /1400/,
  },
  {
    name: "metric with spaces",
    text: broken((d) => {
      (ev(d).figures as Record<string, unknown>[])[0]!.metric = "Suspects identified";
    }),
    code: "invalid_format",
    path: ["events", 0, "figures", 0, "metric"],
    message: /snake_case/,
  },
  {
    name: "id with a space",
    text: broken((d) => {
      ev(d).id = "op 1";
    }),
    code: "invalid_id",
    path: ["events", 0, "id"],
    message: /no spaces/,
  },
  {
    name: "legislation without stage",
    text: broken((d) => {
      Object.assign(ev(d), { kind: "legislation", instrument: "act" });
    }),
    code: "missing_field",
    path: ["events", 0, "stage"],
    message: /"stage" is required/,
  },
  {
    name: "unsupported schema version",
    text: broken((d) => {
      (d as Record<string, unknown>).schemaVersion = "2";
    }),
    code: "invalid_value",
    path: ["schemaVersion"],
    message: /"2" is not allowed/,
  },
  {
    name: "self parent",
    text: broken((d) => {
      (d.actors[0] as Record<string, unknown>).parent = "europol";
    }),
    code: "self_reference",
    path: ["actors", 0, "parent"],
    message: /own parent/,
  },
];

describe("readJson(broken input)", () => {
  it.each(cases)("readJson($name) reports $code", ({ text, code, path, message, hint }) => {
    const { data, issues } = readJson(text);
    expect(data).toBeUndefined();
    const issue = issues.find((i) => i.code === code);
    expect(issue, JSON.stringify(issues, null, 1)).toBeDefined();
    expect(issue!.severity).toBe("error");
    expect(issue!.message).toMatch(message);
    if (path) expect(issue!.path).toEqual(path);
    if (hint) expect(issue!.hint).toMatch(hint);
    // Every issue says where, what was expected and what was found (syntax errors excepted).
    for (const i of issues) {
      expect(i.message.length).toBeGreaterThan(5);
      expect(i.found).toBeDefined();
    }
  });

  it("readJson(many problems) reports all of them at once, not the first only", () => {
    const text = broken((d) => {
      ev(d).when = "2025-13-40";
      ev(d).countries = ["UK"];
      ev(d).sources = ["s-missing"];
      d.sources[0]!.url = "javascript:alert(1)";
      d.title = "";
    });
    const codes = readJson(text)
      .issues.map((i) => i.code)
      .sort();
    expect(codes).toEqual([
      "invalid_country",
      "invalid_date",
      "invalid_url",
      "too_small",
      "unknown_source",
    ]);
  });

  it("readJson(text with a BOM) reads the dataset", () => {
    const { data, issues } = readJson(`\uFEFF${JSON.stringify(valid)}`);
    expect(issues).toEqual([]);
    expect(data?.events).toHaveLength(1);
  });

  it("readJson(valid) does not throw on any prefix of a valid file", () => {
    const text = JSON.stringify(valid, null, 1);
    for (let n = 0; n < text.length; n += 7) {
      expect(() => readJson(text.slice(0, n))).not.toThrow();
    }
  });
});

it("has at least 40 broken inputs", () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
});

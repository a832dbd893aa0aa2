/**
 * The states the timeline is drawn in, defined once and used by the stories, the Node layout
 * tests, the browser tests, the screenshots and the benchmark.
 */
import defaultJson from "../../data/csam-operations.json";
import { parseDataset } from "../../src/io/parseDataset";
import type { Dataset, DatasetInput, EventInput, ReadResult } from "../../src/model";

function mustParse(input: unknown): Dataset {
  const { data, issues } = parseDataset(input);
  if (!data)
    throw new Error(
      `scenario does not parse: ${issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return data;
}

/** The default dataset (data/csam-operations.json), validated. */
export const defaultDataset: Dataset = mustParse(defaultJson);

const source = {
  id: "s1",
  publisher: "Example Agency",
  title: "Press release",
  url: "https://example.org/press/1",
  published: "2024-03-01",
};
const actors = [
  { id: "agency-a", name: "Agency A", shortName: "AA", kind: "agency" as const, country: "DE" },
  { id: "agency-b", name: "Agency B", shortName: "AB", kind: "agency" as const, country: "FR" },
  {
    id: "body-c",
    name: "Intergovernmental body C",
    shortName: "IBC",
    kind: "intergovernmental" as const,
  },
];

function dataset(title: string, events: EventInput[], extra: Partial<DatasetInput> = {}): Dataset {
  return mustParse({
    schemaVersion: "1",
    title,
    sources: [source],
    actors,
    events,
    updated: "2025-06-30",
    ...extra,
  });
}

/** One operation. */
export const oneEvent: Dataset = dataset("One event", [
  {
    kind: "operation",
    id: "op-1",
    title: "Operation Example",
    when: "2024-02-05/2024-02-16",
    actors: [
      { actor: "agency-a", role: "lead" },
      { actor: "agency-b", role: "participant" },
    ],
    countries: ["DE", "FR"],
    figures: [{ metric: "arrests", value: 12, qualifier: "at least", source: "s1" }],
    sources: ["s1"],
  },
]);

/** No events at all: the empty state. */
export const noEvents: Dataset = dataset("An empty dataset", []);

/** Everything on one day: an operation's action day, arrests and a law signed the same day. */
export const oneDay: Dataset = dataset("One day", [
  {
    kind: "operation",
    id: "action-day",
    title: "Joint action day",
    when: "2024-03-12",
    actors: [{ actor: "body-c", role: "coordinator" }],
    sources: ["s1"],
  },
  {
    kind: "arrest",
    id: "arrest-1",
    title: "Arrests in city A",
    when: "2024-03-12",
    action: "arrest",
    actors: [{ actor: "agency-a", role: "lead" }],
    sources: ["s1"],
    figures: [{ metric: "arrests", value: 7, source: "s1" }],
  },
  {
    kind: "arrest",
    id: "arrest-2",
    title: "Arrests in city B",
    when: "2024-03-12",
    action: "arrest",
    actors: [{ actor: "agency-b", role: "lead" }],
    sources: ["s1"],
    figures: [{ metric: "arrests", value: 3, source: "s1" }],
  },
  {
    kind: "arrest",
    id: "seizure-1",
    title: "Servers seized",
    when: "2024-03-12",
    action: "seizure",
    sources: ["s1"],
  },
  {
    kind: "legislation",
    id: "law-1",
    title: "Law signed",
    when: "2024-03-12",
    instrument: "law-x",
    stage: "signed",
    sources: ["s1"],
  },
]);

/** Imprecise and open dates: a year, a season, an approximate quarter, an ongoing span, an unknown end. */
export const impreciseOngoing: Dataset = dataset("Imprecise and ongoing dates", [
  {
    kind: "operation",
    id: "year-only",
    title: "Operation known only by year",
    when: "2019",
    sources: ["s1"],
  },
  {
    kind: "operation",
    id: "ongoing",
    title: "Ongoing task force",
    when: "2021-05/..",
    status: "ongoing",
    actors: [{ actor: "agency-a", role: "lead" }],
    sources: ["s1"],
  },
  {
    kind: "operation",
    id: "late-start",
    title: "Operation from late 2022",
    when: "2022-Q4~/2023-06-06",
    dateLabel: "Late 2022 – 6 June 2023",
    sources: ["s1"],
  },
  {
    kind: "operation",
    id: "approx",
    title: "Investigation around 2016",
    when: "2016~/2018-03",
    sources: ["s1"],
  },
  {
    kind: "arrest",
    id: "month",
    title: "Sentence handed down",
    when: "2020-06",
    action: "sentence",
    sources: ["s1"],
  },
  {
    kind: "arrest",
    id: "season",
    title: "Takedown in autumn",
    when: "2023-23",
    action: "takedown",
    sources: ["s1"],
  },
  {
    kind: "legislation",
    id: "proposal",
    title: "Regulation proposed",
    when: "2020-05-11",
    instrument: "reg",
    stage: "proposed",
    sources: ["s1"],
  },
  {
    kind: "legislation",
    id: "adopted",
    title: "Regulation adopted",
    when: "2022-Q2",
    instrument: "reg",
    stage: "adopted",
    sources: ["s1"],
  },
  {
    kind: "legislation",
    id: "in-force",
    title: "Regulation in force",
    when: "2024-02-17",
    instrument: "reg",
    stage: "in_force",
    sources: ["s1"],
  },
]);

/** Right-to-left and emoji text, and long titles. */
export const rtlEmoji: Dataset = dataset("نصوص من اليمين إلى اليسار 🌍", [
  {
    kind: "operation",
    id: "ar-1",
    title: "عملية مشتركة بين الشرطة 🚓",
    when: "2023-01/2023-09",
    actors: [{ actor: "agency-a", role: "lead" }],
    sources: ["s1"],
  },
  { kind: "arrest", id: "he-1", title: "מעצרים בעיר 🏙️", when: "2023-05-04", sources: ["s1"] },
  {
    kind: "legislation",
    id: "mix-1",
    title: "Law ⚖️ قانون חוק",
    when: "2023-11-20",
    instrument: "law",
    stage: "adopted",
    sources: ["s1"],
  },
  {
    kind: "operation",
    id: "long",
    title:
      "An operation with a very long title that cannot possibly fit next to its neighbours on a narrow screen",
    when: "2023-03/2023-04",
    sources: ["s1"],
  },
]);

/** A dataset whose file does not validate: the error report, not a blank chart. */
export const withErrors: ReadResult<Dataset> = parseDataset({
  schemaVersion: "1",
  title: "Broken",
  sources: [{ id: "s1", publisher: "X", title: "Y", url: "javascript:alert(1)" }],
  actors: [],
  events: [
    { kind: "operation", id: "bad-date", title: "Bad date", when: "2024-13-45", sources: ["s1"] },
    { kind: "arrest", id: "no-source", title: "No source", when: "2024-02-02", sources: [] },
    { kind: "operaton", id: "typo", title: "Typo in kind", when: "2024", sources: ["s1"] },
    {
      kind: "arrest",
      id: "who",
      title: "Unknown actor",
      when: "2024-02-03",
      actors: [{ actor: "nobody" }],
      sources: ["s1"],
    },
  ],
});

/** A small seeded PRNG (mulberry32), so synthetic data is the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` synthetic events over 2010–2025 from a seeded generator: bursty operations (spans of
 * days to years, some open or approximate), enforcement actions (mostly days) and legislative
 * stages, with 12 actors and 20 countries. Built as already-valid model objects (no zod pass), so
 * that 100,000 events load quickly.
 */
export function syntheticDataset(count: number, seed = 42): Dataset {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const countries = [
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "BE",
    "PL",
    "SE",
    "GB",
    "US",
    "CA",
    "BR",
    "AR",
    "MX",
    "AU",
    "JP",
    "KR",
    "IN",
    "ZA",
    "NG",
  ];
  const synthActors = Array.from({ length: 12 }, (_, i) => ({
    id: `actor-${i}`,
    name: `Agency ${i}`,
    shortName: `A${i}`,
    kind: "agency" as const,
    country: countries[i],
  }));
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = (t: number) => {
    const d = new Date(t);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  };
  const start = Date.UTC(2010, 0, 1);
  const end = Date.UTC(2025, 0, 1);
  // Bursts: events cluster around 40 centres.
  const centres = Array.from({ length: 40 }, () => start + random() * (end - start));
  const events: Dataset["events"] = [];
  for (let i = 0; i < count; i++) {
    const centre = pick(centres);
    const t = Math.min(end, Math.max(start, centre + (random() - 0.5) * 400 * 86_400_000));
    const r = random();
    const actorRoles = [
      { actor: pick(synthActors).id, role: "lead" as const },
      ...(random() < 0.5 ? [{ actor: pick(synthActors).id, role: "participant" as const }] : []),
    ].filter((a, j, list) => list.findIndex((b) => b.actor === a.actor) === j);
    const base = {
      id: `ev-${i}`,
      title: `Event ${i} ${pick(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"])}`,
      actors: actorRoles,
      countries: [pick(countries), pick(countries)].filter((c, j, l) => l.indexOf(c) === j),
      figures:
        random() < 0.4
          ? [
              {
                metric: "arrests",
                value: Math.floor(random() * 300),
                qualifier: "exact" as const,
                source: "s1",
              },
            ]
          : [],
      sources: ["s1"],
      tags: [pick(["alpha", "beta", "gamma", "delta"])],
      relations: [],
    };
    if (r < 0.4) {
      const length = Math.floor(random() ** 3 * 900 + 1) * 86_400_000;
      const open = random() < 0.03;
      events.push({
        kind: "operation",
        ...base,
        when: open ? `${day(t)}/..` : `${day(t)}/${day(t + length)}`,
      });
    } else if (r < 0.85) {
      events.push({
        kind: "arrest",
        ...base,
        action: "arrest",
        when: random() < 0.9 ? day(t) : day(t).slice(0, 7),
      });
    } else {
      events.push({
        kind: "legislation",
        ...base,
        when: day(t),
        instrument: `law-${i % 300}`,
        stage: pick(["proposed", "adopted", "in_force"] as const),
      });
    }
  }
  return {
    schemaVersion: "1",
    title: `${count.toLocaleString("en-US")} synthetic events`,
    description: "Generated from a seeded PRNG for stories, tests and benchmarks.",
    updated: "2025-01-01",
    sources: [source],
    actors: synthActors,
    events,
    eras: [],
  };
}

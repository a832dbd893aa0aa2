/**
 * Large and odd datasets, generated at test time (nothing big is committed). Each is valid
 * `DatasetInput`; `fiftyMegabytes()` is JSON text.
 */
import type { DatasetInput, EventInput } from "../../../src/model";

const source = { id: "s1", publisher: "Example Agency", title: "Annual report", url: "https://example.org/report" };
const actors = [
  { id: "agency-a", name: "Agency A", kind: "agency" as const, country: "DE" },
  { id: "agency-b", name: "Agency B", kind: "agency" as const, country: "FR" },
];
const kinds = ["operation", "arrest", "legislation"] as const;

/** A small deterministic pseudo-random sequence (mulberry32), so that every run is the same. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** One event of the given kind on the given EDTF date. */
export function oddEvent(i: number, when: string, fields: Partial<EventInput> = {}): EventInput {
  const kind = kinds[i % 3]!;
  const base = {
    id: `e${i}`,
    title: `Event ${i}`,
    when,
    sources: ["s1"],
    actors: [{ actor: actors[i % 2]!.id, role: "lead" as const }],
    figures: [{ metric: "arrests", value: i % 50, source: "s1" }],
    tags: [`tag${i % 7}`],
    countries: [i % 2 ? "DE" : "FR"],
  };
  const event =
    kind === "legislation"
      ? { ...base, kind, instrument: `law-${i % 20}`, stage: "adopted" as const }
      : kind === "arrest"
        ? { ...base, kind }
        : { ...base, kind };
  return { ...event, ...fields } as EventInput;
}

/** A dataset around the given events. */
export function oddDataset(title: string, events: EventInput[]): DatasetInput {
  return { schemaVersion: "1", title, sources: [source], actors, events };
}

/** `n` events spread over 1990–2025 (days, months, years, spans). */
export function manyEvents(n: number, seed = 1): DatasetInput {
  const random = seeded(seed);
  const events: EventInput[] = [];
  for (let i = 0; i < n; i++) {
    const year = 1990 + Math.floor(random() * 36);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const shape = i % 4;
    const when =
      shape === 0
        ? `${year}-${pad(month)}-${pad(day)}`
        : shape === 1
          ? `${year}-${pad(month)}`
          : shape === 2
            ? `${year}-${pad(month)}-${pad(day)}/${Math.min(year + 1, 2025)}-${pad(month)}`
            : `${year}`;
    events.push(oddEvent(i, when));
  }
  return oddDataset(`${n} events`, events);
}

/** `n` events all on one day. */
export function oneDay(n: number): DatasetInput {
  return oddDataset("All on one day", Array.from({ length: n }, (_, i) => oddEvent(i, "2025-04-02")));
}

/** Events from 1900 to 2100, at every precision, including open and approximate spans. */
export function twoCenturies(): DatasetInput {
  const whens = ["1900", "1900-01-01", "1914-07/1918-11-11", "19XX", "195X", "1999-12-31", "2000-02-29", "2050~", "2099-12-31", "2100", "2024/..", "1900/2100", "2100-Q4", "1950-21"];
  return oddDataset("1900 to 2100", whens.map((when, i) => oddEvent(i, when)));
}

/** Titles, summaries and names of `length` characters. */
export function longTitles(length = 100_000): DatasetInput {
  const text = (i: number) => `${i} ${"Extremely long title ".repeat(Math.ceil(length / 21))}`.slice(0, length);
  const data = oddDataset(text(0), Array.from({ length: 5 }, (_, i) => oddEvent(i, `202${i}-0${i + 1}`, { title: text(i), summary: text(i) })));
  return { ...data, actors: actors.map((a) => ({ ...a, name: text(9) })) };
}

/** Arabic, Hebrew and emoji in every text, mixed with Latin. */
export function rtlAndEmoji(): DatasetInput {
  const titles = [
    "عملية مشتركة ضد شبكة 🚔",
    "מבצע משותף של המשטרה 🌍",
    "Operation 🛰️ with العربية inside",
    "👮‍♀️👮🏽‍♂️ 🇪🇺🇺🇳 joint action",
    "‏تشريع جديد‎ (2024) ✅",
  ];
  const data = oddDataset("بيانات التعاون الدولي 🌐", titles.map((title, i) => oddEvent(i, `202${i}-0${i + 1}-1${i}`, { title, summary: title, tags: [title] })));
  return { ...data, actors: [{ ...actors[0]!, name: "الوكالة الأوروبية 🇪🇺" }, { ...actors[1]!, name: "משטרת ישראל" }] };
}

/** Figures of 0 and 10^9 (and one in between), with every qualifier. */
export function extremeFigures(): DatasetInput {
  const events = [0, 1_000_000_000, 0, 1_000_000_000, 12].map((value, i) =>
    oddEvent(i, `20${10 + i}-05`, {
      figures: [
        { metric: "arrests", value, qualifier: i === 3 ? "more than" : "exact", source: "s1" },
        { metric: "sites_taken_down", value: value === 0 ? 1_000_000_000 : 0, qualifier: "at least", source: "s1" },
      ],
    }),
  );
  return oddDataset("Figures of 0 and 10^9", events);
}

/**
 * About 50 MB of valid dataset JSON: events with long summaries. Built as one string at test
 * time.
 */
export function fiftyMegabytes(targetBytes = 50 * 1024 * 1024): string {
  const summary = "A long summary of a joint operation, as reported. ".repeat(40);
  const parts: string[] = [];
  let bytes = 0;
  let i = 0;
  while (bytes < targetBytes) {
    const text = JSON.stringify(oddEvent(i, `${1990 + (i % 36)}-0${1 + (i % 9)}`, { summary }));
    parts.push(text);
    bytes += text.length + 1;
    i++;
  }
  return `{"schemaVersion":"1","title":"Fifty megabytes","sources":[${JSON.stringify(source)}],"actors":${JSON.stringify(actors)},"events":[${parts.join(",")}]}`;
}

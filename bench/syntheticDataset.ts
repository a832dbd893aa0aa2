// The benchmark's data: one seeded generator, and converters that hand the same events to each
// library in its own input format, so every library draws exactly the same marks.
// Pure (no DOM, no Date.now, no Math.random): the page bundles and Node both import it.
import type { DatasetInput, EventInput } from "../src/model";

/** One generated event, in plain numbers every converter reads. */
export interface SyntheticEvent {
  /** `e0`, `e1`, … in generation order. */
  id: string;
  /** 0-based lane (the lead actor), one of {@link syntheticLaneCount}. */
  lane: number;
  kind: "operation" | "arrest" | "legislation";
  title: string;
  /** First day, ms since the epoch at 00:00 UTC. */
  start: number;
  /** Last day (inclusive), ms at 00:00 UTC; only for spans (operations). */
  end?: number;
}

/** How many lanes (lead actors) the events are spread over. */
export const syntheticLaneCount = 8;
/** The first day events may start on (UTC). */
export const syntheticStart = Date.UTC(2010, 0, 1);
/** The number of days events may start on: 15 years. */
export const syntheticDays = 5479;
const day = 86_400_000;

/**
 * A small, fast, seeded PRNG (mulberry32), so the same seed gives the same data on every machine.
 * @example const random = seededRandom(42); random(); // 0 ≤ x < 1
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Generates `n` events over 15 years (2010–2024) in {@link syntheticLaneCount} lanes: about 40 %
 * spans (operations of 1 day to about a year), 45 % point events (enforcement actions) and
 * 15 % milestones (legislative stages). Lanes are skewed (the first lanes busier) as real data is.
 * Default seed 1.
 * @example const events = syntheticEvents(1000, 7);
 */
export function syntheticEvents(n: number, seed = 1): SyntheticEvent[] {
  const random = seededRandom(seed);
  const events: SyntheticEvent[] = [];
  for (let i = 0; i < n; i++) {
    // The power skews toward low lane numbers: lane 0 gets ~27 % of events, lane 7 ~8 %.
    const lane = Math.min(syntheticLaneCount - 1, Math.floor(random() ** 1.6 * syntheticLaneCount));
    const roll = random();
    const kind = roll < 0.4 ? "operation" : roll < 0.85 ? "arrest" : "legislation";
    const start = syntheticStart + Math.floor(random() * syntheticDays) * day;
    const event: SyntheticEvent = {
      id: `e${i}`,
      lane,
      kind,
      title: `${kind === "operation" ? "Operation" : kind === "arrest" ? "Action" : "Stage"} ${i}`,
      start,
    };
    // Span lengths are log-uniform between 1 and ~365 days: many short, a few long.
    if (kind === "operation") event.end = start + Math.floor(Math.exp(random() * 5.9)) * day;
    events.push(event);
  }
  return events;
}

/** `YYYY-MM-DD` of a UTC midnight. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const stages = ["proposed", "adopted", "signed", "ratified", "in_force"] as const;
const countries = ["DE", "FR", "NL", "GB", "US", "ES", "IT", "AU"] as const;

/**
 * The events as a valid jointline dataset (it passes `parseDataset` without issues): one lead
 * actor per lane, 8 sources, an `arrests` figure on every third enforcement action.
 * @example const dataset = toJointlineDataset(syntheticEvents(1000));
 */
export function toJointlineDataset(events: readonly SyntheticEvent[]): DatasetInput {
  const actors = countries.map((country, lane) => ({
    id: `agency-${lane}`,
    name: `Agency ${String.fromCharCode(65 + lane)}`,
    kind: "agency" as const,
    country,
  }));
  const sources = countries.map((_, k) => ({
    id: `source-${k}`,
    publisher: `Publisher ${k}`,
    title: `Report ${k}`,
    url: `https://example.org/report/${k}`,
  }));
  const out: EventInput[] = events.map((event, i) => {
    const base = {
      id: event.id,
      title: event.title,
      actors: [{ actor: `agency-${event.lane}`, role: "lead" as const }],
      countries: [countries[event.lane]!],
      sources: [`source-${i % sources.length}`],
    };
    if (event.kind === "operation") {
      return {
        ...base,
        kind: "operation",
        when: `${isoDay(event.start)}/${isoDay(event.end ?? event.start)}`,
      };
    }
    if (event.kind === "arrest") {
      return {
        ...base,
        kind: "arrest",
        when: isoDay(event.start),
        figures:
          i % 3 === 0 ? [{ metric: "arrests", value: 1 + (i % 97), source: base.sources[0]! }] : [],
      };
    }
    return {
      ...base,
      kind: "legislation",
      when: isoDay(event.start),
      instrument: `Instrument ${Math.floor(i / stages.length)}`,
      stage: stages[i % stages.length]!,
    };
  });
  return {
    title: `Synthetic benchmark dataset (${events.length} events)`,
    updated: "2025-01-01",
    sources,
    actors,
    events: out,
  };
}

/** A vis-timeline item (the subset the benchmark uses). */
export interface VisItem {
  id: string;
  group: number;
  content: string;
  start: Date;
  end?: Date;
  type: "range" | "point";
}

/**
 * The events as vis-timeline `items` and `groups`: spans as `range` items (end exclusive, so the
 * last day is drawn), the rest as `point` items.
 * @example new Timeline(el, toVisTimeline(events).items, toVisTimeline(events).groups, {});
 */
export function toVisTimeline(events: readonly SyntheticEvent[]): {
  items: VisItem[];
  groups: { id: number; content: string }[];
} {
  const groups = Array.from({ length: syntheticLaneCount }, (_, lane) => ({
    id: lane,
    content: `Agency ${String.fromCharCode(65 + lane)}`,
  }));
  const items = events.map((event): VisItem => {
    const item: VisItem = {
      id: event.id,
      group: event.lane,
      content: event.title,
      start: new Date(event.start),
      type: event.end === undefined ? "point" : "range",
    };
    if (event.end !== undefined) item.end = new Date(event.end + day);
    return item;
  });
  return { items, groups };
}

/** timelines-chart's nested data: groups → labels (rows) → segments. */
export interface TimelinesChartGroup {
  group: string;
  data: { label: string; data: { timeRange: [Date, Date]; val: string }[] }[];
}

/**
 * The events as timelines-chart data: one group per lane holding one row, each event a segment
 * coloured by kind. timelines-chart has no point marks, so a point is a one-day segment.
 * @example new TimelinesChart(el).zQualitative(true).data(toTimelinesChart(events));
 */
export function toTimelinesChart(events: readonly SyntheticEvent[]): TimelinesChartGroup[] {
  const groups: TimelinesChartGroup[] = Array.from({ length: syntheticLaneCount }, (_, lane) => ({
    group: `Agency ${String.fromCharCode(65 + lane)}`,
    data: [{ label: "events", data: [] }],
  }));
  for (const event of events) {
    groups[event.lane]!.data[0]!.data.push({
      timeRange: [new Date(event.start), new Date((event.end ?? event.start) + day)],
      val: event.kind,
    });
  }
  return groups;
}

/** A TimelineJS date object. */
export interface TimelineJsDate {
  year: number;
  month: number;
  day: number;
}

/** TimelineJS's JSON format (the subset the benchmark uses). */
export interface TimelineJsData {
  title: { text: { headline: string } };
  events: {
    unique_id: string;
    start_date: TimelineJsDate;
    end_date?: TimelineJsDate;
    text: { headline: string };
    group: string;
  }[];
}

function timelineJsDate(ms: number): TimelineJsDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The events as TimelineJS JSON: each event a slide with a headline, grouped by lane (TimelineJS
 * draws groups as rows in its time navigator).
 * @example new TL.Timeline(el, toTimelineJs(events), { font: null, script_path: "/timelinejs/js/" });
 */
export function toTimelineJs(events: readonly SyntheticEvent[]): TimelineJsData {
  return {
    title: { text: { headline: `Synthetic benchmark dataset (${events.length} events)` } },
    events: events.map((event) => {
      const slide: TimelineJsData["events"][number] = {
        unique_id: event.id,
        start_date: timelineJsDate(event.start),
        text: { headline: event.title },
        group: `Agency ${String.fromCharCode(65 + event.lane)}`,
      };
      if (event.end !== undefined) slide.end_date = timelineJsDate(event.end);
      return slide;
    }),
  };
}

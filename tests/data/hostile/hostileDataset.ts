import type { DatasetInput, EventInput } from "../../../src/model";
import { type Payload, textPayloads, urlPayloads } from "./payloads";

/** Ids that are also names of Object.prototype members: a lookup through `{}` would find them. */
export const prototypeIds = ["constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];
/** Metric names that pass the snake_case rule and are also Object.prototype members or lookalikes. */
export const prototypeMetrics = ["constructor", "valueof", "tostring", "hasownproperty", "proto__"];
const dates = ["2025-04-02", "2024-11/2025-02-28", "2014~", "2023/..", "2024-Q4", "2019", "2021-06"];
const kinds = ["operation", "arrest", "legislation"] as const;

/**
 * A record key for a payload: its text, except `__proto__`, which parseDataset reports as a
 * `reserved_key` error (zod would drop it silently); tests/security checks that case alone.
 */
function keyFor(p: Payload): string {
  return p.text === "__proto__" ? "proto key" : p.text;
}

/** The id of the i-th actor or source: mostly plain, some named after Object.prototype members. */
function idFor(prefix: string, i: number): string {
  return i < prototypeIds.length ? prototypeIds[i]! : `${prefix}${i}`;
}

/**
 * A valid dataset (in file form) whose every free-text field, every tag, every record key and
 * value, and every name is a hostile text payload: event i carries payload i everywhere. URLs
 * are all http(s), so `readJson` accepts it; see {@link withHostileUrls} for the rest.
 */
export function hostileDataset(payloads: readonly Payload[] = textPayloads): DatasetInput {
  const notes: Record<string, string> = {};
  for (const p of payloads) notes[keyFor(p)] = p.text;
  const sources = payloads.map((p, i) => ({
    id: idFor("s", i),
    publisher: p.text,
    title: p.text,
    url: `https://example.org/source/${p.id}?q=${encodeURIComponent(p.text.slice(0, 40).replace(/[\uD800-\uDFFF]/g, ""))}`,
    published: "2025-01-02",
    kind: "press_release" as const,
    note: p.text,
  }));
  const actors = payloads.map((p, i) => ({
    id: idFor("a", i),
    name: p.text,
    shortName: p.text,
    kind: "agency" as const,
    country: "DE",
    subkind: p.text,
    scope: p.text,
    note: p.text,
  }));
  const events = payloads.map((p, i): EventInput => {
    const kind = kinds[i % kinds.length]!;
    const base = {
      id: i < prototypeIds.length ? prototypeIds[i]! : `e${i}`,
      title: p.text,
      summary: `${p.text}\n\n${p.text}`,
      when: dates[i % dates.length]!,
      dateLabel: p.text,
      actors: [
        { actor: actors[i]!.id, role: "lead" as const },
        { actor: actors[(i + 1) % actors.length]!.id, role: "participant" as const },
      ],
      countries: ["DE", "FR"],
      figures: [
        {
          metric: prototypeMetrics[i % prototypeMetrics.length]!,
          value: i * 7,
          qualifier: "at least" as const,
          source: sources[i]!.id,
          asReported: p.text,
          unit: p.text,
          note: p.text,
        },
        // A second source disagreeing, so conflict ranges render too.
        {
          metric: prototypeMetrics[i % prototypeMetrics.length]!,
          value: i * 7 + 3,
          source: sources[(i + 1) % sources.length]!.id,
          asReported: p.text,
        },
      ],
      sources: [sources[i]!.id, sources[(i + 2) % sources.length]!.id],
      tags: [p.text, "tag"],
      group: p.text,
      relations: i > 0 ? [{ type: "related_to" as const, event: i - 1 < prototypeIds.length ? prototypeIds[i - 1]! : `e${i - 1}` }] : [],
      extra: { [keyFor(p)]: p.text, note: p.text },
      media: {
        url: `https://example.org/img/${p.id}.png`,
        alt: p.text,
        credit: p.text,
        caption: p.text,
        thumbnail: `https://example.org/img/${p.id}-thumb.png`,
        width: 640,
        height: 360,
        source: sources[i]!.id,
      },
    };
    if (kind === "operation") return { ...base, kind, target: p.text, status: "concluded" };
    if (kind === "arrest") return { ...base, kind, action: "takedown" };
    return { ...base, kind, instrument: p.text, jurisdiction: p.text, stage: "adopted" };
  });
  return {
    schemaVersion: "1",
    title: payloads[0]!.text,
    description: payloads.map((p) => p.text).join("\n"),
    contentNote: payloads[1 % payloads.length]!.text,
    byline: payloads[3 % payloads.length]!.text,
    chartNotes: payloads[4 % payloads.length]!.text,
    license: payloads[2 % payloads.length]!.text,
    updated: "2025-06-01",
    sources,
    actors,
    events,
    eras: payloads.slice(0, 10).map((p, i) => ({ id: `era${i}`, label: p.text, when: "2020/2021", sources: [sources[i]!.id] })),
    // Every payload as an annotation, alternately on a date and on an event.
    annotations: payloads.map((p, i) => ({
      id: `note${i}`,
      text: p.text,
      ...(i % 2 === 0 ? { when: dates[i % dates.length]! } : { event: events[i]!.id }),
      sources: [sources[i]!.id],
    })),
    notes,
  };
}

/**
 * The same dataset with every source URL and every image URL replaced by a hostile URL payload. The readers reject
 * it; components are given it directly (as an ESM user could) to prove they never link a
 * non-http(s) URL even when validation was skipped.
 */
export function withHostileUrls<T extends DatasetInput>(dataset: T, urls: readonly Payload[] = urlPayloads): T {
  return {
    ...dataset,
    sources: (dataset.sources ?? []).map((s, i) => ({ ...s, url: urls[i % urls.length]!.text })),
    events: (dataset.events ?? []).map((e, i) =>
      e.media
        ? { ...e, media: { ...e.media, url: urls[i % urls.length]!.text, thumbnail: urls[(i + 1) % urls.length]!.text } }
        : e,
    ),
  };
}

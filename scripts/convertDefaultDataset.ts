/**
 * Converts the cited example dataset (data/original/csam-operations.json, as delivered by the
 * research team) into jointline's data format (data/csam-operations.json). Run with
 * `npx tsx scripts/convertDefaultDataset.ts`. Every figure, source and actor is carried over;
 * kinds outside the three the model has are mapped as documented in data/README.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseDataset } from "../src/io/parseDataset";
import { writeJson } from "../src/io/writeJson";
import type { DatasetInput, EventInput, LegislativeStage } from "../src/model";

interface OriginalDate {
  on?: string;
  start?: string;
  end?: string;
  precision: string;
  start_precision?: string;
  end_precision?: string;
  start_qualifier?: string;
  label?: string;
}
interface OriginalEvent {
  id: string;
  kind: string;
  group: string;
  title: string;
  summary: string;
  date: OriginalDate;
  actors: { id: string; role: "lead" | "coordinator" | "participant" | "support" }[];
  countries: string[];
  figures: {
    metric: string;
    value: number;
    qualifier: "exact" | "approximately" | "nearly" | "at least" | "more than" | "up to";
    source: string;
    as_reported?: string;
    note?: string;
    unit?: string;
  }[];
  sources: string[];
  tags: string[];
}

const here = new URL("../data/", import.meta.url);
const original = JSON.parse(readFileSync(new URL("original/csam-operations.json", here), "utf8"));

/** EDTF text for the original's {on | start/end, precision…} objects. */
function toEdtf(date: OriginalDate): string {
  if (date.on !== undefined) return date.on;
  // "Late 2024" has no EDTF form; an approximate fourth quarter is the nearest honest one and
  // is formatted back as "late 2024". The source's own wording stays in dateLabel.
  const start =
    date.start_precision === "season" && /^late\b/i.test(date.start_qualifier ?? "")
      ? `${date.start}-Q4~`
      : date.start;
  return `${start}/${date.end}`;
}

/** Instrument, stage and jurisdiction of each legal or policy milestone, read from its title. */
const legislation: Record<
  string,
  { instrument: string; stage: LegislativeStage; jurisdiction?: string }
> = {
  "budapest-convention-2001": {
    instrument: "budapest-convention",
    stage: "opened_for_signature",
    jurisdiction: "Council of Europe",
  },
  "icmec-model-legislation-6th-2010": {
    instrument: "icmec-model-legislation-review",
    stage: "reviewed",
    jurisdiction: "worldwide",
  },
  "lanzarote-in-force-2010": {
    instrument: "lanzarote-convention",
    stage: "in_force",
    jurisdiction: "Council of Europe",
  },
  "directive-2011-93-eu": {
    instrument: "directive-2011-93-eu",
    stage: "adopted",
    jurisdiction: "EU",
  },
  "weprotect-summit-2014": {
    instrument: "weprotect-global-statement-of-action",
    stage: "declared",
    jurisdiction: "worldwide",
  },
  "icmec-model-legislation-9th-2018": {
    instrument: "icmec-model-legislation-review",
    stage: "reviewed",
    jurisdiction: "worldwide",
  },
  "eu-interim-regulation-2021-1232": {
    instrument: "eu-interim-regulation-2021-1232",
    stage: "adopted",
    jurisdiction: "EU",
  },
  "eu-csa-regulation-proposal-2022": {
    instrument: "eu-csa-regulation",
    stage: "proposed",
    jurisdiction: "EU",
  },
  "budapest-second-protocol-2022": {
    instrument: "budapest-convention-second-protocol",
    stage: "opened_for_signature",
    jurisdiction: "Council of Europe",
  },
  "uk-online-safety-act-2023": {
    instrument: "uk-online-safety-act-2023",
    stage: "adopted",
    jurisdiction: "GB",
  },
  "eu-regulation-2024-1307-extension": {
    instrument: "eu-interim-regulation-2021-1232",
    stage: "amended",
    jurisdiction: "EU",
  },
  "us-report-act-2024": { instrument: "us-report-act", stage: "signed", jurisdiction: "US" },
  "un-cybercrime-convention-2024": {
    instrument: "un-convention-against-cybercrime",
    stage: "adopted",
    jurisdiction: "UN",
  },
};

/** Events that belong to another event in the data, recorded as relations. */
const relations: Record<string, EventInput["relations"]> = {
  "welcome-to-video-server-seized-2018": [
    { type: "part_of", event: "welcome-to-video-announcement-2019" },
  ],
  "blackwrist-admin-sentenced-2018": [{ type: "part_of", event: "operation-blackwrist-2019" }],
  "budapest-second-protocol-2022": [{ type: "related_to", event: "budapest-convention-2001" }],
  "eu-regulation-2024-1307-extension": [
    { type: "follows", event: "eu-interim-regulation-2021-1232" },
  ],
  "eu-csa-regulation-proposal-2022": [
    { type: "related_to", event: "eu-interim-regulation-2021-1232" },
  ],
};

function convertEvent(event: OriginalEvent): EventInput {
  const common = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    when: toEdtf(event.date),
    ...(event.date.label ? { dateLabel: event.date.label } : {}),
    actors: event.actors.map((a) => ({ actor: a.id, role: a.role })),
    countries: event.countries,
    figures: event.figures.map((f) => ({
      metric: f.metric,
      value: f.value,
      qualifier: f.qualifier,
      source: f.source,
      ...(f.as_reported ? { asReported: f.as_reported } : {}),
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.note ? { note: f.note } : {}),
    })),
    sources: event.sources,
    tags: event.tags,
    group: event.group,
    relations: relations[event.id] ?? [],
  };
  switch (event.kind) {
    case "operation":
      return { kind: "operation", ...common };
    case "takedown":
    case "sentencing":
      return {
        kind: "arrest",
        action: event.kind === "takedown" ? "takedown" : "sentence",
        ...common,
        extra: { originalKind: event.kind },
      };
    case "legislation":
    case "policy":
    case "report": {
      const mapping = legislation[event.id];
      if (!mapping) throw new Error(`No instrument mapping for ${event.id}`);
      return {
        kind: "legislation",
        ...mapping,
        ...common,
        ...(event.kind === "legislation" ? {} : { extra: { originalKind: event.kind } }),
      };
    }
    default:
      throw new Error(`Unknown kind ${event.kind} on ${event.id}`);
  }
}

const converted: DatasetInput = {
  schemaVersion: "1",
  title: original.title,
  description: original.description,
  contentNote: original.content_note,
  license: original.license_note,
  updated: original.generated,
  sources: original.sources.map(
    (s: {
      id: string;
      publisher: string;
      title: string;
      url: string | null;
      published: string | null;
      note?: string;
    }) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      ...(s.url ? { url: s.url } : {}),
      ...(s.published ? { published: s.published } : {}),
      ...(s.note ? { note: s.note } : {}),
    }),
  ),
  actors: original.actors.map(
    (a: {
      id: string;
      name: string;
      kind: string;
      country: string | null;
      subkind?: string;
      scope?: string;
    }) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      ...(a.country ? { country: a.country } : {}),
      ...(a.subkind ? { subkind: a.subkind } : {}),
      ...(a.scope ? { scope: a.scope } : {}),
    }),
  ),
  events: original.events.map(convertEvent),
  eras: [
    {
      id: "eu-interim-regulation-in-force",
      label: "EU interim Regulation 2021/1232 (ePrivacy derogation) applies",
      // Dates as the two events' summaries report them: in force 2 Aug 2021, extended to 3 Apr 2026.
      when: "2021-08-02/2026-04-03",
      sources: ["s44", "s83", "s55", "s56"],
    },
  ],
  notes: {
    ...original.schema_notes,
    timelineIntro: original.timeline_intro,
    conversion:
      "Converted from data/original/csam-operations.json by scripts/convertDefaultDataset.ts; see data/README.md for the kind mapping.",
  },
};

const { data, issues } = parseDataset(converted);
if (!data) {
  console.error(JSON.stringify(issues, null, 2));
  process.exit(1);
}
writeFileSync(new URL("csam-operations.json", here), writeJson(data));
console.log(
  `wrote data/csam-operations.json: ${data.events.length} events, ${data.sources.length} sources, ${data.actors.length} actors`,
);

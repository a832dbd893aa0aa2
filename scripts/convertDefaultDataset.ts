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

/**
 * What the metrics of this dataset are, where their names do not say it (data/README.md): the
 * variants and parts of `arrests` a trend of arrests names as not counted, country-level parts,
 * and sizes that are snapshots, not counts.
 */
const metrics: DatasetInput["metrics"] = {
  arrests_or_charged: { family: "arrests", label: "arrested or charged" },
  arrests_or_convictions_worldwide: {
    family: "arrests",
    label: "arrests or convictions worldwide",
  },
  arrests_or_convictions_europe: { family: "arrests", label: "arrests or convictions in Europe" },
  arrests_or_convictions_us: { family: "arrests", label: "arrests or convictions in the US" },
  arrests_europe: { family: "arrests", label: "arrests in Europe" },
  arrests_latin_america: { family: "arrests", label: "arrests in Latin America" },
  arrests_in_uk: { family: "arrests", label: "arrests in the UK", country: "GB" },
  arrests_in_spain: { family: "arrests", label: "arrests in Spain", country: "ES" },
  victims_identified_or_rescued: {
    family: "victims_identified",
    label: "victims identified or rescued internationally",
  },
  signatories_countries_agencies_charities: {
    kind: "overlapping",
    label: "signatories (countries, law enforcement agencies and international charities)",
  },
  unique_videos: { kind: "stock", label: "videos on the site" },
  videos_on_seized_server: { kind: "stock", label: "videos on the seized server" },
};

/** What every chart of this dataset should say about its limits (data/README.md, "Limits"). */
const limits =
  "The limits: the figures are reported by the agencies whose work they describe (press releases serve institutional narratives and funding); the events are a selection of publicised operations, not a measure of enforcement; agencies define “arrest”, “identified” and “safeguarded” differently; takedowns are often temporary.";

type Converted = EventInput & { figures: NonNullable<EventInput["figures"]> };

/**
 * Corrections found by the fact check of the dataset against its sources (issue 18), each resting
 * on the source phrase quoted in its note. Applied after conversion, so the original stays as the
 * research team delivered it; data/README.md lists them.
 */
const corrections: Record<string, (event: Converted) => void> = {
  "kidflix-operation-stream-2025": (event) => {
    const il = figure(event, "suspects_identified", "s68");
    il.scope = "besides the 79 arrested";
    il.note =
      "Il Post: “altre 1.300 sospettate” — another 1,300 suspects besides the 79 arrested, about 1,379 in all, which agrees with “almost 1,400” and 1,393: a figure of another scope, not a conflicting count.";
    const users = figure(event, "registered_users", "s66");
    users.qualifier = "approximately";
    users.note =
      "Stated as approximate in the reports: German-language reports give “rund 1,8 Millionen” (about 1.8 million).";
  },
  "vidtf-17-2025": (event) => {
    const seed = figure(event, "countries", "s01");
    seed.correction = "misreading";
    seed.note =
      "A misreading, kept only for the record: the seed read “27 experts from Europol, Interpol and 22 countries” as 27 countries. The task force's countries are 22 (s78).";
  },
  "weprotect-summit-2014": (event) => {
    const tech = figure(event, "countries_signed", "s21");
    tech.metric = "signatories_countries_agencies_charities";
    tech.note =
      "techUK: “more than 50 countries, law enforcement agencies and international charities” — a mixed count of signatories, not a count of countries.";
  },
  "operation-vibora-2025": (event) => {
    const shared = figure(event, "countries_of_additional_suspects", "s76");
    shared.note =
      "INTERPOL says information on the further suspects was “shared with law enforcement agencies in 28 countries”; “suspects across 28 countries” is this aggregator's wording. The 28 are countries informed.";
    event.extra = {
      ...event.extra,
      countriesNote:
        "The countries list has 13 codes, Panama included, while the sources report 12 countries: the sources are not consistent about which countries took part.",
    };
  },
  "operations-historia-pureza-2013": (event) => {
    event.actors = [
      ...(event.actors ?? []).filter((a) => a.actor !== "es-cnp"),
      { actor: "es-guardia-civil-gdt", role: "participant" },
      { actor: "cl-pdi", role: "participant" },
    ];
    event.extra = {
      ...event.extra,
      actorsNote:
        "The cited INTERPOL release (s15) names the Guardia Civil's Grupo de Delitos Telemáticos (Historia) and Chile's Policía de Investigaciones, PDI (Pureza II); the Spanish Policía Nacional, listed before the fact check, is not named there.",
    };
  },
  "operation-rescue-2011": (event) => {
    // The curated label says "c. 2008": the start is approximate.
    event.when = "2008~/2011-03-16";
  },
  "welcome-to-video-announcement-2019": (event) => {
    event.when = "2017-09~/2019-10-16";
    event.summary = event.summary?.replace(
      "the investigation began in August 2017",
      "the investigation began around September 2017",
    );
    event.extra = {
      ...event.extra,
      dateNote:
        "No cited source gives August 2017 for the start; the Washington Post reports that the investigation began “around Sept. 1, 2017” (not among the cited sources).",
    };
  },
  "operation-pacifier-2015-2017": (event) => {
    const headline = figure(event, "arrests_or_convictions_worldwide", "s28");
    headline.correction = "rounding";
    headline.note =
      "A headline rounding (“Almost 900 arrested”) of the same article's “870 arrests worldwide”: one claim, not two.";
    const victims = figure(event, "victims_identified_or_rescued", "s27");
    victims.note =
      "Children “identified or rescued internationally”: neither only identified nor only safeguarded.";
  },
  "budapest-second-protocol-2022": (event) => {
    // 24 signatures in 2022 before 30 November, and six on that day (s48).
    figure(event, "signatories", "s48").asOf = "2022-11-30";
  },
  "operation-orion-international-2024": (event) => {
    const index = event.figures.findIndex((f) => f.metric === "arrests" && f.source === "s58");
    event.figures.splice(index + 1, 0, {
      metric: "arrests",
      value: 136,
      qualifier: "exact",
      source: "s58",
      asReported: "18 + 111 + 7",
      note: "The same report's breakdown of the arrests adds up to 136, not the 144 it gives as the total: kept as a conflicting claim.",
    });
  },
  "vidtf-10-2021": (event) => {
    const victims = figure(event, "victims_identified", "s45");
    victims.qualifier = "approximately";
    victims.asReported = "18 children were provisionally identified";
    victims.note = "Provisional: the count may change as identifications are confirmed.";
  },
  "boystown-2021": (event) => {
    const nl = figure(event, "registered_users", "s42");
    nl.qualifier = "more than";
    nl.note = "Both sources say “more than 400,000” users.";
  },
};

/** Actors the corrections cite that the original did not have. */
const addedActors = [
  {
    id: "es-guardia-civil-gdt",
    name: "Guardia Civil, Grupo de Delitos Telemáticos (Spain)",
    kind: "agency",
    country: "ES",
  },
  {
    id: "cl-pdi",
    name: "Policía de Investigaciones de Chile (PDI)",
    kind: "agency",
    country: "CL",
  },
];

/** How a source is cited when its published title would describe victims (data/README.md). */
const neutralTitles: Record<string, { title: string; note: string }> = {
  s17: {
    title: "Report on Operation Round Table's victim-identification figures",
    note: "Cited by a neutral title: the published headline describes child victims. The URL is kept as it is, because it is the citation.",
  },
  s27: {
    title: "Child-porn website creator accidentally reveals IP address, leading to 870 arrests",
    note: "The URL contains the name of a convicted person; it is kept as it is, because it is the citation, and the name appears nowhere else in the data.",
  },
};

function figure(event: Converted, metric: string, source: string) {
  const found = event.figures.find((f) => f.metric === metric && f.source === source);
  if (!found) throw new Error(`No ${metric} figure from ${source} on ${event.id}`);
  return found;
}

function corrected(event: EventInput): EventInput {
  const fix = corrections[event.id];
  if (!fix) return event;
  const copy = structuredClone(event) as Converted;
  fix(copy);
  return copy;
}

const converted: DatasetInput = {
  schemaVersion: "1",
  title: original.title,
  description: original.description,
  contentNote: `${original.content_note} ${limits}`,
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
      ...neutralTitles[s.id],
    }),
  ),
  actors: original.actors
    .map(
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
    )
    .concat(addedActors),
  events: original.events.map(convertEvent).map(corrected),
  eras: [
    {
      id: "eu-interim-regulation-in-force",
      label: "EU interim Regulation 2021/1232 (ePrivacy derogation) applies",
      // Dates as the two events' summaries report them: in force 2 Aug 2021, extended to 3 Apr 2026.
      when: "2021-08-02/2026-04-03",
      sources: ["s44", "s83", "s55", "s56"],
    },
  ],
  // Two notes drawn on the charts, each worded from its event's summary and citing its sources.
  annotations: [
    {
      id: "note-cumberland-ai",
      text: "Fully AI-generated abuse material targeted",
      event: "operation-cumberland-2025",
      sources: ["s61", "s63"],
    },
    {
      id: "note-interim-extended",
      text: "Interim derogation extended to 3 April 2026",
      event: "eu-regulation-2024-1307-extension",
      sources: ["s55", "s56"],
    },
  ],
  metrics,
  coverage: "selection",
  notes: {
    ...original.schema_notes,
    timelineIntro: original.timeline_intro,
    conversion:
      "Converted from data/original/csam-operations.json by scripts/convertDefaultDataset.ts; see data/README.md for the kind mapping and for the corrections made after the fact check of the data against its sources.",
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

// "Start from a template": a small sheet with every column used once, its rows clearly fictional
// (example.org sources, invented agency names), and a guide to every column.
import { emptySheet, type Sheet } from "./sheet.ts";

/** One column of the guide: its header, whether it is required, what it holds, an example. */
export interface ColumnGuide {
  table: "events" | "sources" | "actors";
  column: string;
  required: boolean;
  meaning: string;
  example: string;
}

/** What every column of the CSV format means (docs/csv-format.md, in short). */
export const columnGuide: readonly ColumnGuide[] = [
  {
    table: "events",
    column: "id",
    required: true,
    meaning: "A unique id: letters, digits and - _ . :",
    example: "op-harbour",
  },
  {
    table: "events",
    column: "kind",
    required: true,
    meaning: "operation (a span), arrest (an enforcement action) or legislation (a stage of a law)",
    example: "operation",
  },
  {
    table: "events",
    column: "title",
    required: true,
    meaning: "The event's name as readers see it",
    example: "Operation Harbour",
  },
  {
    table: "events",
    column: "when",
    required: true,
    meaning:
      "A date or span: 2025, 2025-04, 2025-04-02, 2024-Q4, 2014~ (about), 2024-11/2025-03, 2023/.. (ongoing)",
    example: "2024-11/2025-02-20",
  },
  {
    table: "events",
    column: "dateLabel",
    required: false,
    meaning: "The source's own wording of the date",
    example: "late 2024",
  },
  {
    table: "events",
    column: "summary",
    required: false,
    meaning: "Plain text; a blank line separates paragraphs",
    example: "Two agencies took down a fictional market.",
  },
  {
    table: "events",
    column: "actors",
    required: false,
    meaning: "actor-id:role; … with role lead, coordinator, participant or support",
    example: "agency-a:lead; agency-b:coordinator",
  },
  {
    table: "events",
    column: "countries",
    required: false,
    meaning: "ISO 3166-1 two-letter codes, separated by ; (GB, not UK)",
    example: "DE; NL",
  },
  {
    table: "events",
    column: "figures",
    required: false,
    meaning:
      "metric=[qualifier ]number@source; … — no thousands separators; qualifiers: approximately, nearly, at least, more than, up to",
    example: "arrests=12@s1; sites_taken_down=at least 3@s1",
  },
  {
    table: "events",
    column: "sources",
    required: true,
    meaning: "The ids of the sources (Sources tab) that report the event, separated by ;",
    example: "s1",
  },
  {
    table: "events",
    column: "tags",
    required: false,
    meaning: "Free words, separated by ;",
    example: "dark web",
  },
  {
    table: "events",
    column: "group",
    required: false,
    meaning: "A free grouping (TimelineJS's Group)",
    example: "Phase 1",
  },
  {
    table: "events",
    column: "relations",
    required: false,
    meaning: "type:event-id; … with type part_of, follows or related_to",
    example: "part_of:op-harbour",
  },
  {
    table: "events",
    column: "target",
    required: false,
    meaning: "Operations: what it targeted",
    example: "a dark-web market",
  },
  {
    table: "events",
    column: "status",
    required: false,
    meaning: "Operations: ongoing or concluded",
    example: "concluded",
  },
  {
    table: "events",
    column: "action",
    required: false,
    meaning:
      "Enforcement actions: arrest, charge, conviction, sentence, extradition, seizure or takedown",
    example: "seizure",
  },
  {
    table: "events",
    column: "instrument",
    required: false,
    meaning: "Legislation: the name shared by an instrument's stages",
    example: "Example Act",
  },
  {
    table: "events",
    column: "jurisdiction",
    required: false,
    meaning: "Legislation: where it applies",
    example: "Examplia",
  },
  {
    table: "events",
    column: "stage",
    required: false,
    meaning: "Legislation: proposed, adopted, signed, ratified, in_force, amended, expired…",
    example: "adopted",
  },
  { table: "sources", column: "id", required: true, meaning: "The id events cite", example: "s1" },
  {
    table: "sources",
    column: "publisher",
    required: true,
    meaning: "Who published it",
    example: "Example Police (fictional)",
  },
  {
    table: "sources",
    column: "title",
    required: true,
    meaning: "The document's title",
    example: "Press release",
  },
  {
    table: "sources",
    column: "url",
    required: false,
    meaning: "Its address, http or https only",
    example: "https://example.org/press/1",
  },
  {
    table: "sources",
    column: "published",
    required: false,
    meaning: "Its date",
    example: "2025-02-21",
  },
  {
    table: "sources",
    column: "kind",
    required: false,
    meaning:
      "press_release, official_page, news, report, legal_text, court_record, fact_check or other",
    example: "press_release",
  },
  {
    table: "sources",
    column: "note",
    required: false,
    meaning: "Anything a reader should know about it",
    example: "",
  },
  {
    table: "actors",
    column: "id",
    required: true,
    meaning: "The id events name in their actors column",
    example: "agency-a",
  },
  {
    table: "actors",
    column: "name",
    required: true,
    meaning: "The full name",
    example: "Example Federal Police (fictional)",
  },
  {
    table: "actors",
    column: "shortName",
    required: false,
    meaning: "A short label for tight places",
    example: "EFP",
  },
  {
    table: "actors",
    column: "kind",
    required: true,
    meaning: "agency, country, intergovernmental, ngo, company, court, legislature or other",
    example: "agency",
  },
  {
    table: "actors",
    column: "country",
    required: false,
    meaning: "Its ISO 3166-1 two-letter code",
    example: "DE",
  },
  {
    table: "actors",
    column: "parent",
    required: false,
    meaning: "The id of the actor it belongs to",
    example: "",
  },
  {
    table: "actors",
    column: "subkind",
    required: false,
    meaning: "A finer kind, free text",
    example: "",
  },
  {
    table: "actors",
    column: "scope",
    required: false,
    meaning: "Where it works, free text",
    example: "",
  },
  {
    table: "actors",
    column: "note",
    required: false,
    meaning: "Anything a reader should know",
    example: "",
  },
];

const row = (header: readonly string[], values: Record<string, string>) =>
  header.map((h) => values[h] ?? "");

/** The template sheet: four fictional events, their sources and actors, a title and a dek. */
export function templateSheet(): Sheet {
  const sheet = emptySheet();
  const e = sheet.events.header;
  sheet.events.rows = [
    row(e, {
      id: "op-harbour",
      kind: "operation",
      title: "Operation Harbour (fictional)",
      when: "2024-11/2025-02-20",
      dateLabel: "November 2024 to February 2025",
      summary: "A fictional joint operation against a fictional dark-web market.",
      actors: "agency-a:lead; agency-b:coordinator",
      countries: "DE; NL",
      figures: "arrests=12@s1; sites_taken_down=at least 3@s1",
      sources: "s1",
      tags: "dark web",
      target: "a dark-web market",
      status: "concluded",
    }),
    row(e, {
      id: "harbour-seizure",
      kind: "arrest",
      title: "Servers seized (fictional)",
      when: "2025-02-18",
      actors: "agency-a:lead",
      countries: "DE",
      sources: "s1",
      relations: "part_of:op-harbour",
      action: "seizure",
    }),
    row(e, {
      id: "act-proposed",
      kind: "legislation",
      title: "Example Act proposed (fictional)",
      when: "2023-Q2",
      sources: "s2",
      instrument: "Example Act",
      jurisdiction: "Examplia",
      stage: "proposed",
    }),
    row(e, {
      id: "act-adopted",
      kind: "legislation",
      title: "Example Act adopted (fictional)",
      when: "2024-06-12",
      sources: "s2",
      relations: "follows:act-proposed",
      instrument: "Example Act",
      jurisdiction: "Examplia",
      stage: "adopted",
    }),
  ];
  const s = sheet.sources.header;
  sheet.sources.rows = [
    row(s, {
      id: "s1",
      publisher: "Example Federal Police (fictional)",
      title: "Operation Harbour: press release",
      url: "https://example.org/press/harbour",
      published: "2025-02-21",
      kind: "press_release",
    }),
    row(s, {
      id: "s2",
      publisher: "Examplia Parliament (fictional)",
      title: "Example Act: legislative record",
      url: "https://example.org/laws/example-act",
      published: "2024-06-12",
      kind: "legal_text",
    }),
  ];
  const a = sheet.actors.header;
  sheet.actors.rows = [
    row(a, {
      id: "agency-a",
      name: "Example Federal Police (fictional)",
      shortName: "EFP",
      kind: "agency",
      country: "DE",
    }),
    row(a, {
      id: "agency-b",
      name: "Example Police Cooperation Office (fictional)",
      kind: "intergovernmental",
    }),
  ];
  sheet.dataset = [
    ["title", "A template: replace these fictional rows with yours"],
    ["description", "Every column of the sheet is explained in the column guide."],
  ];
  return sheet;
}

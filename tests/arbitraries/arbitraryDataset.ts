/**
 * fast-check generators of valid datasets, shared by the round-trip and property tests of every
 * module. `arbitraryDataset()` produces a `DatasetInput` that `parseDataset` accepts: unique ids,
 * references that resolve, dates that parse, http(s) links only.
 */
import fc from "fast-check";
import type { DatasetInput, EventInput } from "../../src/model";
import { knownMetrics } from "../../src/model/figure";

/** Options of {@link arbitraryDataset}. */
export interface ArbitraryDatasetOptions {
  /** Most events in one dataset. Default: 8. */
  maxEvents?: number;
  /** Most sources (at least one is always made). Default: 6. */
  maxSources?: number;
  /** Most actors. Default: 6. */
  maxActors?: number;
}

/** Characters that stress a text format: delimiters, quotes, escapes, line breaks. */
const awkward = [
  ";",
  "|",
  "@",
  "=",
  "\\",
  ",",
  '"',
  "'",
  "\n",
  "\r\n",
  "\t",
  " ",
  "#",
  ":",
  "<",
  "&",
  "é",
  "—",
  "😀",
  // Control characters and a line separator: JSON strings may hold them, and the round trips
  // must keep them (readCsv used to refuse a file holding a control character as binary).
  "\u0000",
  "\u0001",
  "\u0007",
  "\u001b[31m",
  "\u000b",
  "\u000c",
  "\u007f",
  "\u2028",
];

/**
 * Text that is not blank (a cell of only spaces reads as an absent value), mixing ordinary
 * characters with the awkward ones.
 * @example fc.sample(arbitraryText(), 3)
 */
export function arbitraryText(maxLength = 24): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom(...awkward)), {
      minLength: 1,
      maxLength: Math.max(1, Math.floor(maxLength / 3)),
    })
    .map((parts) => parts.join(""))
    .filter((text) => text.trim() !== "");
}

/**
 * An id of the `Id` schema: letters, digits and `-_.:`, starting with a letter or digit.
 * @example fc.sample(arbitraryId(), 3) // ["a", "x.9", "e:lead"]
 */
export function arbitraryId(): fc.Arbitrary<string> {
  return word(`${lower}0123456789`, `${lower}0123456789_.:-`, 10);
}

const lower = "abcdefghijklmnopqrstuvwxyz";

/**
 * A word of one character from `first` then up to `max` from `rest`; faster to generate than
 * `fc.stringMatching`, which dominated the run time here.
 */
function word(first: string, rest: string, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...first), fc.array(fc.constantFrom(...rest), { maxLength: max }))
    .map(([head, tail]) => head + tail.join(""));
}

const year = fc.integer({ min: 1990, max: 2030 });
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0"));
const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, "0"));

/** A single EDTF date: a year, a month or a day, sometimes approximate, or a quarter. */
const arbitraryDate: fc.Arbitrary<string> = fc.oneof(
  year.map(String),
  fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`),
  year.map((y) => `${y}~`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
);

/**
 * An EDTF value as events carry it: a date, a span between two years' dates, or an open span.
 * @example fc.sample(arbitraryWhen(), 3) // ["2025-04", "2011-03/2014-11-02", "2023/.."]
 */
export function arbitraryWhen(): fc.Arbitrary<string> {
  return fc.oneof(
    arbitraryDate,
    fc
      .tuple(year, fc.integer({ min: 1, max: 10 }), month, day)
      .map(([y, span, m, d]) => `${y}-${m}/${y + span}-${m}-${d}`),
    year.map((y) => `${y}/..`),
  );
}

const countries = ["DE", "NL", "GB", "US", "FR", "ES", "BR", "AU", "PH", "UA"];
const roles = ["lead", "coordinator", "participant", "support"] as const;
const qualifiers = ["exact", "approximately", "nearly", "at least", "more than", "up to"] as const;
const stages = [
  "proposed",
  "adopted",
  "signed",
  "ratified",
  "in_force",
  "amended",
  "expired",
] as const;
const actions = [
  "arrest",
  "charge",
  "conviction",
  "sentence",
  "extradition",
  "seizure",
  "takedown",
] as const;

/** An optional field: present with a value, or left out (never `undefined`). */
function optional<T>(key: string, value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.option(value, { nil: undefined }).map((v) => (v === undefined ? {} : { [key]: v }));
}

function merge(
  ...parts: fc.Arbitrary<Record<string, unknown>>[]
): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(...parts).map((objects) => Object.assign({}, ...objects));
}

const arbitraryUrl = fc
  .tuple(
    fc.constantFrom("https", "http"),
    word(lower, lower, 7),
    fc.array(fc.constantFrom(..."abc019/_-"), { maxLength: 12 }).map((c) => c.join("")),
  )
  .map(([scheme, host, path]) => `${scheme}://${host}.example.org/${path}`);

const arbitraryValue = fc.oneof(
  fc.nat(),
  fc
    .double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true })
    .filter((v) => !Object.is(v, -0)),
);

// Keys may have spaces at either end (readCsv used to trim them) and any awkward character.
const arbitraryExtra = fc.dictionary(
  fc
    .oneof(fc.string({ minLength: 1, maxLength: 10 }), arbitraryText(10))
    .filter((key) => key !== "" && key !== "__proto__"),
  arbitraryText(12),
  { maxKeys: 3 },
);

/** A metric name: snake_case, a known one or any. */
const metricName = fc.oneof(
  fc.constantFrom(...knownMetrics),
  word(lower, `${lower}0123456789_`, 12),
);

/** What a dataset may declare about a metric: every field optional, sometimes none. */
const arbitraryMetricInfo = merge(
  optional("kind", fc.constantFrom("count", "overlapping", "stock", "measure")),
  optional("family", metricName),
  optional("label", arbitraryText()),
  optional("country", fc.constantFrom(...countries)),
);

/**
 * A valid dataset (wire form) with every field of the model in use somewhere: all event kinds,
 * figures with every attribute (scope and correction too), extra fields, images (`media`), eras,
 * annotations (sometimes an empty list), notes, the metrics map (sometimes empty) and the coverage.
 * @example fc.assert(fc.property(arbitraryDataset(), (d) => parseDataset(d).data !== undefined))
 */
export function arbitraryDataset(
  options: ArbitraryDatasetOptions = {},
): fc.Arbitrary<DatasetInput> {
  const { maxEvents = 8, maxSources = 6, maxActors = 6 } = options;
  return fc
    .record({
      sourceIds: fc.uniqueArray(arbitraryId(), { minLength: 1, maxLength: maxSources }),
      actorIds: fc.uniqueArray(arbitraryId(), { maxLength: maxActors }),
      eventIds: fc.uniqueArray(arbitraryId(), { maxLength: maxEvents }),
      eraIds: fc.uniqueArray(arbitraryId(), { maxLength: 3 }),
    })
    .chain(({ sourceIds, actorIds, eventIds, eraIds }) => {
      const sourceId = fc.constantFrom(...sourceIds);
      const sources = fc.tuple(
        ...sourceIds.map((id) =>
          merge(
            fc.record({ id: fc.constant(id), publisher: arbitraryText(), title: arbitraryText() }),
            optional("url", arbitraryUrl),
            optional("published", arbitraryDate),
            optional(
              "kind",
              fc.constantFrom(
                "press_release",
                "official_page",
                "news",
                "report",
                "legal_text",
                "court_record",
                "fact_check",
                "other",
              ),
            ),
            optional("note", arbitraryText()),
          ),
        ),
      );
      const actors = fc.tuple(
        ...actorIds.map((id, i) =>
          merge(
            fc.record({
              id: fc.constant(id),
              name: arbitraryText(),
              kind: fc.constantFrom(
                "agency",
                "country",
                "intergovernmental",
                "ngo",
                "company",
                "court",
                "legislature",
                "other",
              ),
            }),
            optional("shortName", arbitraryText(8)),
            optional("country", fc.constantFrom(...countries)),
            // Only earlier actors as parents, so no actor is its own parent.
            i > 0 ? optional("parent", fc.constantFrom(...actorIds.slice(0, i))) : fc.constant({}),
            optional("subkind", arbitraryText()),
            optional("scope", arbitraryText(6)),
            optional("note", arbitraryText()),
          ),
        ),
      );
      const figure = merge(
        fc.record({
          metric: metricName,
          value: arbitraryValue,
          qualifier: fc.constantFrom(...qualifiers),
          source: sourceId,
        }),
        optional("asOf", arbitraryDate),
        optional("asReported", arbitraryText()),
        optional("unit", arbitraryText(8)),
        optional("scope", arbitraryText()),
        optional("correction", fc.constantFrom("misreading", "rounding")),
        optional("note", arbitraryText()),
      );
      const events = fc.tuple(
        ...eventIds.map((id) => {
          const others = eventIds.filter((other) => other !== id);
          const earlier = eventIds.slice(0, eventIds.indexOf(id));
          const base = merge(
            fc.record({
              id: fc.constant(id),
              title: arbitraryText(),
              when: arbitraryWhen(),
              sources: fc.uniqueArray(sourceId, { minLength: 1, maxLength: 3 }),
              actors: actorIds.length
                ? fc.array(
                    fc.record({
                      actor: fc.constantFrom(...actorIds),
                      role: fc.constantFrom(...roles),
                    }),
                    { maxLength: 3 },
                  )
                : fc.constant([]),
              countries: fc.array(fc.constantFrom(...countries), { maxLength: 3 }),
              figures: fc.array(figure, { maxLength: 3 }),
              tags: fc.array(arbitraryText(10), { maxLength: 3 }),
              // part_of only to earlier events: a cycle of parts is an error (part_of_cycle).
              relations: others.length
                ? fc.array(
                    fc.oneof(
                      ...(earlier.length
                        ? [
                            fc.record({
                              type: fc.constant("part_of" as const),
                              event: fc.constantFrom(...earlier),
                            }),
                          ]
                        : []),
                      fc.record({
                        type: fc.constantFrom("follows" as const, "related_to" as const),
                        event: fc.constantFrom(...others),
                      }),
                    ),
                    { maxLength: 2 },
                  )
                : fc.constant([]),
            }),
            optional("summary", arbitraryText(60)),
            optional("dateLabel", arbitraryText()),
            optional("group", arbitraryText(10)),
            optional(
              "media",
              merge(
                fc.record({ url: arbitraryUrl, alt: arbitraryText() }),
                optional("credit", arbitraryText()),
                optional("caption", arbitraryText()),
                optional("thumbnail", arbitraryUrl),
                optional("width", fc.integer({ min: 1, max: 4000 })),
                optional("height", fc.integer({ min: 1, max: 4000 })),
                optional("source", sourceId),
              ),
            ),
            fc
              .option(arbitraryExtra, { nil: undefined })
              .map((extra) =>
                extra === undefined || Object.keys(extra).length === 0 ? {} : { extra },
              ),
          );
          const specific = fc.oneof(
            merge(
              fc.record({ kind: fc.constant("operation") }),
              optional("target", arbitraryText()),
              optional("status", fc.constantFrom("ongoing", "concluded")),
            ),
            fc.record({ kind: fc.constant("arrest"), action: fc.constantFrom(...actions) }),
            merge(
              fc.record({
                kind: fc.constant("legislation"),
                instrument: arbitraryText(),
                stage: fc.constantFrom(...stages),
              }),
              optional("jurisdiction", arbitraryText(8)),
            ),
          );
          return fc.tuple(base, specific).map(([b, s]) => ({ ...b, ...s }) as EventInput);
        }),
      );
      const eras = fc.tuple(
        ...eraIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            label: arbitraryText(),
            when: arbitraryWhen(),
            sources: fc.uniqueArray(sourceId, { maxLength: 2 }),
          }),
        ),
      );
      // Sometimes none (absent), sometimes an empty list: neither may turn into the other.
      const annotations = fc.option(
        fc.uniqueArray(arbitraryId(), { maxLength: 3 }).chain((ids) =>
          fc.tuple(
            ...ids.map((id) =>
              merge(
                fc.record({
                  id: fc.constant(id),
                  text: arbitraryText(),
                  sources: fc.uniqueArray(sourceId, { maxLength: 2 }),
                }),
                eventIds.length
                  ? fc.oneof(
                      fc.record({ when: arbitraryWhen() }),
                      fc.record({ event: fc.constantFrom(...eventIds) }),
                    )
                  : fc.record({ when: arbitraryWhen() }),
                optional("placement", fc.constantFrom("auto", "above", "below", "start", "end")),
              ),
            ),
          ),
        ),
        { nil: undefined },
      );
      const meta = merge(
        fc.record({ title: arbitraryText() }),
        optional("description", arbitraryText(60)),
        optional("contentNote", arbitraryText()),
        optional("byline", arbitraryText(10)),
        optional("chartNotes", arbitraryText()),
        optional("license", arbitraryText(10)),
        optional("updated", arbitraryDate),
        optional("coverage", fc.constantFrom("selection", "complete")),
        // Sometimes an empty map: it must not read back as no map at all.
        optional("metrics", fc.dictionary(metricName, arbitraryMetricInfo, { maxKeys: 4 })),
        optional(
          "notes",
          fc.dictionary(
            word(lower, `${lower}_ `, 10).filter((k) => k !== "__proto__"),
            arbitraryText(),
            { minKeys: 1, maxKeys: 2 },
          ),
        ),
      );
      return fc.tuple(meta, sources, actors, events, eras, annotations).map(
        ([m, s, a, e, r, n]) =>
          ({
            schemaVersion: "1",
            ...m,
            sources: s,
            actors: a,
            events: e,
            eras: r,
            ...(n === undefined ? {} : { annotations: n }),
          }) as DatasetInput,
      );
    });
}

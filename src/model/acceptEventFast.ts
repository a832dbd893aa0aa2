import { parseWhen } from "../time/parseWhen";
import { countryCodes } from "./countryCodes";
import { isHttpUrl } from "./isHttpUrl";

/*
 * A fast path for the common case of a valid event. zod/mini has no compiled fast path (and a
 * compiled one would need eval, which strict CSP pages forbid), so validating 100,000 events
 * took seconds, mostly allocation. This accepts only what the zod schemas accept and returns
 * exactly what zod would return (same keys, same order, defaults filled); anything else returns
 * undefined and zod decides, with its messages.
 *
 * It imports no zod, so that the script-tag core can validate a valid file without carrying zod
 * (issue 19): its rules are written out here, and tests/model/acceptDatasetFast.test.ts checks
 * them against the zod schemas — every object's keys in order, which are optional or defaulted,
 * every list of allowed words — and both directions of the verdict on generated and mutated
 * datasets (tests/model/acceptEventFast.test.ts for events).
 */

type Loose = Record<string, unknown>;
/** A field check: the value as zod would return it, or {@link REJECT}. */
export type Check = (value: unknown) => unknown;
/** Returned by a field check when the value is not certainly valid. */
export const REJECT: unique symbol = Symbol("reject");

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const metricPattern = /^[a-z][a-z0-9_]*$/;

/** The words each enumeration of the model allows, as the zod schemas list them. */
export const vocabulary = {
  Role: ["lead", "coordinator", "participant", "support"],
  Qualifier: ["exact", "approximately", "nearly", "at least", "more than", "up to"],
  RelationType: ["part_of", "follows", "related_to"],
  OperationStatus: ["ongoing", "concluded"],
  EnforcementAction: [
    "arrest",
    "charge",
    "conviction",
    "sentence",
    "extradition",
    "seizure",
    "takedown",
  ],
  LegislativeStage: [
    "proposed",
    "adopted",
    "signed",
    "opened_for_signature",
    "ratified",
    "in_force",
    "amended",
    "expired",
    "declared",
    "reviewed",
  ],
  FigureCorrection: ["misreading", "rounding"],
  SourceKind: [
    "press_release",
    "official_page",
    "news",
    "report",
    "legal_text",
    "court_record",
    "fact_check",
    "other",
  ],
  ActorKind: [
    "agency",
    "country",
    "intergovernmental",
    "ngo",
    "company",
    "court",
    "legislature",
    "other",
  ],
  AnnotationPlacement: ["auto", "above", "below", "start", "end"],
  MetricKind: ["count", "overlapping", "stock", "measure"],
  Coverage: ["selection", "complete"],
} as const satisfies Record<string, readonly string[]>;

const whenCache = new Map<string, boolean>();
/** Dates repeat a lot in large files (every day of 15 years is only 5,479 strings). */
function isWhenText(value: unknown): boolean {
  if (typeof value !== "string") return false;
  let ok = whenCache.get(value);
  if (ok === undefined) {
    ok = parseWhen(value).ok;
    if (whenCache.size > 50_000) whenCache.clear();
    whenCache.set(value, ok);
  }
  return ok;
}

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === "object" && !Array.isArray(value);
/** Objects of another prototype (class instances, inherited keys) are rare: zod decides them. */
const isPlain = (value: Loose): boolean => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};
export const str: Check = (v) => (typeof v === "string" ? v : REJECT);
export const nonEmpty: Check = (v) => (typeof v === "string" && v.length > 0 ? v : REJECT);
export const id: Check = (v) =>
  typeof v === "string" && v.length <= 200 && idPattern.test(v) ? v : REJECT;
export const metricName: Check = (v) =>
  typeof v === "string" && metricPattern.test(v) ? v : REJECT;
export const when: Check = (v) => (isWhenText(v) ? v : REJECT);
export const country: Check = (v) => (typeof v === "string" && countryCodes.has(v) ? v : REJECT);
export const httpUrl: Check = (v) => (typeof v === "string" && isHttpUrl(v) ? v : REJECT);
export const oneOf = (options: readonly string[]): Check => {
  const allowed = new Set<unknown>(options);
  return (v) => (allowed.has(v) ? v : REJECT);
};
export const arrayOf =
  (item: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return REJECT;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i]);
      if (r === REJECT) return REJECT;
      out[i] = r;
    }
    return out;
  };
/**
 * A record of `key` → `value` (zod's `z.record`), in the input's key order. `__proto__` is left
 * to zod (which drops it; parseDataset reports it).
 */
export const recordOf =
  (value: Check, key: Check = str): Check =>
  (v) => {
    if (!isObject(v) || !isPlain(v)) return REJECT;
    const out: Loose = {};
    for (const k of Object.keys(v)) {
      if (k === "__proto__" || key(k) === REJECT) return REJECT;
      const r = value(v[k]);
      if (r === REJECT) return REJECT;
      out[k] = r;
    }
    return out;
  };

/** How a field of an object may be absent: never (required), simply (optional), or filled in. */
export type Presence = "required" | "optional" | "default";
/** A field: its check, and the default zod fills in when it is absent (if any). */
export interface Field {
  check: Check;
  presence: Presence;
  fallback?: () => unknown;
}
export const required = (check: Check): Field => ({ check, presence: "required" });
export const optional = (check: Check): Field => ({ check, presence: "optional" });
export const withDefault = (check: Check, fallback: () => unknown): Field => ({
  check,
  presence: "default",
  fallback,
});

/** An object's fields in the key order of its zod schema (the order zod's output has). */
export type Shape = Readonly<Record<string, Field>>;

/**
 * An object check in the key order of `shape`, strict about unknown keys as the schemas are.
 * Hot (every event and every actor, figure and relation in it): rules are walked by index, and
 * unknown keys and explicit `undefined` are caught by counting keys, not by a lookup per key.
 */
export function strictObject(shape: Shape): Check {
  const rules = Object.entries(shape).map(([key, field]) => ({ key, ...field }));
  return (v) => {
    if (!isObject(v) || !isPlain(v)) return REJECT;
    const out: Loose = {};
    let present = 0;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const value = v[rule.key];
      if (value === undefined) {
        if (rule.fallback) out[rule.key] = rule.fallback();
        else if (rule.presence === "required") return REJECT;
        continue;
      }
      present++;
      const r = rule.check(value);
      if (r === REJECT) return REJECT;
      out[rule.key] = r;
    }
    // More keys than the known ones it holds: an unknown key, or a known one set to undefined
    // (left to zod, which explains both).
    let keys = 0;
    for (const _ in v) keys++;
    return keys === present ? out : REJECT;
  };
}

const pixels: Check = (v) =>
  typeof v === "number" && Number.isSafeInteger(v) && v > 0 && v <= 10_000 ? v : REJECT;

/** The rules of every object an event holds, by the name of its zod schema. */
export const eventShapes = (() => {
  const ActorRole: Shape = {
    actor: required(id),
    role: withDefault(oneOf(vocabulary.Role), () => "participant"),
  };
  const Figure: Shape = {
    metric: required(metricName),
    value: required((v) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : REJECT)),
    qualifier: withDefault(oneOf(vocabulary.Qualifier), () => "exact"),
    source: required(id),
    asOf: optional(when),
    asReported: optional(str),
    unit: optional(str),
    scope: optional(nonEmpty),
    correction: optional(oneOf(vocabulary.FigureCorrection)),
    note: optional(str),
  };
  const Media: Shape = {
    url: required(httpUrl),
    alt: required(nonEmpty),
    credit: optional(str),
    caption: optional(str),
    thumbnail: optional(httpUrl),
    width: optional(pixels),
    height: optional(pixels),
    source: optional(id),
  };
  const Relation: Shape = {
    type: required(oneOf(vocabulary.RelationType)),
    event: required(id),
  };
  const common: Shape = {
    id: required(id),
    title: required(nonEmpty),
    label: optional(nonEmpty),
    summary: optional(str),
    when: required(when),
    dateLabel: optional(str),
    actors: withDefault(arrayOf(strictObject(ActorRole)), () => []),
    countries: withDefault(arrayOf(country), () => []),
    figures: withDefault(arrayOf(strictObject(Figure)), () => []),
    sources: required(arrayOf(id, 1)),
    tags: withDefault(arrayOf(nonEmpty), () => []),
    group: optional(str),
    relations: withDefault(arrayOf(strictObject(Relation)), () => []),
    media: optional(strictObject(Media)),
    extra: optional(recordOf(str)),
  };
  const Operation: Shape = {
    kind: required(str),
    ...common,
    target: optional(str),
    status: optional(oneOf(vocabulary.OperationStatus)),
  };
  const Arrest: Shape = {
    kind: required(str),
    ...common,
    action: withDefault(oneOf(vocabulary.EnforcementAction), () => "arrest"),
  };
  const Legislation: Shape = {
    kind: required(str),
    ...common,
    instrument: required(nonEmpty),
    jurisdiction: optional(str),
    stage: required(oneOf(vocabulary.LegislativeStage)),
  };
  return { ActorRole, Figure, Media, Relation, Operation, Arrest, Legislation };
})();

const byKind = new Map<string, Check>([
  ["operation", strictObject(eventShapes.Operation)],
  ["arrest", strictObject(eventShapes.Arrest)],
  ["legislation", strictObject(eventShapes.Legislation)],
]);

/**
 * The event as zod would return it, when it is certainly valid; otherwise undefined (let zod
 * decide and explain). Never throws.
 * @example const event = acceptEventFast(value) ?? Event.safeParse(value)
 */
export function acceptEventFast(value: unknown): Loose | undefined {
  if (!isObject(value) || typeof value.kind !== "string") return undefined;
  const check = byKind.get(value.kind);
  if (!check) return undefined;
  const result = check(value);
  return result === REJECT ? undefined : (result as Loose);
}

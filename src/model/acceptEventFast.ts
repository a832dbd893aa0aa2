import type * as z from "zod/mini";
import { parseWhen } from "../time/parseWhen";
import { ActorRole, Role } from "./actorRole";
import { countryCodes } from "./countryCodes";
import {
  Arrest,
  EnforcementAction,
  Legislation,
  LegislativeStage,
  Operation,
  OperationStatus,
} from "./event";
import { Figure, Qualifier } from "./figure";
import { isHttpUrl } from "./httpUrl";
import { Media } from "./media";
import { Relation, RelationType } from "./relation";

/*
 * A fast path for the common case of a valid event. zod/mini has no compiled fast path (and a
 * compiled one would need eval, which strict CSP pages forbid), so validating 100,000 events
 * took seconds, mostly allocation. This accepts only what the zod schemas accept and returns
 * exactly what zod would return (same keys, same order, defaults filled); anything else returns
 * undefined and zod decides, with its messages. tests/model/acceptEventFast.test.ts checks both
 * directions against zod on generated and mutated events.
 */

type Loose = Record<string, unknown>;
type Check = (value: unknown) => unknown;
/** Returned by a field check when the value is not certainly valid. */
const REJECT = Symbol("reject");

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const metricPattern = /^[a-z][a-z0-9_]*$/;

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
const str: Check = (v) => (typeof v === "string" ? v : REJECT);
const nonEmpty: Check = (v) => (typeof v === "string" && v.length > 0 ? v : REJECT);
const id: Check = (v) =>
  typeof v === "string" && v.length <= 200 && idPattern.test(v) ? v : REJECT;
const when: Check = (v) => (isWhenText(v) ? v : REJECT);
const country: Check = (v) => (typeof v === "string" && countryCodes.has(v) ? v : REJECT);
const oneOf = (schema: { options: readonly string[] }): Check => {
  const allowed = new Set<unknown>(schema.options);
  return (v) => (allowed.has(v) ? v : REJECT);
};
const arrayOf =
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
const stringRecord: Check = (v) => {
  if (!isObject(v)) return REJECT;
  const prototype = Object.getPrototypeOf(v);
  if (prototype !== Object.prototype && prototype !== null) return REJECT;
  const out: Record<string, string> = {};
  for (const key of Object.keys(v)) {
    if (key === "__proto__" || typeof v[key] !== "string") return REJECT;
    out[key] = v[key] as string;
  }
  return out;
};

/** A field: its check, and the default zod fills in when it is absent (if any). */
interface Field {
  check: Check;
  optional?: boolean;
  fallback?: () => unknown;
}
const required = (check: Check): Field => ({ check });
const optional = (check: Check): Field => ({ check, optional: true });
const withDefault = (check: Check, fallback: () => unknown): Field => ({ check, fallback });

/**
 * An object check in the key order of a zod shape, strict about unknown keys as the schemas are.
 * Hot (every event and every actor, figure and relation in it): rules are walked by index, and
 * unknown keys and explicit `undefined` are caught by counting keys, not by a lookup per key.
 */
function strictObject(schema: z.ZodMiniObject, fields: Record<string, Field>): Check {
  const rules = Object.keys(schema.shape).map((key) => {
    const field = fields[key];
    if (!field) throw new Error(`acceptEventFast: no rule for ${key}`);
    return { key, ...field };
  });
  return (v) => {
    // Other prototypes (class instances, inherited keys) are rare: zod decides them.
    if (!isObject(v)) return REJECT;
    const prototype = Object.getPrototypeOf(v);
    if (prototype !== Object.prototype && prototype !== null) return REJECT;
    const out: Loose = {};
    let present = 0;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const value = v[rule.key];
      if (value === undefined) {
        if (rule.fallback) out[rule.key] = rule.fallback();
        else if (!rule.optional) return REJECT;
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

const actorRole = strictObject(ActorRole, {
  actor: required(id),
  role: withDefault(oneOf(Role), () => "participant"),
});
const figure = strictObject(Figure, {
  metric: required((v) => (typeof v === "string" && metricPattern.test(v) ? v : REJECT)),
  value: required((v) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : REJECT)),
  qualifier: withDefault(oneOf(Qualifier), () => "exact"),
  source: required(id),
  asOf: optional(when),
  asReported: optional(str),
  unit: optional(str),
  scope: optional(nonEmpty),
  correction: optional((v) => (v === "misreading" || v === "rounding" ? v : REJECT)),
  note: optional(str),
});
const httpUrl: Check = (v) => (typeof v === "string" && isHttpUrl(v) ? v : REJECT);
const pixels: Check = (v) =>
  typeof v === "number" && Number.isSafeInteger(v) && v > 0 && v <= 10_000 ? v : REJECT;
const media = strictObject(Media, {
  url: required(httpUrl),
  alt: required(nonEmpty),
  credit: optional(str),
  caption: optional(str),
  thumbnail: optional(httpUrl),
  width: optional(pixels),
  height: optional(pixels),
  source: optional(id),
});
const relation = strictObject(Relation, {
  type: required(oneOf(RelationType)),
  event: required(id),
});

const common: Record<string, Field> = {
  id: required(id),
  title: required(nonEmpty),
  label: optional(nonEmpty),
  summary: optional(str),
  when: required(when),
  dateLabel: optional(str),
  actors: withDefault(arrayOf(actorRole), () => []),
  countries: withDefault(arrayOf(country), () => []),
  figures: withDefault(arrayOf(figure), () => []),
  sources: required(arrayOf(id, 1)),
  tags: withDefault(arrayOf(nonEmpty), () => []),
  group: optional(str),
  relations: withDefault(arrayOf(relation), () => []),
  media: optional(media),
  extra: optional(stringRecord),
};
const byKind = new Map<string, Check>(
  Object.entries({
    operation: strictObject(Operation, {
      kind: required(str),
      ...common,
      target: optional(str),
      status: optional(oneOf(OperationStatus)),
    }),
    arrest: strictObject(Arrest, {
      kind: required(str),
      ...common,
      action: withDefault(oneOf(EnforcementAction), () => "arrest"),
    }),
    legislation: strictObject(Legislation, {
      kind: required(str),
      ...common,
      instrument: required(nonEmpty),
      jurisdiction: optional(str),
      stage: required(oneOf(LegislativeStage)),
    }),
  }),
);

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

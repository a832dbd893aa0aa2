import * as z from "zod/mini";
import { ActorRole } from "./actorRole";
import { CountryCode } from "./countryCode";
import { EdtfDate } from "./edtfDate";
import { Figure } from "./figure";
import { Id } from "./id";
import { Media } from "./media";
import { Relation } from "./relation";

/** Fields every kind of event shares. */
const eventBase = {
  id: Id,
  title: z.string().check(z.minLength(1)),
  /**
   * A short display title drawn on the chart, e.g. "Operation Rescue" (the full title stays in
   * tooltips, details, the table and exports); without it the chart shortens the title (see
   * `eventLabel`).
   */
  label: z.optional(z.string().check(z.minLength(1))),
  /** Plain text (never HTML); paragraphs separated by a blank line. */
  summary: z.optional(z.string()),
  /** When it happened, with its real precision (EDTF). */
  when: EdtfDate,
  /** A human wording of the date from the source, e.g. "Late 2024 – 6 June 2025". */
  dateLabel: z.optional(z.string()),
  actors: z._default(z.array(ActorRole), []),
  /** Countries reported as taking part, or where actions happened (often a partial list). */
  countries: z._default(z.array(CountryCode), []),
  figures: z._default(z.array(Figure), []),
  /** Ids of the sources that report the event: at least one. */
  sources: z.array(Id).check(z.minLength(1)),
  tags: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** A free grouping used by imported timelines (TimelineJS "Group"). */
  group: z.optional(z.string()),
  relations: z._default(z.array(Relation), []),
  /** An image shown with the event (details, tooltip, presentation): http(s) only, `alt` required. */
  media: z.optional(Media),
  /** Imported fields that have no home in this model, kept so nothing is lost. */
  extra: z.optional(z.record(z.string(), z.string())),
};

/** Whether an operation is still running. */
export const OperationStatus = z.enum(["ongoing", "concluded"]);
export type OperationStatus = z.infer<typeof OperationStatus>;

/**
 * A joint operation, investigation or task force: a time span, often open or approximate.
 * @example Operation.parse({ kind: "operation", id: "op", title: "Operation X", when: "2024-11/2025-02-28", sources: ["s1"] })
 */
export const Operation = z.strictObject({
  kind: z.literal("operation"),
  ...eventBase,
  /** What it targeted: a platform, a network. */
  target: z.optional(z.string()),
  status: z.optional(OperationStatus),
});
export type Operation = z.infer<typeof Operation>;

/** What an enforcement action did. */
export const EnforcementAction = z.enum([
  "arrest",
  "charge",
  "conviction",
  "sentence",
  "extradition",
  "seizure",
  "takedown",
]);
export type EnforcementAction = z.infer<typeof EnforcementAction>;

/**
 * An enforcement action (`kind: "arrest"`): an arrest, charge, conviction, sentence,
 * extradition, seizure or takedown; usually a day; may be `part_of` an operation.
 * @example Arrest.parse({ kind: "arrest", action: "takedown", id: "t", title: "Server seized", when: "2018-03-05", sources: ["s1"] })
 */
export const Arrest = z.strictObject({
  kind: z.literal("arrest"),
  ...eventBase,
  action: z._default(EnforcementAction, "arrest"),
});
export type Arrest = z.infer<typeof Arrest>;

/**
 * The stage an instrument reached. Beyond the legislative stages, `declared` is a political
 * commitment (a summit declaration) and `reviewed` a published review of laws, so that policy
 * statements and legislative reports sit on the same line as the laws they concern.
 */
export const LegislativeStage = z.enum([
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
]);
export type LegislativeStage = z.infer<typeof LegislativeStage>;

/**
 * A legislative milestone: one stage of one instrument. Stages sharing `instrument` are drawn
 * as one line.
 * @example Legislation.parse({ kind: "legislation", id: "l", title: "Directive adopted", when: "2011-12-13", instrument: "directive-2011-93-eu", stage: "adopted", sources: ["s1"] })
 */
export const Legislation = z.strictObject({
  kind: z.literal("legislation"),
  ...eventBase,
  /** A key shared by every stage of the same law or treaty. */
  instrument: z.string().check(z.minLength(1)),
  /** Where it applies, e.g. "EU", "Council of Europe", "GB". */
  jurisdiction: z.optional(z.string()),
  stage: LegislativeStage,
});
export type Legislation = z.infer<typeof Legislation>;

/**
 * Any event: a discriminated union on `kind`. Named `DataEvent` so that it does not shadow the
 * DOM's `Event` in code that handles both (pointer handlers no longer need casts).
 * @example DataEvent.parse({ kind: "operation", id: "op", title: "Operation X", when: "2025", sources: ["s1"] })
 */
export const DataEvent = z.discriminatedUnion("kind", [Operation, Arrest, Legislation]);
export type DataEvent = z.infer<typeof DataEvent>;
/** @deprecated Use `DataEvent`; this name shadows the DOM's `Event`. Kept so that 0.x code keeps compiling. */
export const Event = DataEvent;
/** @deprecated Use `DataEvent`. */
export type Event = DataEvent;
/** An event as written in a file, before defaults are applied. */
export type EventInput = z.input<typeof DataEvent>;
/** The three kinds of event. */
export type EventKind = DataEvent["kind"];
export const eventKinds: readonly EventKind[] = ["operation", "arrest", "legislation"];

import {
  acceptEventFast,
  arrayOf,
  type Check,
  country,
  httpUrl,
  id,
  metricName,
  nonEmpty,
  oneOf,
  optional,
  REJECT,
  recordOf,
  required,
  type Shape,
  str,
  strictObject,
  vocabulary,
  when,
  withDefault,
} from "./acceptEventFast";
import type { Dataset } from "./dataset";

/** The rules of a dataset and of every object in it but events, by the name of its zod schema. */
export const datasetShapes = (() => {
  const Source: Shape = {
    id: required(id),
    publisher: required(nonEmpty),
    title: required(nonEmpty),
    url: optional(httpUrl),
    published: optional(when),
    kind: optional(oneOf(vocabulary.SourceKind)),
    note: optional(str),
  };
  const Actor: Shape = {
    id: required(id),
    name: required(nonEmpty),
    shortName: optional(nonEmpty),
    kind: required(oneOf(vocabulary.ActorKind)),
    country: optional(country),
    parent: optional(id),
    subkind: optional(str),
    scope: optional(str),
    note: optional(str),
  };
  const Era: Shape = {
    id: required(id),
    label: required(nonEmpty),
    when: required(when),
    sources: withDefault(arrayOf(id), () => []),
  };
  const Annotation: Shape = {
    id: required(id),
    text: required(nonEmpty),
    when: optional(when),
    event: optional(id),
    sources: withDefault(arrayOf(id), () => []),
    placement: optional(oneOf(vocabulary.AnnotationPlacement)),
  };
  // zod's union tries the string first, then the record of labels per locale.
  const label: Check = (v) => (typeof v === "string" ? nonEmpty(v) : recordOf(nonEmpty)(v));
  const MetricInfo: Shape = {
    kind: optional(oneOf(vocabulary.MetricKind)),
    family: optional(metricName),
    label: optional(label),
    country: optional(country),
  };
  const event: Check = (v) => acceptEventFast(v) ?? REJECT;
  const Dataset: Shape = {
    schemaVersion: withDefault(
      (v) => (v === "1" ? v : REJECT),
      () => "1",
    ),
    title: required(nonEmpty),
    description: optional(str),
    contentNote: optional(str),
    byline: optional(str),
    chartNotes: optional(str),
    license: optional(str),
    updated: optional(when),
    sources: withDefault(arrayOf(strictObject(Source)), () => []),
    actors: withDefault(arrayOf(strictObject(Actor)), () => []),
    events: withDefault(arrayOf(event), () => []),
    eras: withDefault(arrayOf(strictObject(Era)), () => []),
    annotations: optional(arrayOf(strictObject(Annotation))),
    metrics: optional(recordOf(strictObject(MetricInfo), metricName)),
    coverage: optional(oneOf(vocabulary.Coverage)),
    notes: optional(recordOf(str)),
  };
  return { Source, Actor, Era, Annotation, MetricInfo, Dataset };
})();

const dataset = strictObject(datasetShapes.Dataset);

/**
 * The dataset's shape as zod's `Dataset` schema would return it (same keys in the same order,
 * defaults filled in), when it is certainly valid; otherwise undefined, and zod decides and
 * explains. Only the shape: references are checked by `checkReferences` (yes or no:
 * `acceptReferencesFast`). Imports no zod, so the script-tag core validates a valid file without
 * it. Never throws; does not mutate its input.
 * @example const shape = acceptDatasetFast(JSON.parse(text)) ?? Dataset.safeParse(JSON.parse(text))
 */
export function acceptDatasetFast(value: unknown): Dataset | undefined {
  const result = dataset(value);
  return result === REJECT ? undefined : (result as Dataset);
}

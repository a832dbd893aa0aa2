import type { ResolvedTimelineOptions, TimelineOptions } from "./options";

/** Options whose change needs new channels (`encode.ts`): lanes, colours, sizes, time. */
const DATA_KEYS: ReadonlySet<string> = new Set<keyof TimelineOptions>([
  "lanes",
  "maxLanes",
  "locale",
  "color",
  "sizeBy",
  "rowHeight",
  "scale",
  "now",
]);

/** Options whose change needs only a new frame: the DOM, the zoom and the caches stay. */
const DRAW_KEYS: ReadonlySet<string> = new Set<keyof TimelineOptions>([
  "renderer",
  "canvasThreshold",
  "densityThreshold",
  "eras",
  "annotations",
  "maxHeight",
  "theme",
  "selected",
]);

/**
 * What an `update` must rebuild, from the resolved options before and after it: `"channels"`
 * (new channels, then everything after them), `"build"` (the chrome and the plot again, the
 * channels kept), or `"frame"` (only a new frame); and which options changed.
 *
 * @example
 * optionChanges(before, after).rebuild; // "frame" after { theme: "dark" }
 */
export function optionChanges(
  before: ResolvedTimelineOptions,
  after: ResolvedTimelineOptions,
): { rebuild: "channels" | "build" | "frame"; changed: string[] } {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...keys].filter(
    (key) =>
      !Object.is(
        before[key as keyof ResolvedTimelineOptions],
        after[key as keyof ResolvedTimelineOptions],
      ),
  );
  const rebuild = changed.some((key) => DATA_KEYS.has(key))
    ? "channels"
    : changed.some((key) => !DRAW_KEYS.has(key))
      ? "build"
      : "frame";
  return { rebuild, changed };
}

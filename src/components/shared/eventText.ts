import { t } from "../../i18n/catalog";
import type { DataEvent } from "../../model";
import { formatWhen } from "../../time/formatWhen";
import { parseWhen } from "../../time/parseWhen";
import { el } from "./el";

/**
 * The words every chart says about an event, and its heading: what the script-tag core keeps
 * for accessible names, lane labels and the first tooltip, while the rest of an event's details
 * (`renderEventDetails`) may come with the `details` part.
 */

/**
 * The date of an event as people read it, at its real precision ("Nov 2024 – 28 Feb 2025",
 * "late 2024", "2023 – ongoing").
 *
 * @example
 * eventDateText(event, "en"); // "2022 – 2 Apr 2025"
 */
export function eventDateText(event: Pick<DataEvent, "when">, locale = "en"): string {
  const parsed = parseWhen(event.when);
  return parsed.ok ? formatWhen(parsed.value, { locale }) : event.when;
}

/**
 * An event's kind in words: "operation", "takedown" (an enforcement action's action), or
 * "legislation: adopted".
 *
 * @example
 * eventKindText(arrest); // "sentence"
 */
export function eventKindText(event: DataEvent, locale = "en"): string {
  if (event.kind === "arrest") return t(locale, `action.${event.action}`);
  if (event.kind === "legislation") return t(locale, `stage.${event.stage}`);
  return event.status
    ? t(locale, "kind.operationStatus", { status: t(locale, `status.${event.status}`) })
    : t(locale, "kind.operation");
}

/**
 * An event's heading as the details panel and the tooltip start: its title, then its kind and
 * date (with the source's own wording of the date where it differs). `compact` gives the
 * tooltip's classes.
 *
 * @example
 * tooltip.show(renderEventHeading(document, event, "en", { compact: true }), x, y);
 */
export function renderEventHeading(
  document: Document,
  event: DataEvent,
  locale = "en",
  options: { headingLevel?: 2 | 3 | 4; compact?: boolean } = {},
): [HTMLElement, HTMLElement] {
  const heading = el(
    document,
    `h${options.headingLevel ?? 3}` as "h3",
    options.compact ? "jl-tooltip-title" : undefined,
    event.title,
  );
  const date = eventDateText(event, locale);
  const meta = el(document, "p", options.compact ? "jl-tooltip-meta" : "jl-meta");
  meta.append(`${eventKindText(event, locale)} · ${date}`);
  if (event.dateLabel && event.dateLabel !== date) meta.append(` (“${event.dateLabel}”)`);
  return [heading, meta];
}

// Building Intl.DisplayNames is costly: tables of thousands of rows would build one per cell.
const displayNames = new Map<string, Intl.DisplayNames | undefined>();

/**
 * Country names in the reader's language from ISO 3166-1 alpha-2 codes (`Intl.DisplayNames`),
 * the code itself where the runtime has no name.
 *
 * @example
 * countryNames(["DE", "ES"], "fr"); // ["Allemagne", "Espagne"]
 */
export function countryNames(codes: readonly string[], locale = "en"): string[] {
  if (!displayNames.has(locale)) {
    try {
      displayNames.set(locale, new Intl.DisplayNames([locale, "en"], { type: "region" }));
    } catch {
      displayNames.set(locale, undefined);
    }
  }
  const names = displayNames.get(locale);
  return codes.map((code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  });
}

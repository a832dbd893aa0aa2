import { figureClaims } from "../../derive/figureClaims";
import type { Dataset, Issue } from "../../model";
import { el } from "../shared/el";
import { formatNumber, metricLabel, qualifierText } from "../shared/formatFigure";
import { renderEmptyState } from "../shared/renderEmptyState";
import { eventDateText } from "../shared/renderEventDetails";
import { tTrend } from "./messages";

/** "arrests" → "Arrests", for a label that starts a line. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What the trend shows for a metric that does not add up (`refused`, from `totalsReport`): not
 * summed, but each event's own figure listed — a range for sources that disagree, the qualifier
 * before a figure that is not exact.
 *
 * @example
 * root.append(renderRefusedSum(document, dataset, "unique_videos", refused, "en"));
 */
export function renderRefusedSum(
  document: Document,
  data: Dataset,
  metric: string,
  refused: Issue,
  locale: string,
): HTMLElement {
  const box = renderEmptyState(
    document,
    tTrend(locale, "trend.notAddedUp", {
      metric: capitalize(metricLabel(metric, undefined, locale)),
    }),
    refused.message,
  );
  const list = el(document, "ul", "jl-trend-per-event");
  for (const claim of figureClaims(data, metric)) {
    if (claim.scope !== undefined) continue;
    const event = data.events.find((e) => e.id === claim.event);
    const value = claim.isConflict
      ? `${formatNumber(claim.low, locale)}–${formatNumber(claim.high, locale)}`
      : `${qualifierText(claim.qualifier, locale) ?? ""} ${formatNumber(claim.low, locale)}`.trim();
    const name = event ? `${eventDateText(event, locale)} — ${event.title}` : claim.event;
    list.append(el(document, "li", undefined, `${name}: ${value}`));
  }
  box.append(list);
  return box;
}

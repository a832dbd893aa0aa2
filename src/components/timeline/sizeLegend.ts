import { t } from "../../i18n/catalog";
import { el } from "../shared/el";
import { formatNumber, metricLabel } from "../shared/formatFigure";
import { renderLegend } from "../shared/renderLegend";
import type { TimelineState } from "./state";

/**
 * Appends the legend of mark sizes (`sizeBy`): three steps of the metric, in the reader's
 * locale, and the small dot of events that report none. Part of the encodings' code
 * (encodingsCode.ts): the script-tag core draws no sized marks without it.
 * @example renderSizeLegend(s); // "Size: arrests" — 30, 200, 300, not reported
 */
export function renderSizeLegend(s: TimelineState): void {
  const { root, document, opts } = s;
  const { sizeLegend } = s.enc;
  if (!sizeLegend.length || opts.sizeBy === undefined) return;
  const metric =
    typeof opts.sizeBy === "string"
      ? metricLabel(opts.sizeBy, undefined, opts.locale)
      : t(opts.locale, "timeline.size");
  root.append(
    renderLegend(
      document,
      [
        ...sizeLegend.map((step) => ({
          label: formatNumber(step.value, opts.locale),
          color: "var(--jl-color-muted)",
          shape: "circle" as const,
          size: step.r,
        })),
        {
          label: t(opts.locale, "timeline.notReported"),
          color: "var(--jl-color-muted)",
          shape: "circle" as const,
          size: 2.5,
        },
      ],
      t(opts.locale, "timeline.sizeLegend", { metric }),
    ),
  );
  (root.lastElementChild as HTMLElement).prepend(
    el(document, "li", "jl-meta", t(opts.locale, "timeline.sizeLegend", { metric })),
  );
}

// The trend chart: re-exports only.
export {
  createTrend,
  type TrendElement,
  type TrendHandle,
  type TrendHoverDetail,
  type TrendSelectDetail,
} from "./createTrend";
export {
  layoutTrend,
  otherFacet,
  type TrendBar,
  type TrendLayout,
  type TrendLayoutOptions,
  type TrendSlot,
} from "./layout";
export {
  defaultMetric,
  defaultTrendOptions,
  metricsOf,
  type ResolvedTrendOptions,
  resolveTrendOptions,
  type TrendOptions,
} from "./options";
export { barValueText, drawTrend, facetColor, renderTrend } from "./render";

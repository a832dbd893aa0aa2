export { type Accessor, maybeAccessor, mergeOptions } from "./accessor";
export { type Chart, type ChartData, chartMethods } from "./chart";
export {
  createIssueReport,
  emptyDataset,
  type IssueReport,
  isReadResult,
  readChartData,
} from "./chartData";
export { createDisposables, type Disposables, dispatch } from "./dispatch";
export { el } from "./el";
export { formatFigure, formatNumber, metricLabel, qualifierText } from "./formatFigure";
export {
  approximateTextWidth,
  canvasTextMeasurer,
  type TextMeasurer,
} from "./measureText";
export { categoricalCount, categoricalVariable, okabeIto } from "./palette";
export { renderContentNote } from "./renderContentNote";
export { renderDataTable, type TableColumn } from "./renderDataTable";
export { renderEmptyState } from "./renderEmptyState";
export {
  countryNames,
  type EventDetailsContext,
  eventDateText,
  eventKindText,
  renderEventDetails,
  renderFigureClaims,
} from "./renderEventDetails";
export { formatIssuePath, type RenderIssuesOptions, renderIssues } from "./renderIssues";
export { type LegendItem, type LegendShape, renderLegend } from "./renderLegend";
export { renderLink } from "./renderLink";
export { renderSourcesFooter, type SourcesFooterOptions } from "./renderSourcesFooter";
export { renderTextSummary } from "./renderTextSummary";
export {
  adoptStyle,
  adoptTheme,
  canAdoptStyles,
  readThemeColors,
  rootClass,
  type ThemeName,
  themeCss,
  themeNames,
} from "./theme";
export { createTooltip, type Tooltip } from "./tooltip";
export { uniqueId } from "./uniqueId";

// Pure data → data, no DOM. Re-exports only.
export {
  type AssignLanesOptions,
  assignLanes,
  type Lane,
  type LaneAssignment,
  type LaneFacet,
  laneFacets,
} from "./assignLanes";
export { combineQualifiers, isApproximate, isLowerBound } from "./combineQualifiers";
export {
  type CooperationGraph,
  type CooperationGraphOptions,
  cooperationGraph,
  type GraphEdge,
  type GraphFacet,
  type GraphNode,
  type TimeWindow,
} from "./cooperationGraph";
export { datasetNow } from "./datasetNow";
export { type EventExtentOptions, eventExtent } from "./eventExtent";
export { eventLabel } from "./eventLabel";
export {
  agreedQualifier,
  claimOf,
  type FigureClaim,
  type FigureClaimsOptions,
  figureClaims,
} from "./figureClaims";
export { type EventFilter, filterEvents, foldText } from "./filterEvents";
export { type PackedRows, type PackItem, type PackRowsOptions, packRows } from "./packRows";
export {
  type ScaleBreak,
  type SequentialScale,
  type SequentialScaleOptions,
  sequentialScale,
} from "./sequentialScale";
export {
  type DatasetSummary,
  type SummarizeDatasetOptions,
  summarizeDataset,
} from "./summarizeDataset";
export { type TimeExtentOptions, timeExtent } from "./timeExtent";
export {
  allFacet,
  noFacet,
  type Period,
  type PeriodTotal,
  periodOf,
  severalFacet,
  type TotalsByPeriodOptions,
  type TotalsFacet,
  totalsByPeriod,
} from "./totalsByPeriod";

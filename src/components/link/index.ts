// Linked views: re-exports only.
export {
  createDashboard,
  type Dashboard,
  type DashboardElement,
  type DashboardOptions,
  type ResolvedDashboardOptions,
  resolveDashboardOptions,
} from "./createDashboard";
export {
  createSelectionStore,
  type SelectionListener,
  type SelectionState,
  type SelectionStore,
} from "./createSelectionStore";
export {
  type Link,
  type LinkableNetwork,
  type LinkableTimeline,
  type LinkableTrend,
  type LinkedViews,
  type LinkOptions,
  link,
} from "./link";

export {
  createTimeline,
  type Timeline,
  type TimelineElement,
  type TimelineEventMap,
  type TimelineHoverDetail,
  type TimelineSelectDetail,
  type TimelineZoomDetail,
} from "./createTimeline";
export {
  buildHitIndex,
  type HitIndex,
  layoutTimeline,
  type MarkLayout,
  type MarkShape,
  type TimelineLayout,
  type TimelineLayoutInput,
} from "./layout";
export {
  isRtlLocale,
  type ResolvedTimelineOptions,
  resolveTimelineOptions,
  type TimelineOptions,
  type TimelineOrientation,
  type TimelineRenderer,
  type TimelineScale,
  timelineDefaults,
} from "./options";
export { type RenderContext, renderTimeline } from "./render";
export { type TimeTick, timeTicks } from "./ticks";
export {
  isVertical,
  layoutVertical,
  renderVertical,
  type VerticalLayout,
  type VerticalLayoutInput,
} from "./vertical";

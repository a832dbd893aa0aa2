import type { DataEvent } from "../../model";

/** `detail` of `timeline-select`: the selected event, or nulls when the selection is cleared. */
export interface TimelineSelectDetail {
  id: string | null;
  event: DataEvent | null;
}
/** `detail` of `timeline-hover`: the event under the pointer or keyboard focus, or nulls. */
export interface TimelineHoverDetail {
  id: string | null;
  event: DataEvent | null;
}
/** `detail` of `timeline-zoom`: the visible window in ms since the epoch and the zoom factor. */
export interface TimelineZoomDetail {
  start: number;
  end: number;
  k: number;
}

/** The CustomEvents a timeline dispatches on its element, for typed listeners. */
export interface TimelineEventMap {
  "timeline-select": CustomEvent<TimelineSelectDetail>;
  "timeline-hover": CustomEvent<TimelineHoverDetail>;
  "timeline-zoom": CustomEvent<TimelineZoomDetail>;
}

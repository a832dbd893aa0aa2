// The TimelineJS reader part (jointline.timelinejs.js): loaded when an element's data is a
// TimelineJS sheet or JSON file.
import { registerPart } from "../../embed/parts";
import { readTimelineJs } from "../../io/readTimelineJs";

registerPart("timelinejs", { read: readTimelineJs, api: { readTimelineJs } });

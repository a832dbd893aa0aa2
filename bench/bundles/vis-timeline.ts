// A minimal page that uses vis-timeline, as its README shows (standalone build, CSS included).
import { Timeline } from "vis-timeline/standalone";

new Timeline(document.body, [], {});

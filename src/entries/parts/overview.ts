// The overview's part (jointline.overview.js): a timeline's mini-overview and its brush, drawn
// with `overview: true` (off by default). An element loads it before drawing such a timeline
// (src/embed/timelineParts.ts); the dashboard part carries the same code.
import { drawOverview, moveOverviewBrush } from "../../components/timeline/overviewDraw";
import { registerPart } from "../../embed/parts";

registerPart("overview", {
  code: { drawOverview, moveOverviewBrush },
  api: { drawOverview, moveOverviewBrush },
});

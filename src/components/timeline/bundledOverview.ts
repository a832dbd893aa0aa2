import type { OverviewCode } from "./overviewCode";
import { drawOverview, moveOverviewBrush } from "./overviewDraw";

/**
 * The overview's code, bundled with the timeline (the ESM build, Node, the tests). The
 * script-tag build reads this module as src/build/noOverview.ts (vite.config.ts), so that its
 * core leaves the overview to the `overview` part.
 */
export const bundledOverview: OverviewCode | undefined = { drawOverview, moveOverviewBrush };

// The dashboard part (jointline.dashboard.js): built on the network and trend parts, loaded first.
import * as api from "../../components/link";
import { provideOverviewCode } from "../../components/timeline/overviewCode";
import { drawOverview, moveOverviewBrush } from "../../components/timeline/overviewDraw";
import { registerPart } from "../../embed/parts";
import { dashboardView } from "../../views/dashboardView";

// A dashboard's timeline has an overview: its code comes with this part, not as another.
provideOverviewCode({ drawOverview, moveOverviewBrush });
registerPart("dashboard", { view: dashboardView, api });

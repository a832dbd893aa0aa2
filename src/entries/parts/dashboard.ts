// The dashboard part (jointline.dashboard.js): built on the network and trend parts, loaded first.
import * as api from "../../components/link";
import { registerPart } from "../../embed/parts";
import { dashboardView } from "../../views/dashboardView";

registerPart("dashboard", { view: dashboardView, api });

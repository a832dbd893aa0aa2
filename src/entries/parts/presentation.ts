// The presentation part (jointline.presentation.js): <jointline-presentation> and the timeline
// menu's "Present".
import * as api from "../../components/presentation";
import { registerPart } from "../../embed/parts";
import { presentOverlay } from "../../embed/presentOverlay";
import { presentationView } from "../../views/presentationView";

registerPart("presentation", { view: presentationView, presentOverlay, api });

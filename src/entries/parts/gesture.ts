// The gesture part (jointline.gesture.js): what a timeline runs once a reader moves its view with
// the pointer or a finger — d3-zoom's behaviour (the wheel, drag, pinch and double-click zoom,
// with d3-drag, d3-dispatch and the double-click's animation). The core fetches it on the first
// pointerenter, focusin or touchstart on a plot (src/components/timeline/interaction.ts) and
// keeps the view's transform itself meanwhile; the network part runs on it (its own zoom).
import { attachZoom } from "../../components/timeline/attachZoom";
import { registerPart } from "../../embed/parts";

registerPart("gesture", { code: { attachZoom }, api: { attachZoom } });

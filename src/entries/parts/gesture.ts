// The gesture part (jointline.gesture.js): what a timeline runs once a reader turns to its plot —
// d3-zoom's behaviour (the wheel, drag, pinch and double-click zoom, with d3-drag, d3-dispatch
// and the double-click's animation) and what the pointer and keys do (readerInput.ts: hover
// tooltips on marks and density bars, click to select, the chart's keys, the tooltip of a mark
// focus moves onto). The core fetches it on the first pointerenter, focusin or touchstart on a
// plot (src/components/timeline/interaction.ts), keeps the view's transform itself meanwhile and
// holds what the reader does, replayed when the part attaches. The network's zoom behaviour comes
// with it too, on the first pointerenter, focusin or touchstart on a network
// (src/components/network/networkZoom.ts).

import { createNetworkZoom } from "../../components/network/zoomBehavior";
import { attachZoom } from "../../components/timeline/attachZoom";
import { attachInput } from "../../components/timeline/readerInput";
import { registerPart } from "../../embed/parts";

registerPart("gesture", {
  code: { attachZoom, attachInput, createNetworkZoom },
  api: { attachZoom },
});

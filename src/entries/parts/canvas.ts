// The canvas layer's part (jointline.canvas.js): what a timeline draws its marks with past
// canvasThreshold events in view, and while a frame's SVG marks are still being built. The core
// loads it when a chart's data has more events than one frame builds as SVG
// (src/embed/timelineParts.ts), else the first time a frame would draw on a canvas
// (src/components/timeline/canvasCode.ts).
import { drawCanvas } from "../../components/timeline/drawCanvas";
import { registerPart } from "../../embed/parts";

registerPart("canvas", { code: { drawCanvas }, api: { drawCanvas } });

// The encodings' part (jointline.encodings.js): marks sized by a figure (`sizeBy`, with their
// legend) and the sequential time scale (`scale: "sequential"`). An element loads it before
// drawing a timeline whose options ask for either (src/embed/timelineParts.ts).

import { encodeSizes } from "../../components/timeline/encodeSizes";
import { renderSizeLegend } from "../../components/timeline/sizeLegend";
import { sequentialScale } from "../../derive/sequentialScale";
import { registerPart } from "../../embed/parts";

registerPart("encodings", {
  code: { encodeSizes, sequentialScale, renderSizeLegend },
  api: { encodeSizes, sequentialScale },
});

// The vertical layout's part (jointline.vertical.js): what a timeline draws below its width
// breakpoint (a phone) or with orientation="vertical". The core loads it the first time one of
// its timelines turns vertical (src/components/timeline/vertical/verticalCode.ts).
import { attachVertical } from "../../components/timeline/vertical/attachVertical";
import {
  drawVertical,
  revealVerticalDetails,
  scrollToWindow,
} from "../../components/timeline/vertical/drawVertical";
import { layoutVertical } from "../../components/timeline/vertical/layoutVertical";
import { renderVertical } from "../../components/timeline/vertical/renderVertical";
import { verticalCss } from "../../components/timeline/vertical/style";
import { registerPart } from "../../embed/parts";

registerPart("vertical", {
  code: {
    attachVertical,
    drawVertical,
    scrollToWindow,
    revealDetails: revealVerticalDetails,
    verticalCss,
  },
  api: { layoutVertical, renderVertical },
});

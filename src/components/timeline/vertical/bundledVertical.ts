import { attachVertical } from "./attachVertical";
import { drawVertical, revealVerticalDetails, scrollToWindow } from "./drawVertical";
import { verticalCss } from "./style";
import type { VerticalCode } from "./verticalCode";

/**
 * The vertical layout's code, bundled with the timeline (the ESM build, Node, the tests). The
 * script-tag build reads this module as src/build/noVertical.ts (vite.config.ts), so that its
 * core leaves the vertical layout to the `vertical` part.
 */
export const bundledVertical: VerticalCode | undefined = {
  attachVertical,
  drawVertical,
  scrollToWindow,
  revealDetails: revealVerticalDetails,
  verticalCss,
};

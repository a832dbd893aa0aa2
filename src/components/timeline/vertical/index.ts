export { attachVertical } from "./attachVertical";
export { drawVertical, scrollToWindow } from "./drawVertical";
export {
  layoutVertical,
  MIN_TARGET,
  type VerticalLayout,
  type VerticalLayoutInput,
  type VerticalRow,
  verticalMetrics,
  wrapText,
} from "./layoutVertical";
export { isVertical } from "./orientation";
export { renderVertical, type VerticalRenderContext } from "./renderVertical";
export { shortLabel } from "./shortLabel";
export { verticalCss } from "./style";

export {
  createPresentation,
  type Presentation,
  type PresentationOptions,
  type PresentationStepDetail,
} from "./createPresentation";
export {
  type PresentationMove,
  type PresentationStep,
  presentationKey,
  presentationSteps,
} from "./presentationSteps";
export { presentationCss } from "./style";

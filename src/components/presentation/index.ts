export {
  createPresentation,
  defaultPresentationOptions,
  type Presentation,
  type PresentationElement,
  type PresentationOptions,
  type PresentationStepDetail,
  type ResolvedPresentationOptions,
  resolvePresentationOptions,
} from "./createPresentation";
export {
  type PresentationMove,
  type PresentationStep,
  presentationKey,
  presentationSteps,
} from "./presentationSteps";
export { presentationCss } from "./style";

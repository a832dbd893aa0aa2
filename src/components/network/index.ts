// The cooperation network: re-exports only.
export {
  createNetwork,
  type NetworkElement,
  type NetworkHandle,
  type NetworkHoverDetail,
  type NetworkSelectDetail,
  type NetworkWindowDetail,
} from "./createNetwork";
export {
  type LayoutEdge,
  type LayoutLabel,
  type LayoutNode,
  layoutNetwork,
  type NetworkLayout,
  type NetworkLayoutOptions,
  type Point,
  positionsOf,
  seededRandom,
} from "./layout";
export { nextNode } from "./nextNode";
export {
  defaultNetworkOptions,
  type MeasureText,
  type NetworkOptions,
  type NodeMeasure,
  type ResolvedNetworkOptions,
  resolveNetworkOptions,
} from "./options";
export { createNodeMover, drawNetwork, nodeColor, renderNetwork } from "./render";

import { createCodeSlot } from "../shared/codeSlot";
import { bundledNetworkZoom } from "./bundledNetworkZoom";
import type { createNetworkZoom } from "./zoomBehavior";

/**
 * The network's zoom behaviour (d3-zoom's, with d3-drag and d3-dispatch): in the ESM build it is
 * imported with the network ({@link bundledNetworkZoom}); the script-tag build takes it from the
 * `gesture` part, which the timeline's zoom comes in too, fetched when a reader's pointer, focus
 * or finger first enters the network (networkZoom.ts), so that a page with a network or a
 * dashboard does not download it up front. The view's transform stays the network's own until
 * then: `zoomTo`, `resetZoom` and the keys + and − zoom before it is here.
 */
export interface NetworkZoomCode {
  createNetworkZoom: typeof createNetworkZoom;
}

const slot = createCodeSlot<NetworkZoomCode>(bundledNetworkZoom, "gesture");

/**
 * The network's zoom behaviour when it is here (always in the ESM build), else undefined.
 * @example networkZoomCode()?.createNetworkZoom(viewport);
 */
export const networkZoomCode = slot.get;

/**
 * Sets how the code is brought in where it is not bundled: the script-tag build loads the
 * `gesture` part (src/entries/parts/network.ts).
 * @example setNetworkZoomLoader(async () => (await loadPart("gesture")).code);
 */
export const setNetworkZoomLoader = slot.setLoader;

/**
 * The network's zoom behaviour, loading it on the first call (see `CodeSlot.load`).
 * @example const { createNetworkZoom } = await loadNetworkZoomCode();
 */
export const loadNetworkZoomCode = slot.load;

import { createNetworkZoom } from "./zoomBehavior";
import type { NetworkZoomCode } from "./zoomCode";

/**
 * The network's zoom behaviour, bundled with it (the ESM build, Node, the tests): attached when
 * the network is drawn. The script-tag build reads this module as src/build/noNetworkZoom.ts
 * (vite.config.ts): the behaviour comes with the `gesture` part there.
 */
export const bundledNetworkZoom: NetworkZoomCode | undefined = { createNetworkZoom };

// The network part of the script-tag build (jointline.network.js), and its module in the ESM build.
import * as api from "../../components/network";
import { setNetworkZoomLoader } from "../../components/network/zoomCode";
import { loadPart, registerPart } from "../../embed/parts";
import { networkView } from "../../views/networkView";

// The network's zoom behaviour comes with the gesture part, on a reader's first intent.
setNetworkZoomLoader(async () => (await loadPart("gesture")).code);

registerPart("network", { view: networkView, api });

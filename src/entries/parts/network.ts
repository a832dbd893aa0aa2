// The network part of the script-tag build (jointline.network.js), and its module in the ESM build.
import * as api from "../../components/network";
import { registerPart } from "../../embed/parts";
import { networkView } from "../../views/networkView";

registerPart("network", { view: networkView, api });

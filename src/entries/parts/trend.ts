// The trend part of the script-tag build (jointline.trend.js), and its module in the ESM build.
import * as api from "../../components/trend";
import { registerPart } from "../../embed/parts";
import { trendView } from "../../views/trendView";

registerPart("trend", { view: trendView, api });

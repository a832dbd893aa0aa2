// The iframe page's part (jointline.frame.js): what <jointline-frame> does, loaded when the page
// has one (the embed page, examples/embed.html); an article's page never fetches it.
import { connectFrame, isSameOriginPage } from "../../embed/connectFrame";
import { registerPart } from "../../embed/parts";

registerPart("frame", { connectFrame, api: { isSameOriginPage } });

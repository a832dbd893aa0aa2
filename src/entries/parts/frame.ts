// The iframe page's part (jointline.frame.js): what <jointline-frame> does, loaded when the page
// has one (the embed page, examples/embed.html); an article's page never fetches it.
import { connectFrame, isSameOriginPage } from "../../embed/connectFrame";
import { dataOriginProblem, dataOriginRefusal } from "../../embed/dataOrigins";
import { frameAllowedOrigins } from "../../embed/frameAllowedOrigins";
import { provideOriginCheck } from "../../embed/originCheck";
import { registerPart } from "../../embed/parts";

// The check of where the page's data may come from, and its words: only this page sets
// `allowedOrigins` (src/embed/originCheck.ts).
provideOriginCheck({ dataOriginProblem, dataOriginRefusal, frameAllowedOrigins });
registerPart("frame", { connectFrame, api: { isSameOriginPage } });

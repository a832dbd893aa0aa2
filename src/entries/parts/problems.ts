// The problems part (jointline.problems.js): the words an element shows only when something went
// wrong — data that is missing, cut short, at no address or not loaded, a chart that could not be
// drawn, an attribute it cannot use. The core loads it when it has such a problem to show
// (src/embed/loadEmbedData.ts, src/embed/problemWordsFor.ts, JointlineElement's failures); what
// must show when no further file can be fetched (a part that did not load) stays in the core.
import { dataProblemIssue, renderFailedIssue } from "../../embed/dataProblemIssue";
import { registerPart } from "../../embed/parts";
import { tAttribute } from "../../views/attributeMessages";
import { provideAttributeWords } from "../../views/attributeWords";

provideAttributeWords(tAttribute);
const words = { dataProblemIssue, renderFailedIssue };
registerPart("problems", { words, api: words });

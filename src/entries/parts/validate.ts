// The validator part (jointline.validate.js): zod's schemas and the issue reports of readJson and
// parseDataset, and the readers' shared start (decodeBytes, readableText and their words). The
// core reads a valid UTF-8 JSON file without it (src/io/readJsonFast.ts, decodeUtf8Fast.ts); it
// is loaded when data is not certainly valid or not plain UTF-8, and by the CSV and TimelineJS
// readers, which run on it.
import { registerPart } from "../../embed/parts";
import { decodeBytes } from "../../io/decodeBytes";
import { parseDataset } from "../../io/parseDataset";
import { readJson } from "../../io/readJson";
import { dateProblemText } from "../../model/dateMessages";
import { provideDateWords } from "../../model/dateWords";
import { explainWhen } from "../../time/explainWhen";
import { provideWhenExplainer } from "../../time/whenExplainer";

// The words of an unreadable date (the core's element attributes and eventExtent use them).
provideDateWords(dateProblemText);
// And what is wrong with such a date, and its fix ("did you mean 2025-04-02?"): the core reads
// dates without explaining them (src/time/parseWhen.ts).
provideWhenExplainer(explainWhen);

registerPart("validate", {
  read: readJson,
  parseDataset,
  decodeBytes,
  api: { readJson, parseDataset },
});

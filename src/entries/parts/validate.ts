// The validator part (jointline.validate.js): zod's schemas and the issue reports of readJson and
// parseDataset. The core reads a valid JSON file without it (src/io/readJsonFast.ts); it is loaded
// when data is not certainly valid, to say what is wrong, and by the CSV and TimelineJS readers.
import { registerPart } from "../../embed/parts";
import { parseDataset } from "../../io/parseDataset";
import { readJson } from "../../io/readJson";
import { dateProblemText } from "../../model/dateMessages";
import { provideDateWords } from "../../model/dateWords";

// The words of an unreadable date (the core's element attributes and eventExtent use them).
provideDateWords(dateProblemText);

registerPart("validate", { read: readJson, parseDataset, api: { readJson, parseDataset } });

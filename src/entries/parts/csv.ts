// The CSV reader part (jointline.csv.js): loaded when an element's data is a CSV sheet.

import { registerPart } from "../../embed/parts";
import { readCsv } from "../../io/readCsv";
import { writeCsv } from "../../io/writeCsv";

registerPart("csv", { read: readCsv, api: { readCsv, writeCsv } });

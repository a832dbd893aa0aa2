/** Regenerates data/jointline.schema.json from the zod schemas (`npm run schema`). */
import { writeFileSync } from "node:fs";
import { toJsonSchema } from "../src/model/toJsonSchema";

const path = new URL("../data/jointline.schema.json", import.meta.url);
writeFileSync(path, `${JSON.stringify(toJsonSchema(), null, 2)}\n`);
console.log("wrote data/jointline.schema.json");

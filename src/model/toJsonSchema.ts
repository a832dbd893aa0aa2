import * as z from "zod/mini";
import { Dataset } from "./dataset";

/**
 * The JSON Schema (draft 2020-12) of the data format, generated from the zod schemas so other
 * tools can validate jointline files. It checks shapes, not cross-references or calendar dates:
 * `parseDataset` does those.
 * @example writeFileSync("data/jointline.schema.json", JSON.stringify(toJsonSchema(), null, 2));
 */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Dataset, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: "https://github.com/jointline/jointline/blob/main/data/jointline.schema.json",
    title: "jointline dataset",
    description:
      "Publicly reported cooperation events (operations, enforcement actions, legislative milestones) with their actors, figures and sources. Cross-references and calendar validity are checked by jointline's parseDataset, not by this schema.",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
  };
}

import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { toJsonSchema } from "../../src/model/toJsonSchema";

const checkedIn = JSON.parse(
  readFileSync(new URL("../../data/jointline.schema.json", import.meta.url), "utf8"),
);

it("data/jointline.schema.json is what toJsonSchema() generates (run `npm run schema` after changing the model)", () => {
  expect(checkedIn).toEqual(toJsonSchema());
});

it("toJsonSchema() describes the event kinds and rejects unknown fields", () => {
  const schema = toJsonSchema() as {
    properties: Record<string, { items?: { oneOf?: unknown[]; anyOf?: unknown[] } }>;
    additionalProperties: boolean;
  };
  const events = schema.properties.events!.items!;
  expect((events.oneOf ?? events.anyOf)!.length).toBe(3);
  expect(schema.additionalProperties).toBe(false);
  expect(JSON.stringify(schema)).toContain('"pattern":"^https?://"');
});

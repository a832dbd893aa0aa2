import { describe, expect, expectTypeOf, it } from "vitest";
import type { DatasetFormat } from "../../src/io/readDataset";
import { type EmbedFormat, parseEmbedAttributes } from "../../src/views/embedAttributes";

describe("EmbedFormat", () => {
  it("EmbedFormat is the readers' DatasetFormat, so views need nothing from embed/", () => {
    expectTypeOf<EmbedFormat>().toEqualTypeOf<DatasetFormat>();
    const formats = ["json", "csv", "timelinejs"] as const;
    for (const format of formats)
      expect(parseEmbedAttributes((name) => (name === "format" ? format : null)).format).toBe(
        format,
      );
  });
});

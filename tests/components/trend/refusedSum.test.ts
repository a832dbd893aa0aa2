import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderRefusedSum } from "../../../src/components/trend/refusedSum";
import { figureClaims } from "../../../src/derive/figureClaims";
import { totalsReport } from "../../../src/derive/totalsReport";
import { readJson } from "../../../src/io/readJson";

const dataset = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;

describe("renderRefusedSum", () => {
  it("lists each event's own figure of a metric that does not add up, with the reason, instead of a sum", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    // Videos on a site are a stock, not a count: totalsReport refuses to add them up.
    const refused = totalsReport(dataset, { metric: "unique_videos" }).issues.find(
      (issue) => issue.code === "not_summable",
    );
    expect(refused).toBeDefined();
    const box = renderRefusedSum(document, dataset, "unique_videos", refused!, "en");
    expect(box.textContent).toContain(refused!.message);
    const items = [...box.querySelectorAll(".jl-trend-per-event li")].map((li) => li.textContent);
    const claims = figureClaims(dataset, "unique_videos").filter((c) => c.scope === undefined);
    expect(items).toHaveLength(claims.length);
    expect(claims.length).toBeGreaterThan(0);
    // Each line names its event by date and title and gives the figure as reported.
    for (const [i, claim] of claims.entries()) {
      const event = dataset.events.find((e) => e.id === claim.event)!;
      expect(items[i]).toContain(event.title);
      expect(items[i]).toContain(claim.low.toLocaleString("en"));
    }
  });
});

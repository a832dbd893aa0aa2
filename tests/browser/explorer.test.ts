import { describe, expect, it } from "vitest";
import page from "../../examples/explorer.html?raw";
import timelineJsSheet from "../data/timelinejs/hostile-html.csv?raw";

/** The explorer example page, mounted in this document (its body, then its script). */
async function openExplorer(): Promise<void> {
  const body = /<body[^>]*>([\s\S]*)<\/body>/
    .exec(page)![1]!
    .replace(/<script[\s\S]*?<\/script>/g, "");
  document.body.innerHTML = body;
  await import("../../examples/explorer");
}

function choose(name: string, text: string): void {
  const input = document.getElementById("file") as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: "text/csv" }));
  input.files = files.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("examples/explorer", () => {
  it("charts a TimelineJS sheet chosen as a file (read by format, as the embed and the CLI read)", async () => {
    await openExplorer();
    choose("my-timeline.csv", timelineJsSheet);
    await expect
      .poll(() => document.getElementById("title")?.textContent, { timeout: 5000 })
      .toBe("A test timeline");
    await expect
      .poll(() => document.querySelectorAll("#app .jl-timeline .jl-mark").length, {
        timeout: 5000,
      })
      .toBe(1);
    // Its one warning (no sources in TimelineJS) is a polite status, not an alert: the chart is there.
    const report = document.querySelector("#report .jl-issues")!;
    expect(report.getAttribute("role")).toBe("status");
    expect(report.classList.contains("jl-issues-warnings")).toBe(true);
    // The headline's HTML is text: no element of it reached the page.
    expect(document.querySelector("#app script, #app b")).toBeNull();
  });
});

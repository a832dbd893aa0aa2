/**
 * DESIGN.md: text at least 12 px in a page chart. The dashboard (a timeline, a network and a trend
 * on the default dataset, with their chrome, toolbars, legends and notes) at a phone's, a
 * tablet's and a desktop's width, and a horizontal timeline at 320 px: every piece of visible
 * text, in the light DOM and the SVG alike, is drawn at 12 px or more.
 */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { createDashboard } from "../../src/components/link/createDashboard";
import { createTimeline } from "../../src/components/timeline";
import { defaultDataset } from "../scenarios/timelineScenarios";

const destroyers: (() => void)[] = [];
afterEach(() => {
  for (const destroy of destroyers.splice(0)) destroy();
});

async function container(width: number): Promise<HTMLElement> {
  await page.viewport(width, 1000);
  const box = document.createElement("div");
  box.style.width = `${width}px`;
  document.body.append(box);
  destroyers.push(() => box.remove());
  return box;
}

/** The visible texts under `root` drawn under 12 px: "size px: text". */
function smallTexts(root: Element): string[] {
  const out: string[] = [];
  for (const element of root.querySelectorAll<Element>("*")) {
    const own = [...element.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "",
    );
    if (!own || element.getClientRects().length === 0) continue;
    const style = getComputedStyle(element);
    if (
      style.visibility === "hidden" ||
      element.closest("[hidden], .jl-visually-hidden, title, desc")
    )
      continue;
    const size = Number.parseFloat(style.fontSize);
    if (size < 12) out.push(`${size} px: ${(element.textContent ?? "").trim().slice(0, 40)}`);
  }
  return out;
}

describe("text at least 12 px in a page chart (DESIGN.md)", () => {
  it.each([375, 768, 1280])("the dashboard at %i px", async (width) => {
    const dashboard = createDashboard(await container(width), defaultDataset, {
      trend: { metric: "arrests" },
    });
    destroyers.unshift(() => dashboard.destroy());
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(dashboard.element.querySelectorAll("svg text").length).toBeGreaterThan(20);
    expect(smallTexts(dashboard.element)).toEqual([]);
  });

  it("a horizontal timeline at 320 px", async () => {
    const timeline = createTimeline(await container(320), defaultDataset, {
      orientation: "horizontal",
    });
    destroyers.unshift(() => timeline.destroy());
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    expect(timeline.element.querySelectorAll("svg text").length).toBeGreaterThan(10);
    expect(smallTexts(timeline.element)).toEqual([]);
  });
});

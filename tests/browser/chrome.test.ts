/**
 * The chart chrome in a page (headline, dek, content note, source line, byline around the
 * chart; each piece switched off by attribute) and in the 1920 × 1080 slide export, measured in
 * Chromium: the drawing covers at least 85 % of the frame's height and no text is under 24 px.
 */
import { afterEach, describe, expect, it } from "vitest";
import "../../src/entries/embed";
import type { JointlineElement } from "../../src/embed/JointlineElement";
import { defaultDataset } from "../scenarios/timelineScenarios";

const json = JSON.stringify(defaultDataset);
const added: Element[] = [];

async function mount(tag: string, attributes = ""): Promise<JointlineElement> {
  const holder = document.createElement("div");
  holder.innerHTML = `<${tag} ${attributes}><script type="application/json">${json.replace(/</g, "\\u003c")}</script></${tag}>`;
  document.body.append(holder);
  added.push(holder);
  const element = holder.firstElementChild as JointlineElement;
  await element.ready;
  return element;
}

afterEach(() => {
  for (const node of added.splice(0)) node.remove();
});

describe("the chart chrome in a page", () => {
  it("<jointline-timeline> shows headline, dek and content note above the chart, sources below", async () => {
    const element = await mount("jointline-timeline", 'byline="Graphic: Data desk"');
    const root = element.shadowRoot!;
    const header = root.querySelector(".jl-chrome-header")!;
    expect(header.querySelector("h2")!.textContent).toBe(defaultDataset.title);
    expect(header.querySelector(".jl-chrome-dek")!.textContent).toBe(defaultDataset.description);
    expect(header.querySelector('[role="note"]')!.textContent).toContain(
      defaultDataset.contentNote!.slice(0, 40),
    );
    const footer = root.querySelector(".jl-chrome-footer")!;
    expect(footer.querySelector(".jl-chrome-source-line")!.textContent).toMatch(
      /^Sources: .+ and \d+ more$/,
    );
    expect(footer.querySelector(".jl-chrome-byline")!.textContent).toBe("Graphic: Data desk");
    // In reading order: header, chart, footer.
    const chart = root.querySelector(".jl-embed-chart")!;
    expect(header.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(chart.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // One content note, not the element's and the chrome's both.
    expect(root.querySelectorAll(".jl-content-note")).toHaveLength(1);
  });

  it('<jointline-network headline="off" dek="off" legend="off"> drops those pieces only', async () => {
    const element = await mount("jointline-network", 'headline="off" dek="off" legend="off"');
    const root = element.shadowRoot!;
    expect(root.querySelector(".jl-chrome-headline")).toBeNull();
    expect(root.querySelector(".jl-chrome-dek")).toBeNull();
    expect(root.querySelector(".jl-content-note")).not.toBeNull();
    expect(root.querySelector(".jl-chrome-source-line")).not.toBeNull();
    const legend = root.querySelector<HTMLElement>(".jl-legend")!;
    expect(getComputedStyle(legend).display).toBe("none");
  });

  it('<jointline-trend chrome="off"> draws the chart alone, and headline="…" replaces the title', async () => {
    const bare = await mount("jointline-trend", 'chrome="off"');
    expect(bare.shadowRoot!.querySelector(".jl-chrome")).toBeNull();
    const custom = await mount("jointline-trend", 'headline="Arrests per year"');
    expect(custom.shadowRoot!.querySelector("h2")!.textContent).toBe("Arrests per year");
  });

  it("<jointline-dashboard> carries the chrome once, around the three charts", async () => {
    const element = await mount("jointline-dashboard");
    expect(element.shadowRoot!.querySelectorAll(".jl-chrome-headline")).toHaveLength(1);
    expect(element.shadowRoot!.querySelectorAll(".jl-chrome-source-line")).toHaveLength(1);
  });

  it("element.exportSvg() carries headline, legend, content note and source line", async () => {
    const element = await mount("jointline-timeline", 'theme="light"');
    const holder = document.createElement("div");
    holder.innerHTML = await element.exportSvg();
    added.push(holder);
    const svg = holder.querySelector("svg")!;
    const lines = (selector: string) =>
      Array.from(svg.querySelectorAll(`${selector} tspan`), (t) => t.textContent).join(" ");
    expect(lines(".jl-chrome-headline")).toBe(defaultDataset.title);
    expect(svg.querySelector(".jl-chrome-source-line")!.textContent).toMatch(/^Sources: /);
    expect(svg.querySelector(".jl-chrome-content-note")!.textContent).toContain("Content note:");
    expect(svg.querySelectorAll(".jl-chrome-legend text").length).toBeGreaterThanOrEqual(3);
  });
});

describe("the 1920 × 1080 slide export, measured in Chromium", () => {
  for (const tag of ["jointline-timeline", "jointline-network", "jointline-trend"]) {
    it(`${tag}.exportSvgAt(1920, 1080) with theme="slide" fills ≥ 85 % of the height, no text under 24 px`, async () => {
      const element = await mount(tag, 'theme="slide"');
      const holder = document.createElement("div");
      holder.style.cssText = "position:absolute;left:0;top:0;width:1920px;height:1080px";
      holder.innerHTML = await element.exportSvgAt(1920, 1080);
      document.body.append(holder);
      added.push(holder);
      const svg = holder.querySelector("svg")!;
      const frame = svg.getBoundingClientRect();
      expect([frame.width, frame.height]).toEqual([1920, 1080]);
      let top = Number.POSITIVE_INFINITY;
      let bottom = Number.NEGATIVE_INFINITY;
      const small: string[] = [];
      for (const text of Array.from(svg.querySelectorAll("text"))) {
        const box = text.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || !text.textContent?.trim()) continue;
        top = Math.min(top, box.top - frame.top);
        bottom = Math.max(bottom, box.bottom - frame.top);
        // The size as drawn: the computed font size times the scale of the text's user space.
        const matrix = text.getScreenCTM()!;
        const drawn =
          Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
        if (drawn < 23.9) small.push(`${drawn.toFixed(1)} px: ${text.textContent.slice(0, 40)}`);
      }
      for (const shape of Array.from(
        svg.querySelectorAll("svg svg rect, svg svg path, svg svg circle"),
      )) {
        const box = shape.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        top = Math.min(top, box.top - frame.top);
        bottom = Math.max(bottom, box.bottom - frame.top);
      }
      expect(small).toEqual([]);
      expect((bottom - top) / 1080).toBeGreaterThanOrEqual(0.85);
    });
  }
});

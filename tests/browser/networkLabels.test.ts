import { afterEach, describe, expect, it } from "vitest";
import text from "../../data/csam-operations.json?raw";
import { createNetwork, type NetworkHandle } from "../../src/components/network/createNetwork";
import { readJson } from "../../src/io/readJson";
import type { Dataset } from "../../src/model";

const dataset = readJson(text).data as Dataset;
const handles: NetworkHandle[] = [];
const containers: HTMLElement[] = [];

function mount(width: number, options: Parameters<typeof createNetwork>[2] = {}) {
  const container = document.createElement("div");
  container.style.width = `${width}px`;
  document.body.append(container);
  containers.push(container);
  const handle = createNetwork(container, dataset, { duration: 0, width, height: 600, ...options });
  handles.push(handle);
  return { container, handle };
}

afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  for (const c of containers.splice(0)) c.remove();
});

/** Whether `label` is `name` or a prefix of it that ends at a word boundary (with or without "…"). */
function isWholeWords(label: string, name: string): boolean {
  if (label === name) return true;
  const stem = label.endsWith("…") ? label.slice(0, -1) : label;
  return stem.length > 0 && name.startsWith(stem) && /[\s,;:(–-]/u.test(name[stem.length] ?? "");
}

describe("network labels in Chromium", () => {
  for (const width of [900, 375]) {
    it(`the default network at ${width} × 600 labels with short names, whole words and no overlaps`, () => {
      const { container } = mount(width);
      const labels = [...container.querySelectorAll<SVGTextElement>("text.jl-network-label")];
      expect(labels.length).toBeGreaterThanOrEqual(15);
      const actors = new Map(dataset.actors.map((a) => [a.id, a]));
      for (const label of labels) {
        const actor = actors.get(label.dataset.id ?? "");
        expect(actor, label.dataset.id).toBeDefined();
        const t = label.textContent ?? "";
        expect(
          t === actor!.shortName || isWholeWords(t, actor!.name),
          `${t} for ${actor!.name}`,
        ).toBe(true);
      }
      // Actors with a short name are labelled with it: Europol, not "Europol (EU Agency for Law …".
      const europol = labels.find((l) => l.dataset.id === "europol");
      expect(europol?.textContent).toBe("Europol");
      // The full name stays in the node's accessible name.
      const node = container.querySelector('g.jl-network-node[data-id="europol"]');
      expect(node?.getAttribute("aria-label")).toContain(
        "Europol (EU Agency for Law Enforcement Cooperation)",
      );
      // No two labels overlap (their rendered boxes), and none leaves the drawing.
      const svg = container.querySelector("svg.jl-network-svg")!.getBoundingClientRect();
      const boxes = labels.map((l) => l.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i]!;
        expect(a.left).toBeGreaterThanOrEqual(svg.left - 0.5);
        expect(a.right).toBeLessThanOrEqual(svg.right + 0.5);
        for (let j = i + 1; j < boxes.length; j++) {
          const b = boxes[j]!;
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          expect(overlap, `${labels[i]!.textContent} / ${labels[j]!.textContent}`).toBe(false);
        }
      }
      // Labels are drawn above edges and nodes, with a halo in the background colour.
      const groups = [...container.querySelectorAll("g.jl-network-viewport > g")].map((g) =>
        g.getAttribute("class"),
      );
      expect(groups.indexOf("jl-network-labels")).toBeGreaterThan(
        groups.indexOf("jl-network-edges"),
      );
      const style = getComputedStyle(labels[0]!);
      expect(style.paintOrder).toContain("stroke");
      expect(Number.parseFloat(style.strokeWidth)).toBeGreaterThan(0);
    });
  }

  it("a dense view (country facet, 2015–2025: 58 nodes, 716 ties) shows the most connected first, with a notice and Show all", () => {
    const window = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2026, 0, 1) };
    const { container } = mount(900, { facet: "country", window });
    const notice = container.querySelector<HTMLElement>(".jl-network-dense")!;
    const count = (selector: string) => container.querySelectorAll(selector).length;
    expect(notice.hidden).toBe(false);
    expect(notice.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(notice.textContent).toContain("Showing the 40 most connected of 58 countries");
    expect(notice.textContent).toContain("the 120 strongest of 716 ties");
    expect(count("g.jl-network-node")).toBe(40);
    expect(count("line.jl-network-edge")).toBe(120);
    // The data table still has every node and tie.
    expect(container.querySelector(".jl-network-data summary")?.textContent).toContain(
      "58 nodes, 716 ties",
    );
    const toggle = notice.querySelector<HTMLButtonElement>("button.jl-network-show-all")!;
    expect(toggle.textContent).toBe("Show all");
    toggle.click();
    expect(count("g.jl-network-node")).toBe(58);
    expect(count("line.jl-network-edge")).toBe(716);
    expect(notice.textContent).toContain("Showing all 58 countries and 716 ties.");
    toggle.click();
    expect(count("g.jl-network-node")).toBe(40);
  });

  it("the ties table sorts by weight from its Shared events header", () => {
    const { container } = mount(900);
    const block = container.querySelector<HTMLDetailsElement>("details.jl-network-data")!;
    block.open = true;
    block.dispatchEvent(new Event("toggle"));
    const tables = container.querySelectorAll<HTMLTableElement>("table.jl-table");
    const ties = [...tables].find((t) => t.caption?.textContent?.startsWith("Ties"))!;
    expect(ties).toBeDefined();
    const header = ties.querySelectorAll("thead th")[1]!;
    const button = header.querySelector("button")!;
    expect(button.textContent).toContain("Shared events");
    const weights = () =>
      [...ties.querySelectorAll("tbody tr")].map((tr) => Number(tr.children[1]!.textContent));
    const before = weights();
    button.click();
    expect(header.getAttribute("aria-sort")).toBe("descending");
    const down = weights();
    expect(down).toEqual([...before].sort((a, b) => b - a));
    expect(down[0]).toBeGreaterThan(down.at(-1)!);
    button.click();
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    expect(weights()).toEqual([...before].sort((a, b) => a - b));
    button.click();
    expect(header.hasAttribute("aria-sort")).toBe(false);
    expect(weights()).toEqual(before);
  });
});

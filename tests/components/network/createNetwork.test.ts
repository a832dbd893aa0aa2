// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createNetwork } from "../../../src/components/network/createNetwork";
import { dejaVuSansWidth } from "../../../src/export/dejaVuSansWidth";
import { readJson } from "../../../src/io/readJson";

const dataset = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;

describe("the network redraws only when a linked view changes what it shows", () => {
  it("select(the same node) and highlight(the same events) leave the drawing as it is; a different one redraws", () => {
    const container = document.createElement("div");
    document.body.append(container);
    const network = createNetwork(container, dataset, {
      width: 600,
      height: 400,
      measureText: dejaVuSansWidth,
    });
    const root = network.element;
    /** Marks every element the drawing styles by class, so that a redraw shows (it sets them again). */
    const mark = () => {
      for (const node of root.querySelectorAll("svg [class]"))
        node.setAttribute("class", `${node.getAttribute("class")} probe`);
    };
    const marked = () => root.querySelectorAll("svg .probe").length;
    network.select("europol");
    mark();
    const all = marked();
    expect(all).toBeGreaterThan(0);
    network.select("europol");
    expect(marked()).toBe(all);
    network.select("interpol");
    expect(marked()).toBeLessThan(all);
    const ids = dataset.events.slice(0, 3).map((e) => e.id);
    network.highlight(ids);
    mark();
    const again = marked();
    network.highlight([...ids].reverse());
    expect(marked()).toBe(again);
    network.highlight(null);
    expect(marked()).toBeLessThan(again);
    network.destroy();
  });
});

// The network's zoom before d3-zoom's behaviour is here (the script-tag build fetches it with the
// gesture part on a reader's first intent): `scaleTo`, `scaleBy` and `reset` must leave the view
// where d3-zoom's behaviour would, and hand it the transform when it attaches.
import { select } from "d3-selection";
import type { ZoomTransform } from "d3-zoom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { attachNetworkZoom } from "../../src/components/network/networkZoom";
import { createNetworkZoom } from "../../src/components/network/zoomBehavior";
import { setNetworkZoomLoader } from "../../src/components/network/zoomCode";
import { createDisposables } from "../../src/components/shared/dispatch";

vi.mock("../../src/components/network/bundledNetworkZoom", () => ({
  bundledNetworkZoom: undefined,
}));

type Zoomed = SVGSVGElement & { __zoom?: ZoomTransform };
const ns = "http://www.w3.org/2000/svg";
function view(): { svg: Zoomed; viewport: SVGGElement } {
  const svg = document.createElementNS(ns, "svg") as Zoomed;
  svg.setAttribute("viewBox", "0 0 640 420");
  svg.setAttribute("width", "640");
  svg.setAttribute("height", "420");
  const viewport = document.createElementNS(ns, "g");
  svg.append(viewport);
  document.body.append(svg);
  return { svg, viewport };
}
afterEach(() => document.body.replaceChildren());

describe("the network's zoom before its behaviour is here", () => {
  it("scaleTo, scaleBy and reset move the view as d3-zoom's behaviour does", () => {
    const bag = createDisposables();
    const own = view();
    const zoom = attachNetworkZoom(own.svg, own.viewport, bag);
    const d3 = view();
    const behavior = createNetworkZoom(d3.viewport);
    select(d3.svg).call(behavior);
    const steps: [string, number][] = [
      ["to", 2],
      ["by", 1.25],
      ["by", 0.8],
      ["by", 0.8],
      ["to", 20],
      ["by", 0.01],
      ["to", 3.5],
    ];
    for (const [kind, k] of steps) {
      if (kind === "to") {
        zoom.scaleTo(k);
        behavior.scaleTo(select(d3.svg), k);
      } else {
        zoom.scaleBy(k);
        behavior.scaleBy(select(d3.svg), k);
      }
      const ours = own.svg.__zoom!;
      const theirs = d3.svg.__zoom!;
      expect([ours.k, ours.x, ours.y]).toEqual([theirs.k, theirs.x, theirs.y]);
      expect(own.viewport.getAttribute("transform")).toBe(d3.viewport.getAttribute("transform"));
    }
    zoom.reset();
    expect(own.svg.__zoom?.toString()).toBe("translate(0,0) scale(1)");
    bag.dispose();
  });

  it("the first wheel or pointerenter fetches the behaviour once (a wheel that would zoom cancelled meanwhile); it attaches with the view's transform, and zooms from there", async () => {
    let calls = 0;
    setNetworkZoomLoader(async () => {
      calls++;
      return { createNetworkZoom };
    });
    const bag = createDisposables();
    const { svg, viewport } = view();
    const zoom = attachNetworkZoom(svg, viewport, bag);
    // While the behaviour is on its way, a wheel that would zoom does not scroll the page; one
    // past the scale's limit does.
    const wheel = (deltaY: number) => {
      const e = new WheelEvent("wheel", { deltaY, cancelable: true });
      svg.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(wheel(-100)).toBe(true);
    zoom.scaleTo(8);
    expect(wheel(-100)).toBe(false);
    expect(wheel(100)).toBe(true);
    zoom.scaleTo(2);
    const before = svg.__zoom!.toString();
    svg.dispatchEvent(new Event("pointerenter"));
    svg.dispatchEvent(new Event("pointerenter"));
    await new Promise((done) => setTimeout(done, 0));
    expect(calls).toBe(1);
    expect(svg.__zoom!.toString()).toBe(before);
    zoom.scaleBy(2);
    expect(svg.__zoom!.k).toBe(4);
    expect(viewport.getAttribute("transform")).toBe(svg.__zoom!.toString());
    bag.dispose();
  });
});

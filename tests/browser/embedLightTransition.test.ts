import { type BaseType, select } from "d3-selection";
import { type ZoomTransform, zoom } from "d3-zoom";
import { afterEach, describe, expect, it, vi } from "vitest";
// After d3-zoom (which imports d3-transition), so the stand-in's selection methods win, as in
// the script-tag build where it replaces d3-transition.
import { interrupt, LightTransition, transition } from "../../src/build/lightTransition";

const added: Element[] = [];
afterEach(() => {
  for (const node of added.splice(0)) node.remove();
});

function svg(): SVGSVGElement {
  const node = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  node.setAttribute("width", "400");
  node.setAttribute("height", "200");
  document.body.append(node);
  added.push(node);
  return node;
}

const frames = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("lightTransition (the script-tag build's d3-transition)", () => {
  it("d3-zoom's double-click zoom animates through transition() and ends at twice the scale", async () => {
    const node = svg();
    const other = select(svg()) as unknown as { transition(): unknown };
    expect(other.transition()).toBeInstanceOf(LightTransition);
    const seen: number[] = [];
    let ended = 0;
    const behavior = zoom<SVGSVGElement, unknown>()
      .on("zoom", (event: { transform: ZoomTransform }) => seen.push(event.transform.k))
      .on("end", () => ended++);
    select(node).call(behavior);
    const box = node.getBoundingClientRect();
    node.dispatchEvent(
      new MouseEvent("dblclick", {
        bubbles: true,
        clientX: box.left + 200,
        clientY: box.top + 100,
        view: window,
      }),
    );
    // The zoom's 250 ms transition ends however long a loaded machine takes to paint its frames.
    await vi.waitFor(() => expect(ended).toBe(1), { timeout: 10_000, interval: 20 });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBeCloseTo(2, 6);
    expect(seen.some((k) => k > 1 && k < 2)).toBe(true);
    expect(ended).toBe(1);
  });

  it("interrupt(node) stops a running transition and calls its interrupt listeners, not end", async () => {
    const node = svg();
    const steps: number[] = [];
    const events: string[] = [];
    // Long enough that a loaded machine's late frames cannot finish it before the interrupt.
    transition(select<BaseType, unknown>(node))
      .duration(60_000)
      .on("start.test", () => events.push("start"))
      .on("interrupt.test end.test", function (this: Element) {
        events.push(this === node ? "stopped" : "wrong node");
      })
      .on("end.other", () => events.push("end"))
      .tween("test", () => (t) => steps.push(t));
    // Interrupted once it is running (a fixed wait found it not yet started under load).
    await vi.waitFor(() => expect(steps.length).toBeGreaterThan(0), {
      timeout: 10_000,
      interval: 10,
    });
    interrupt(node);
    const count = steps.length;
    await frames(200);
    expect(events).toEqual(["start", "stopped"]);
    expect(steps.length).toBe(count);
    expect(steps.at(-1)).toBeLessThan(1);
  });

  it("interrupt(node) before the first frame cancels the transition without events", async () => {
    const node = svg();
    const events: string[] = [];
    transition(select<BaseType, unknown>(node)).on("start interrupt end", () =>
      events.push("event"),
    );
    interrupt(node);
    await frames(100);
    expect(events).toEqual([]);
  });
});

// Issue 13's low findings that only a browser shows: element.data from JSON.parse, and a
// presentation whose fullscreen request the browser refuses.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createPresentation,
  type Presentation,
} from "../../src/components/presentation/createPresentation";
import "../../src/entries/embed";
import type { JointlineElement, JointlineLoadDetail } from "../../src/embed/JointlineElement";
import { defaultDataset } from "../scenarios/timelineScenarios";

const added: Element[] = [];
let show: Presentation | undefined;

afterEach(() => {
  show?.destroy();
  show = undefined;
  for (const node of added.splice(0)) node.remove();
});

function mount(html: string): JointlineElement {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  document.body.append(holder);
  added.push(holder);
  return holder.firstElementChild as JointlineElement;
}

describe("element.data = JSON.parse(text)", () => {
  it("element.data = a raw JSON value (no defaults filled in) validates it and draws the chart", async () => {
    const element = mount("<jointline-network></jointline-network>");
    await element.ready;
    // What a page gets from JSON.parse: no countries, figures, tags or relations lists.
    element.data = JSON.parse(
      JSON.stringify({
        title: "Raw",
        sources: [{ id: "s1", publisher: "P", title: "T" }],
        actors: [
          { id: "a", name: "A", kind: "agency" },
          { id: "b", name: "B", kind: "agency" },
        ],
        events: [
          {
            id: "e1",
            kind: "operation",
            title: "Op",
            when: "2020",
            sources: ["s1"],
            actors: [{ actor: "a" }, { actor: "b" }],
          },
        ],
      }),
    );
    await element.ready;
    expect(element.shadowRoot!.querySelector(".jl-issues")).toBeNull();
    expect(element.shadowRoot!.querySelectorAll(".jl-network-node").length).toBe(2);
    expect(element.data?.events[0]?.countries).toEqual([]);
  });

  it("element.data = an invalid value shows the report and dispatches jointline-error", async () => {
    const element = mount("<jointline-timeline></jointline-timeline>");
    await element.ready;
    let detail: JointlineLoadDetail | undefined;
    element.addEventListener("jointline-error", (e) => (detail = (e as CustomEvent).detail), {
      once: true,
    });
    element.data = JSON.parse(
      '{"title":"Bad","events":[{"id":"e1","kind":"operation","title":"X","when":"2025-13","sources":["nope"]}]}',
    );
    await element.ready;
    const report = element.shadowRoot!.querySelector(".jl-issues")?.textContent ?? "";
    expect(report).toContain("2025-13");
    expect(detail?.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["invalid_date", "unknown_source"]),
    );
    element.data = defaultDataset;
    await element.ready;
    expect(element.shadowRoot!.querySelector(".jl-issues")).toBeNull();
  });
});

describe("presentation fullscreen refused", () => {
  it("createPresentation: a refused fullscreen hides the button and leaves no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener("unhandledrejection", onUnhandled);
    const container = document.createElement("div");
    document.body.append(container);
    added.push(container);
    show = createPresentation(container, defaultDataset, {});
    show.element.requestFullscreen = () =>
      Promise.reject(new TypeError("Permissions check failed"));
    const button = [...show.element.querySelectorAll("button")].find(
      (b) => b.textContent === "Fullscreen",
    )!;
    expect(button.hidden).toBe(false);
    button.click();
    // Hidden once the refused request's promise settles: waited for, not slept on.
    await vi.waitFor(() => expect(button.hidden).toBe(true));
    await expect(show.fullscreen()).rejects.toThrow("Permissions check failed");
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener("unhandledrejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });
});

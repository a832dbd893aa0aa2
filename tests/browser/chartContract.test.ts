/**
 * One test of the chart contract (components/shared/chart.ts, docs/charts.md) run against every
 * chart: the same method names, and the same behaviour of setData, select, highlight, focus and
 * destroy. A chart joins the contract by being listed in `charts`.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import text from "../../data/csam-operations.json?raw";
import { createDashboard } from "../../src/components/link/createDashboard";
import { createNetwork } from "../../src/components/network/createNetwork";
import { createPresentation } from "../../src/components/presentation/createPresentation";
import { type Chart, type ChartData, chartMethods } from "../../src/components/shared/chart";
import { createTimeline } from "../../src/components/timeline/createTimeline";
import { createTrend } from "../../src/components/trend/createTrend";
import { readCsv } from "../../src/io/readCsv";
import { readJson } from "../../src/io/readJson";
import type { Dataset } from "../../src/model";

type Create = (container: HTMLElement, data: ChartData) => Chart<object, unknown>;

const charts: Record<string, Create> = {
  timeline: (c, d) => createTimeline(c, d),
  network: (c, d) => createNetwork(c, d, { duration: 0 }),
  trend: (c, d) => createTrend(c, d),
  presentation: (c, d) => createPresentation(c, d),
  dashboard: (c, d) => createDashboard(c, d, { delay: 0 }),
};

const dataset = readJson(text).data as Dataset;
// A reader's result with errors: a CSV row with an impossible date and an unknown kind.
const broken = readCsv("id,kind,title,when,sources\nop1,raid,Test,2025-13-45,s1\n");
const firstEvent = dataset.events[0]!.id;

/**
 * Every listener added while `run` runs and not removed by the end, on a target that is still in
 * the page (window, document, a media query list, a connected node), and every ResizeObserver
 * still observing: what a chart would leak after `destroy`. Listeners on nodes the chart removed
 * go with those nodes.
 */
function listenersLeftBy(run: () => void): string[] {
  const added = new Map<string, { target: EventTarget; type: string }>();
  const listenerIds = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (listener: unknown) => {
    if (!listener || (typeof listener !== "object" && typeof listener !== "function")) return -1;
    if (!listenerIds.has(listener)) listenerIds.set(listener, ++nextId);
    return listenerIds.get(listener)!;
  };
  const targets: EventTarget[] = [];
  const targetId = (target: EventTarget) => {
    let i = targets.indexOf(target);
    if (i < 0) i = targets.push(target) - 1;
    return i;
  };
  const capture = (options: unknown) =>
    typeof options === "boolean" ? options : Boolean((options as { capture?: boolean })?.capture);
  const key = (target: EventTarget, type: string, listener: unknown, options: unknown) =>
    `${targetId(target)}|${type}|${idOf(listener)}|${capture(options)}`;
  const observing = new Set<ResizeObserver>();
  const observe = ResizeObserver.prototype.observe;
  const disconnect = ResizeObserver.prototype.disconnect;
  ResizeObserver.prototype.observe = function (this: ResizeObserver, ...args) {
    observing.add(this);
    return observe.apply(this, args);
  };
  ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
    observing.delete(this);
    return disconnect.call(this);
  };
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    added.set(key(this, type, listener, options), { target: this, type });
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    added.delete(key(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };
  try {
    run();
  } finally {
    proto.addEventListener = add;
    proto.removeEventListener = remove;
    ResizeObserver.prototype.observe = observe;
    ResizeObserver.prototype.disconnect = disconnect;
  }
  const inPage = (target: EventTarget) => !(target instanceof Node) || target.isConnected;
  return [...added.values()]
    .filter(({ target }) => inPage(target))
    .map(({ target, type }) => `${(target as Element).localName ?? String(target)}: ${type}`)
    .concat([...observing].map(() => "a ResizeObserver still observing"));
}

let container: HTMLElement;
let chart: Chart<object, unknown> | undefined;
beforeEach(() => {
  container = document.createElement("div");
  container.style.width = "900px";
  document.body.append(container);
});
afterEach(() => {
  chart?.destroy();
  chart = undefined;
  container.remove();
});

describe.each(Object.entries(charts))("the chart contract: %s", (name, create) => {
  it(`create ${name}(container, dataset) returns element and ${chartMethods.join(", ")}`, () => {
    chart = create(container, dataset);
    for (const method of chartMethods) expect(typeof chart[method], method).toBe("function");
    expect(container.contains(chart.element)).toBe(true);
    expect("value" in chart.element).toBe(true);
    expect(chart.element.value).toBeNull();
  });

  it(`${name}.setData(result with errors) shows the error report; setData(dataset) the chart again`, () => {
    expect(broken.issues.some((i) => i.severity === "error")).toBe(true);
    chart = create(container, dataset);
    expect(container.querySelector(".jl-issues")).toBeNull();
    expect(container.querySelector("svg")).not.toBeNull();
    chart.setData(broken);
    const report = container.querySelector(".jl-issues");
    expect(report?.getAttribute("role")).toBe("alert");
    expect(report?.textContent).toContain("row 2");
    chart.setData(dataset);
    expect(container.querySelector(".jl-issues")).toBeNull();
    expect(container.querySelector("svg")).not.toBeNull();
  });

  it(`create ${name}(container, result with errors) shows the error report, not a blank`, () => {
    chart = create(container, broken);
    expect(container.querySelector(".jl-issues[role=alert]")).not.toBeNull();
    chart.setData({ data: dataset, issues: [] });
    expect(container.querySelector(".jl-issues")).toBeNull();
  });

  it(`${name}.select, highlight and focus take unknown ids without throwing`, () => {
    chart = create(container, dataset);
    const c = chart;
    expect(() => c.select("no-such-id")).not.toThrow();
    expect(c.element.value).toBeNull();
    expect(() => c.highlight(["no-such-id"])).not.toThrow();
    expect(() => c.highlight(null)).not.toThrow();
    expect(() => c.focus("no-such-id")).not.toThrow();
    expect(() => c.select(null)).not.toThrow();
    expect(c.element.value).toBeNull();
  });

  it(`${name}.update({}) keeps the chart; update with an undefined option does not break it`, () => {
    chart = create(container, dataset);
    const c = chart;
    const before = container.querySelectorAll("svg").length;
    expect(() => c.update({})).not.toThrow();
    expect(() => c.update({ theme: undefined } as object)).not.toThrow();
    expect(container.querySelectorAll("svg").length).toBe(before);
  });

  it(`${name}.destroy() leaves the container empty and no listener in the page`, () => {
    const left = listenersLeftBy(() => {
      const c = create(container, dataset);
      c.select(firstEvent);
      c.highlight([firstEvent]);
      c.destroy();
    });
    expect(container.childNodes.length).toBe(0);
    expect(left).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { resolveChrome } from "../../src/components/shared/chrome/resolveChrome";
import { sourcesOf } from "../../src/components/shared/chrome/sourceLine";
import { filterEvents } from "../../src/derive/filterEvents";
import { viewChromeContent } from "../../src/views/viewChrome";
import { loadDefaultDataset } from "../derive/helpers";

describe("viewChromeContent", () => {
  const dataset = loadDefaultDataset();

  it("names the sources of the events in the attributes' window only", () => {
    const window: [number, number] = [Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1)];
    const inWindow = filterEvents(dataset, { start: window[0], end: window[1] });
    expect(inWindow.length).toBeGreaterThan(0);
    expect(inWindow.length).toBeLessThan(dataset.events.length);
    const expected = resolveChrome(dataset, {}, sourcesOf(dataset, inWindow), {}).sourceLine;
    const line = viewChromeContent(dataset, { chrome: {}, window }).sourceLine;
    expect(line).toBe(expected);
    expect(line).not.toBe(viewChromeContent(dataset, { chrome: {} }).sourceLine);
  });
});

import { describe, expect, it } from "vitest";
import { optionChanges } from "../../../src/components/timeline/optionChanges";
import {
  resolveTimelineOptions,
  type TimelineOptions,
} from "../../../src/components/timeline/options";

const change = (before: TimelineOptions, after: TimelineOptions) =>
  optionChanges(resolveTimelineOptions(before), resolveTimelineOptions(after));

describe("optionChanges", () => {
  it("nothing changed: a frame, and no option named", () => {
    expect(change({}, {})).toEqual({ rebuild: "frame", changed: [] });
  });

  it("theme, thresholds, eras, annotations, maxHeight, selection: only a frame", () => {
    expect(change({}, { theme: "dark" })).toEqual({ rebuild: "frame", changed: ["theme"] });
    expect(change({}, { maxHeight: 300, canvasThreshold: 10 }).rebuild).toBe("frame");
    expect(change({ eras: true }, { eras: false }).rebuild).toBe("frame");
  });

  it("lanes, locale, colour, row height, scale: new channels, whatever else changed", () => {
    expect(change({}, { lanes: "country" })).toEqual({ rebuild: "channels", changed: ["lanes"] });
    expect(change({}, { locale: "fr", theme: "dark" }).rebuild).toBe("channels");
    expect(change({ rowHeight: 26 }, { rowHeight: 40 }).rebuild).toBe("channels");
  });

  it("anything else (the chrome's options): the chart is built again with its channels", () => {
    const { rebuild, changed } = change({}, { fontSize: 20 });
    expect(rebuild).toBe("build");
    expect(changed).toContain("fontSize");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterEvents } from "../../src/derive/filterEvents";
import { eventsInTimeWindow } from "../../src/derive/inTimeWindow";
import { eventsArb, loadDefaultDataset } from "./helpers";

const day = 86_400_000;

describe("eventsInTimeWindow", () => {
  const dataset = loadDefaultDataset();

  it("keeps what filterEvents keeps for the same window, on generated events", () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2029, 0, 1) }),
        fc.integer({ min: 0, max: 10 * 365 * day }),
        fc.constantFrom("both", "start", "end"),
        (events, start, length, sides) => {
          const given = { ...dataset, events };
          const from = sides === "end" ? undefined : start;
          const to = sides === "start" ? undefined : start + length;
          expect(eventsInTimeWindow(given, from, to)).toEqual(
            filterEvents(given, {
              ...(from === undefined ? {} : { start: from }),
              ...(to === undefined ? {} : { end: to }),
            }),
          );
        },
      ),
    );
  });

  it("keeps what filterEvents keeps on the default dataset", () => {
    for (const year of [2008, 2014, 2024]) {
      const start = Date.UTC(year, 0, 1);
      const end = Date.UTC(year + 1, 0, 1);
      const kept = eventsInTimeWindow(dataset, start, end);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept).toEqual(filterEvents(dataset, { start, end }));
    }
  });
});

import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/readCsv";
import { readTimelineJs } from "../../src/io/readTimelineJs";
import { writeCsv } from "../../src/io/writeCsv";

const sources = [{ id: "s1", publisher: "Europol", title: "Press release" }];

describe("the short label column (Event.label)", () => {
  it("readCsv(text) reads a label column, and a 'Short title' header as it", () => {
    for (const header of ["label", "Short title"]) {
      const { data, issues } = readCsv(
        `id,kind,title,${header},when,sources\nop1,operation,Operation Rescue: forum dismantled,Rescue,2011,s1\n`,
        { dataset: { title: "t", sources } },
      );
      expect(issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(data!.events[0]!.label).toBe("Rescue");
    }
  });

  it("writeCsv(dataset) writes the label and readCsv reads it back", () => {
    const { data } = readCsv(
      "id,kind,title,label,when,sources\nop1,operation,Operation Rescue: forum dismantled,Rescue,2011,s1\nop2,operation,Operation Delego,,2011,s1\n",
      { dataset: { title: "t", sources } },
    );
    const again = readCsv(writeCsv(data!));
    expect(again.data!.events.map((e) => e.label)).toEqual(["Rescue", undefined]);
  });

  it("readTimelineJs(sheet) fills label from a short-title column without a warning about it", () => {
    const sheet =
      "Year,Month,Day,Headline,Short Title,Text,Group\n2023,4,4,Genesis Market: marketplace taken down,Genesis Market,Seized.,operations\n2024,,,Task force on extortion,,Ongoing.,operations\n";
    const { data, issues } = readTimelineJs(sheet);
    expect(data!.events.map((e) => e.label)).toEqual(["Genesis Market", undefined]);
    expect(data!.events[0]!.title).toBe("Genesis Market: marketplace taken down");
    expect(issues.filter((i) => i.code === "unknown_column")).toEqual([]);
    expect(data!.events[0]!.extra?.["Short Title"]).toBeUndefined();
  });
});

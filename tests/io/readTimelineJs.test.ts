import { readFileSync } from "node:fs";
import { csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { readTimelineJs, timelineJsImportSourceId } from "../../src/io/readTimelineJs";

const sheetText = readFileSync(
  new URL("../../data/original/csam-operations.timelinejs.csv", import.meta.url),
  "utf8",
);
const original = JSON.parse(
  readFileSync(new URL("../../data/original/csam-operations.json", import.meta.url), "utf8"),
) as {
  title: string;
  sources: { url: string | null }[];
  events: {
    title: string;
    summary: string;
    group: string;
    date: { on?: string; start?: string; end?: string; label?: string };
  }[];
};

const header =
  "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

describe("readTimelineJs(text) on the default dataset's TimelineJS sheet", () => {
  const { data, issues } = readTimelineJs(sheetText);
  const rows = csvParseRows(sheetText).slice(1);
  const titleRows = rows.filter((row) => row[15] === "title");

  it("readTimelineJs(sheet) imports every data row but the title slide as an event, without errors", () => {
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(titleRows).toHaveLength(1);
    expect(rows).toHaveLength(34);
    expect(data!.events).toHaveLength(rows.length - titleRows.length);
    expect(data!.events.map((event) => event.title)).toEqual(
      original.events.map((event) => event.title),
    );
  });

  it("readTimelineJs(sheet) takes the title slide as the dataset's title and description", () => {
    expect(data!.title).toBe(original.title);
    expect(data!.description).toMatch(/^Publicly reported international cooperation/);
    expect(data!.description).not.toMatch(/<p>/);
  });

  it("readTimelineJs(sheet) keeps dates with their real precision and the Display Date as dateLabel", () => {
    const byTitle = new Map(data!.events.map((event) => [event.title, event]));
    const rescue = byTitle.get("Operation Rescue: online forum network dismantled")!;
    expect(rescue.when).toBe("2008/2011-03-16");
    expect(rescue.dateLabel).toBe("c. 2008 – 16 March 2011 (results announced)");
    expect(byTitle.get("Operation Delego: 'Dreamboard' bulletin board dismantled")!.when).toBe(
      "2009-12/2011-08-03",
    );
    original.events.forEach((event, i) => {
      const imported = data!.events[i]!;
      const expected = event.date.on ?? `${event.date.start}/${event.date.end}`;
      expect(imported.when).toBe(expected);
      expect(imported.group).toBe(event.group);
    });
  });

  it("readTimelineJs(sheet) keeps the figures written in the text in the summary, as plain text", () => {
    const rescue = data!.events[1]!;
    expect(rescue.summary).toContain(
      "Reported figures: suspects identified: 670 [s02]; arrests: 184 [s02]",
    );
    expect(rescue.summary).toContain("forum members: up to 70,000 [s06]");
    expect(rescue.figures).toEqual([]);
    data!.events.forEach((event, i) => {
      expect(event.summary).toContain(original.events[i]!.summary);
      expect(event.summary).not.toMatch(/<[a-z/]/i);
    });
  });

  it("readTimelineJs(sheet) makes every http(s) link a cited source and every event cite the import", () => {
    const urls = new Set(
      original.sources.map((source) => source.url).filter((url) => url !== null),
    );
    const imported = data!.sources.filter((source) => source.url !== undefined);
    expect(new Set(imported.map((source) => source.url))).toEqual(urls);
    expect(data!.sources[0]).toMatchObject({
      id: timelineJsImportSourceId,
      publisher: "Imported TimelineJS sheet",
    });
    expect(data!.sources[0]!.url).toBeUndefined();
    for (const event of data!.events) {
      expect(event.sources[0]).toBe(timelineJsImportSourceId);
      expect(event.sources.length).toBeGreaterThan(1);
    }
    const rescue = data!.events[1]!;
    const europol = data!.sources.find((source) => source.id === rescue.sources[1]);
    expect(europol).toMatchObject({
      publisher: "Europol",
      url: "https://www.europol.europa.eu/activities-services/europol-in-action/operations/operation-rescue",
    });
    const warning = issues.find((issue) => issue.code === "no_cited_source");
    expect(warning?.severity).toBe("warning");
  });

  it("readTimelineJs(sheet) maps Groups to kinds: legal milestones with their stage, sentencing as an enforcement action", () => {
    const kinds = new Map(data!.events.map((event) => [event.title, event]));
    expect(kinds.get("Lanzarote Convention enters into force")).toMatchObject({
      kind: "legislation",
      stage: "in_force",
    });
    expect(kinds.get("US REPORT Act signed into law")).toMatchObject({
      kind: "legislation",
      stage: "signed",
    });
    const sentenced = data!.events.find((event) => event.group === "Arrests & sentencing");
    expect(sentenced).toMatchObject({ kind: "arrest", action: "sentence" });
    expect(
      data!.events
        .filter((event) => event.group === "Operations")
        .every((event) => event.kind === "operation"),
    ).toBe(true);
  });
});

describe("readTimelineJs(text) mapping", () => {
  it("readTimelineJs(sheet) gives Year → 2014, Year+Month → 2014-03, and a span with End Year", () => {
    const text = `${header}
2014,,,,,,,,,A,<p>a</p>,,,,,,,
2014,3,,,,,,,,B,<p>b</p>,,,,,,,
2014,3,5,,2015,,,,,C,<p>c</p>,,,,,,,
-500,,,,,,,,,D,<p>d</p>,,,,,,,`;
    const { data } = readTimelineJs(text);
    expect(data!.events.map((event) => event.when)).toEqual([
      "2014",
      "2014-03",
      "2014-03-05/2015",
      // TimelineJS's -500 is 500 BCE, i.e. astronomical year -499.
      "-0499",
    ]);
  });

  it("readTimelineJs(sheet) keeps fields without a home in extra, with one warning per field", () => {
    const text = `${header},Notes
2014,3,,10:30,,,,,,A,<p>a</p>,https://img.example.org/a.jpg,"<a href=""https://photo.example.org"">Agency</a>",<em>A caption</em>,https://img.example.org/t.jpg,,Ops,#ff0000,my note
2015,,,,,,,,,B,<p>b</p>,https://www.youtube.com/watch?v=x,Someone,,,,Ops,,
2016,,,,,,,,,C,<p>c</p>,https://www.youtube.com/watch?v=y,,,,,Ops,,`;
    const { data, issues } = readTimelineJs(text);
    // An image becomes the event's media; a video stays in extra, credit and all.
    expect(data!.events[0]!.extra).toEqual({
      Time: "10:30",
      Background: "#ff0000",
      Notes: "my note",
    });
    expect(data!.events[0]!.media).toEqual({
      url: "https://img.example.org/a.jpg",
      alt: "A caption",
      credit: "Agency (https://photo.example.org)",
      caption: "A caption",
      thumbnail: "https://img.example.org/t.jpg",
    });
    expect(data!.events[1]!.media).toBeUndefined();
    expect(data!.events[1]!.extra).toEqual({
      Media: "https://www.youtube.com/watch?v=x",
      "Media Credit": "Someone",
    });
    const kept = issues.filter((issue) => issue.code === "kept_in_extra");
    expect(kept.map((issue) => issue.column)).toEqual([
      "Time",
      "Background",
      "Notes",
      "Media",
      "Media Credit",
    ]);
    expect(kept.find((issue) => issue.column === "Media")!.message).toContain("2 events");
    expect(issues.find((issue) => issue.code === "unknown_column")?.column).toBe("Notes");
  });

  it("readTimelineJs(sheet) reads an image without alt text or caption, describing it by the headline with a warning", () => {
    const text = `${header}
2015,,,,,,,,,Server seized,<p>b</p>,https://img.example.org/b.PNG?w=600,,,"data:image/png;base64,AA",,Ops,`;
    const { data, issues } = readTimelineJs(text);
    expect(data!.events[0]!.media).toEqual({
      url: "https://img.example.org/b.PNG?w=600",
      alt: "Image: Server seized",
    });
    // A thumbnail that is not an http(s) image is not shown, but not lost either.
    expect(data!.events[0]!.extra).toEqual({ "Media Thumbnail": "data:image/png;base64,AA" });
    expect(issues.find((i) => i.code === "missing_alt")).toMatchObject({
      severity: "warning",
      row: 2,
      column: "Alt Text",
    });
  });

  it("readTimelineJs(sheet) reads era rows as eras, their links as the era's sources", () => {
    const text = `${header}
,,,,,,,,,My timeline,<p>Intro</p>,,,,,title,,
2021,8,2,,2026,4,3,,,Interim regulation in force,"<p>See <a href=""https://eur-lex.europa.eu/x"">EUR-Lex</a></p>",,,,,era,,
2022,,,,,,,,,Event,<p>e</p>,,,,,,,`;
    const { data } = readTimelineJs(text);
    expect(data!.eras).toEqual([
      {
        id: "era-interim-regulation-in-force",
        label: "Interim regulation in force",
        when: "2021-08-02/2026-04-03",
        sources: ["eur-lex-europa-eu"],
      },
    ]);
    expect(data!.notes?.["timelinejs.era.era-interim-regulation-in-force.text"]).toBe(
      "See EUR-Lex",
    );
    expect(data!.events).toHaveLength(1);
  });

  it("readTimelineJs(sheet, { kindFromGroup }) overrides the built-in rule", () => {
    const text = `${header}
2014,,,,,,,,,Raid on a server,<p>a</p>,,,,,,Raids,
2015,,,,,,,,,Something,<p>b</p>,,,,,,Other,`;
    const { data } = readTimelineJs(text, { kindFromGroup: { raids: "arrest" } });
    expect(data!.events.map((event) => event.kind)).toEqual(["arrest", "operation"]);
  });

  it("readTimelineJs(json) reads the JSON format, told apart by content", () => {
    const json = JSON.stringify({
      title: {
        text: { headline: "JSON timeline", text: "<p>Intro &amp; more</p>" },
        media: { url: "https://img.example.org/t.jpg" },
      },
      events: [
        {
          start_date: { year: "2019", month: "10", day: "16", hour: "9", minute: "5" },
          end_date: { year: 2020 },
          text: {
            headline: "Welcome to Video",
            text: '<p>Server seized. <a href="https://www.justice.gov/x">DOJ</a></p>',
          },
          media: { url: "https://img.example.org/a.jpg", caption: "Cap", credit: "Cred" },
          group: "Operations",
          display_date: "16 October 2019",
          background: { color: "#000" },
          unique_id: "wtv-2019",
        },
      ],
      eras: [
        { start_date: { year: 2018 }, end_date: { year: 2019 }, text: { headline: "Era one" } },
      ],
      scale: "human",
    });
    const { data, issues } = readTimelineJs(`  ${json}`);
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(data!.title).toBe("JSON timeline");
    expect(data!.description).toBe("Intro & more");
    expect(data!.events[0]).toMatchObject({
      id: "wtv-2019",
      title: "Welcome to Video",
      when: "2019-10-16/2020",
      dateLabel: "16 October 2019",
      group: "Operations",
      summary: "Server seized. DOJ",
      sources: [timelineJsImportSourceId, "justice-gov"],
      extra: { Time: "09:05", Background: "#000" },
      media: { url: "https://img.example.org/a.jpg", alt: "Cap", credit: "Cred", caption: "Cap" },
    });
    expect(data!.eras.map((era) => era.when)).toEqual(["2018/2019"]);
    expect(data!.notes).toMatchObject({
      "timelinejs.scale": "human",
      "timelinejs.title.Media": "https://img.example.org/t.jpg",
    });
  });

  it("readTimelineJs(text) accounts for every row: an event, the title, an era or an error naming it", () => {
    const text = `${header}
,,,,,,,,,T,<p>t</p>,,,,,title,,
2014,,,,,,,,,Good,<p>a</p>,,,,,,,
,,,,,,,,,No date,<p>b</p>,,,,,,,
2014,2,30,,,,,,,Bad day,<p>c</p>,,,,,,,
2016,,,,,,,,,Also good,<p>d</p>,,,,,,,

`;
    const { data, issues } = readTimelineJs(text);
    expect(data).toBeUndefined();
    const errors = issues.filter((issue) => issue.severity === "error");
    expect(errors.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["missing_date", 4, "Year"],
      ["invalid_date", 5, "Day"],
    ]);
  });

  it("readTimelineJs(text) does not mutate or depend on a BOM and CRLF line ends", () => {
    const { data, issues } = readTimelineJs(`\ufeff${sheetText.replace(/\n/g, "\r\n")}`);
    expect(issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(data!.events).toHaveLength(33);
  });
});

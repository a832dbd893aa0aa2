// A synthetic sheet for the builder's test and bench: a fictional series of takedowns of
// fictional dark-web drug markets, by fictional agencies, cited to example.org. Every name and
// number here is invented for testing and describes nothing real.

const header = [
  "id",
  "kind",
  "title",
  "when",
  "actors",
  "countries",
  "figures",
  "sources",
  "summary",
  "action",
  "tags",
];

const events: string[][] = [
  [
    "op-nightjar",
    "operation",
    "Operation Nightjar (fictional)",
    "2019-03/2019-11",
    "fpa:lead; cbo:coordinator",
    "DE; NL",
    "arrests=14@s1",
    "s1",
    "A fictional operation against the fictional Nightjar market.",
    "",
    "darknet",
  ],
  [
    "nightjar-seizure",
    "arrest",
    "Nightjar servers seized (fictional)",
    "2019-11-04",
    "fpa:lead",
    "DE",
    "",
    "s1",
    "",
    "seizure",
    "darknet",
  ],
  [
    "op-kestrel",
    "operation",
    "Operation Kestrel (fictional)",
    "2020-02/2020-09",
    "npu:lead; cbo:coordinator",
    "NL; BE",
    "arrests=9@s2",
    "s2",
    "",
    "",
    "darknet",
  ],
  [
    "kestrel-arrests",
    "arrest",
    "Kestrel vendors arrested (fictional)",
    "2020-09-15",
    "npu:lead",
    "UK",
    "arrests=6@s2",
    "s2",
    "",
    "arrest",
    "",
  ],
  [
    "op-plover",
    "operation",
    "Operation Plover (fictional)",
    "2021-Q1",
    "fpa:participant; cbo:coordinator",
    "FR; ES",
    "",
    "s3",
    "",
    "",
    "darknet",
  ],
  [
    "plover-takedown",
    "arrest",
    "Plover market taken down (fictional)",
    "2021-03-30",
    "cbo:coordinator",
    "FR",
    "sites_taken_down=1@s3",
    "s3",
    "Sales of <100 g lots ended.",
    "takedown",
    "",
  ],
  [
    "op-wren",
    "operation",
    "Operation Wren (fictional)",
    "2021-06/2022-01",
    "npu:lead",
    "NL",
    "arrests=at least 20@s4",
    "s4",
    "",
    "",
    "",
  ],
  [
    "wren-charges",
    "arrest",
    "Wren administrators charged (fictional)",
    "2022-01-20",
    "npu:lead",
    "NL",
    "",
    "s4",
    "",
    "charge",
    "",
  ],
  [
    "op-heron",
    "operation",
    "Operation Heron (fictional)",
    "2022-04/2022-10",
    "fpa:lead; npu:participant",
    "DE; AT",
    "arrests=11@s5",
    "s5",
    "",
    "",
    "darknet",
  ],
  [
    "heron-seizure",
    "arrest",
    "Heron wallets seized (fictional)",
    "2022-13-04",
    "fpa:lead",
    "AT",
    "",
    "s5",
    "",
    "seizure",
    "",
  ],
  [
    "op-swift",
    "operation",
    "Operation Swift (fictional)",
    "2023-02/2023-08",
    "cbo:coordinator; fpa:participant",
    "DE; PL",
    "arrests=17@s6",
    "s6",
    "",
    "",
    "darknet",
  ],
  [
    "swift-convictions",
    "arrest",
    "Swift vendors convicted (fictional)",
    "2023-11-09",
    "fpa:lead",
    "PL",
    "",
    "s6",
    "",
    "conviction",
    "",
  ],
  [
    "op-lark",
    "operation",
    "Operation Lark (fictional)",
    "2024-01/..",
    "npu:lead; cbo:coordinator",
    "NL; DE",
    "",
    "s7",
    "",
    "",
    "darknet",
  ],
  [
    "lark-arrests",
    "arrest",
    "Lark couriers arrested (fictional)",
    "2024-05-02",
    "npu:lead",
    "NL",
    "arrests=4@s7",
    "s7",
    "",
    "arrest",
    "",
  ],
  [
    "lark-extradition",
    "arrest",
    "Lark suspect extradited (fictional)",
    "2024-09",
    "fpa:support; npu:lead",
    "DE",
    "",
    "s7",
    "",
    "extradition",
    "",
  ],
];

const sources = [
  ["id", "publisher", "title", "url", "published", "kind"],
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => [
    `s${n}`,
    "Example Press Office (fictional)",
    `Fictional press release ${n}`,
    `https://example.org/press/${n}`,
    "",
    "press_release",
  ]),
];
const actors = [
  ["id", "name", "shortName", "kind", "country"],
  ["fpa", "Fictional Police Agency", "FPA", "agency", "DE"],
  ["npu", "Northern Police Unit (fictional)", "NPU", "agency", "NL"],
  ["cbo", "Cross-Border Office (fictional)", "CBO", "intergovernmental", ""],
];

/** The events of the sample sheet, each a row of cells under {@link sampleHeader}. */
export const sampleHeader: readonly string[] = header;
export const sampleEvents: readonly (readonly string[])[] = events;

/**
 * The sheet as a spreadsheet copies it: tab-separated, the events first, then the sources and
 * actors sections. Two cells are wrong on purpose: "UK" in row 4's countries (the code is GB) and
 * the month 13 in row 10's date.
 */
export function sampleSheetTsv(rows: readonly (readonly string[])[] = events): string {
  const lines = [header, ...rows, [], ["#sources"], ...sources, [], ["#actors"], ...actors];
  return `${lines.map((cells) => cells.join("\t")).join("\n")}\n`;
}

/**
 * A sheet of `n` synthetic events (the sample's rows repeated with new ids and days), for the
 * 1,000-row bench.
 */
export function largeSheetTsv(n: number): string {
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const base = events[i % events.length]!;
    const year = 2010 + (i % 15);
    const month = String(1 + (i % 12)).padStart(2, "0");
    const day = String(1 + (i % 28)).padStart(2, "0");
    rows.push([
      `ev-${i}`,
      "arrest",
      `Synthetic event ${i}`,
      `${year}-${month}-${day}`,
      "fpa:lead",
      "DE",
      "",
      base[7]!,
      "",
      "arrest",
      "",
    ]);
  }
  return sampleSheetTsv(rows);
}

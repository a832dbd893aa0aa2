import { readFileSync, writeFileSync } from "node:fs";
import { rasterizeSvg } from "../src/node";
for (const n of ["timeline-synthetic", "network-synthetic", "trend-default-suspects-by-kind"]) {
  const png = await rasterizeSvg(readFileSync(`tests/snapshots/output/${n}.svg`, "utf8"), {});
  writeFileSync(`/tmp/h14-${n}.png`, png);
}

// Which source file each stretch of a built bundle comes from, read from its source map: what
// `npm run size -- --why` weighs and what scripts/coreCoverage.ts finds never run.

/** Groups a source file by package (node_modules) or by src/ folder (one level below src). */
function group(source: string, byFile: boolean): string {
  if (byFile) return source.replace(/^(\.\.\/)+/, "").replace(/^.*node_modules\//, "");
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inModules) return inModules[1]!;
  const inSrc = /src\/([^/]+(?:\/[^/.]+(?=\/))?)/.exec(source);
  return inSrc ? `src/${inSrc[1]}` : source;
}

/**
 * Splits generated code by the source each stretch maps to (base64 VLQ source-map mappings):
 * the stretches in order, each with its group (package or src/ folder, or the file with
 * `byFile`). Every character of `generated` is in exactly one stretch, in order, and a newline
 * follows each line (one past the end after the last).
 * @example attribute(code, JSON.parse(readFileSync(`${file}.map`, "utf8")), true)[0]; // ["(unmapped)", "var jointline="]
 */
export function attribute(
  generated: string,
  map: { sources: string[]; mappings: string },
  byFile = false,
): [string, string][] {
  const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lines = generated.split("\n");
  const out: [string, string][] = [];
  let source = 0;
  map.mappings.split(";").forEach((line, lineIndex) => {
    const text = lines[lineIndex] ?? "";
    let column = 0;
    const segments: [number, number][] = [];
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length > 1) source += values[1]!;
      segments.push([column, source]);
    }
    // Text before a line's first mapping (and each line's newline) belongs to no source.
    if ((segments[0]?.[0] ?? text.length) > 0)
      out.push(["(unmapped)", text.slice(0, segments[0]?.[0] ?? text.length)]);
    segments.forEach(([start, from], i) => {
      const end = segments[i + 1]?.[0] ?? text.length;
      out.push([group(map.sources[from] ?? "?", byFile), text.slice(start, end)]);
    });
    out.push(["(unmapped)", "\n"]);
  });
  return out;
}

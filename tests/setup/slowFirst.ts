/**
 * vitest's file order (`sequence.sequencer` in vite.config.ts): as vitest's own, except that on a
 * run with no durations cached (a fresh clone, CI) the files measured as their stage's longest
 * start first in their project, not by file size. On a fresh clone `xss.components.test.ts` (48 s
 * in a loaded run, a 3 KB file) started 124 s into the browser stage and ran alone for its last
 * 35 s while the other pages had ended (docs/testing.md, eighth round). With durations cached
 * (a second run in one checkout) vitest already runs the longest first, and this changes nothing.
 * The list only orders files: a file missing from it runs where vitest puts it.
 */
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Longest first, per stage, from the loaded fresh-clone runs of docs/testing.md. */
export const slowFiles = [
  // browser
  "tests/browser/xss.components.test.ts",
  "tests/browser/timeline.test.ts",
  "tests/browser/embed.test.ts",
  "tests/browser/presentationRoom.test.ts",
  "tests/browser/keyboard.test.ts",
  "tests/browser/odd.test.ts",
  "tests/browser/xss.test.ts",
  // node
  "tests/io/readers.fuzz.test.ts",
  "tests/security/cliAndServerSvg.test.ts",
  "tests/model/acceptDatasetFast.test.ts",
  "tests/model/acceptEventFast.test.ts",
  "tests/security/timeZones.test.ts",
  // bundle
  "tests/embed/builder.test.ts",
  "tests/embed/examples.test.ts",
  "tests/embed/examplesIframe.test.ts",
  "tests/security/builtEmbed.test.ts",
  "tests/embed/parts.test.ts",
];

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const rank = (spec: TestSpecification) => {
      const at = slowFiles.indexOf(relative(this.ctx.config.root, spec.moduleId));
      return at < 0 ? slowFiles.length : at;
    };
    // vitest's order keeps each project's files together (and projects in group order): the
    // listed files move to the front of their project's run, in the list's order.
    const out: TestSpecification[] = [];
    let run: TestSpecification[] = [];
    const flush = () => {
      out.push(
        ...run
          .map((spec, i) => ({ spec, i }))
          .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
          .map((x) => x.spec),
      );
      run = [];
    };
    for (const spec of sorted) {
      if (run.length > 0 && run[0]!.project !== spec.project) flush();
      run.push(spec);
    }
    flush();
    return out;
  }
}

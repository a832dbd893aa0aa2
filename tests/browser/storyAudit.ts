/**
 * axe-core over every story in Chromium, independently of the stories' own checks: each
 * `stories/*.stories.ts` is imported, its stories composed with their project annotations, run
 * (render, play function, the meta's hooks) and audited. A new story joins by existing.
 *
 * The story files are audited in two halves, one per test file (`a11y.test.ts`,
 * `a11y.more.test.ts`), so that the browser project's two pages share the work: in one file
 * the audits were the project's longest file (454 s at a load of 20, the rest of the project
 * 750 s of files over two pages).
 */
// @ts-expect-error: the renderer's preview entry ships without type declarations.
import * as htmlRenderer from "@storybook/html/entry-preview";
import axe from "axe-core";
import { composeConfigs, composeStories } from "storybook/preview-api";
import { afterAll, describe, expect, it } from "vitest";
import preview from "../../.storybook/preview";

// @storybook/html has no composeStories of its own: storybook's generic one, given the
// renderer's annotations (how a story renders into a canvas) and the project's preview.
const projectAnnotations = composeConfigs([htmlRenderer, preview]);

const modules = import.meta.glob<Record<string, unknown>>("../../stories/*.stories.ts");

/** The story files, by name; half `h` of them is every other one from the `h`-th. */
const files = Object.keys(modules).sort();

/** What this test uses of a composed story. */
interface ComposedStory {
  run(context: { canvasElement: HTMLElement }): Promise<void>;
}

/**
 * Declares one test per story of half `half` (0 or 1) of the story files.
 * @example await auditStories(0);
 */
export async function auditStories(half: 0 | 1): Promise<void> {
  const mine = files.filter((_, i) => i % 2 === half);
  const loaded = await Promise.all(
    mine.map(async (path) => [path, await modules[path]!()] as const),
  );
  const audited: string[] = [];

  afterAll(() =>
    console.log(
      `[a11y] half ${half + 1} of 2: ${audited.length} stories audited by axe-core with zero violations`,
    ),
  );

  describe(`axe-core on every story (half ${half + 1} of 2 of the story files)`, () => {
    it("finds the stories", () => {
      expect(files.length).toBeGreaterThanOrEqual(5);
      expect(mine.length).toBeGreaterThanOrEqual(2);
    });

    for (const [path, module] of loaded) {
      const file = path.split("/").at(-1)!;
      const stories = composeStories(
        module as Parameters<typeof composeStories>[0],
        projectAnnotations as Parameters<typeof composeStories>[1],
      );
      for (const [name, story] of Object.entries(stories) as [string, ComposedStory][]) {
        it(`${file} › ${name} has no axe violations`, async () => {
          const canvasElement = document.createElement("div");
          document.body.append(canvasElement);
          try {
            await story.run({ canvasElement });
            const result = await axe.run(canvasElement, { resultTypes: ["violations"] });
            const violations = result.violations.map(
              (v) =>
                `${v.id} (${v.impact}): ${v.nodes
                  .map((n) => n.target.join(" "))
                  .slice(0, 3)
                  .join(" | ")}`,
            );
            expect(violations).toEqual([]);
            audited.push(`${file} › ${name}`);
          } finally {
            canvasElement.remove();
          }
        }, 60_000);
      }
    }
  });
}

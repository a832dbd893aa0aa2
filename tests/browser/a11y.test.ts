/**
 * axe-core over every story in Chromium, independently of the stories' own checks: each
 * `stories/*.stories.ts` is imported, its stories composed with their project annotations, run
 * (render, play function, the meta's hooks) and audited. A new story joins by existing.
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

const modules = import.meta.glob<Record<string, unknown>>("../../stories/*.stories.ts", {
  eager: true,
});
const audited: string[] = [];

/** What this test uses of a composed story. */
interface ComposedStory {
  run(context: { canvasElement: HTMLElement }): Promise<void>;
}

afterAll(() =>
  console.log(`[a11y] ${audited.length} stories audited by axe-core with zero violations`),
);

describe("axe-core on every story", () => {
  it("finds the stories", () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(5);
  });

  for (const [path, module] of Object.entries(modules)) {
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

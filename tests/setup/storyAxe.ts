/**
 * Set-up of the `storybook` project: axe-core audits every story right after its play function,
 * in the same run, on the story's own canvas — every story of `stories/*.stories.ts`, zero
 * violations allowed. A new story is audited by existing.
 *
 * The audits used to be two files of the `browser` project (a11y.test.ts, a11y.more.test.ts)
 * that composed and ran every story a second time (render, play function, hooks) only to audit
 * it: 72 s of CPU, about as much as the whole storybook project (docs/testing.md, sixth round).
 * Here the story is drawn and played once, and the audit is a project-level `afterEach`
 * annotation: Storybook runs it after the play function has finished and animations are paused
 * (storybook/preview-api's runStory), with the story's context, so the audit sees what the
 * play function left — as the old files' audit did.
 *
 * A story test whose audit did not run fails too (the vitest `afterEach` below), so that a
 * change in how Storybook composes stories cannot turn the audits off without anyone noticing.
 */
import axe from "axe-core";
import type { StoryContext } from "storybook/internal/types";
import { setProjectAnnotations } from "storybook/preview-api";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

/** The stories audited in this file, and whether the current test's story was. */
const audited: string[] = [];
let auditedCurrent = false;

/** axe-core over a story's canvas, once its play function has finished. */
async function auditWithAxe(context: StoryContext): Promise<void> {
  const result = await axe.run(context.canvasElement as HTMLElement, {
    resultTypes: ["violations"],
  });
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
  expect(violations, `axe-core on the story ${context.id}`).toEqual([]);
  audited.push(context.id);
  auditedCurrent = true;
}

/** Marks the audit among the annotations' hooks, so that it joins them once. */
const marker = Symbol.for("jointline.storyAxe");

// @storybook/addon-vitest's set-up files set the preview's annotations (composed with
// Storybook's core) as globalProjectAnnotations when they are imported, after this file: the
// audit joins them before the file's stories run.
beforeAll(() => {
  const current = globalThis.globalProjectAnnotations ?? {};
  const hooks = (current as { afterEach?: unknown[] }).afterEach ?? [];
  if (hooks.some((hook) => (hook as { [marker]?: true })[marker])) return;
  const audit = Object.assign(auditWithAxe, { [marker]: true as const });
  setProjectAnnotations([current, { afterEach: audit }]);
});

afterEach(({ task }) => {
  const ran = auditedCurrent;
  auditedCurrent = false;
  // Only a story that ran to its end is audited; one that failed before has its own error.
  if (task.result?.state === "fail") return;
  expect(ran, `axe-core did not audit the story of "${task.name}"`).toBe(true);
});

afterAll(() =>
  console.log(`[a11y] ${audited.length} stories audited by axe-core with zero violations`),
);

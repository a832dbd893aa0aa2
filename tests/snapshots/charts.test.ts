/**
 * SVG snapshots of every chart the Node renderer draws (jointline/node's renderSvgInNode), for
 * the scenarios in tests/scenarios/chartScenarios.ts: a change to what is drawn shows in review
 * as a change to tests/snapshots/output/<name>.svg. On a mismatch the test writes
 * <name>-changed.svg beside the reference (git ignores it): open both, and if the change is
 * intended, replace the reference with it (CONTRIBUTING.md).
 *
 * Also run under three other time zones (the `time` project): the same file must come out.
 */
import { describe, it } from "vitest";
import { renderSvgInNode } from "../../src/node";
import { chartScenarios } from "../scenarios/chartScenarios";
import { expectSnapshot } from "./expectSnapshot";
import { normalizeSvg } from "./normalizeSvg";

describe("SVG snapshots", { timeout: 60_000 }, () => {
  it.each(chartScenarios.map((s) => [s.name, s] as const))(
    "renderSvgInNode(dataset, options) draws %s as in tests/snapshots/output",
    (name, scenario) => {
      expectSnapshot(name, normalizeSvg(renderSvgInNode(scenario.dataset, scenario.render)));
    },
  );
});

/**
 * Every component, behind one signature, for the tests that treat them alike (odd data, leaks,
 * keyboard). A component joins these tests by being listed here.
 */
import { createDashboard } from "../../src/components/link/createDashboard";
import { createNetwork } from "../../src/components/network/createNetwork";
import { createPresentation } from "../../src/components/presentation/createPresentation";
import { createTimeline } from "../../src/components/timeline/createTimeline";
import { createTrend } from "../../src/components/trend/createTrend";
import type { Dataset } from "../../src/model";

/** What the tests need of a component handle. */
export interface AnyHandle {
  readonly element: HTMLElement;
  destroy(): void;
}

/** Creates a component in `container`; options turn off animation where there is any. */
export type Create = (container: HTMLElement, data: Dataset) => AnyHandle;

/** The components, by name. */
export const components: Record<string, Create> = {
  timeline: (c, d) => createTimeline(c, d, { duration: 0 } as never),
  network: (c, d) => createNetwork(c, d, { duration: 0 } as never),
  trend: (c, d) => createTrend(c, d),
  dashboard: (c, d) => createDashboard(c, d),
  presentation: (c, d) => createPresentation(c, d),
};

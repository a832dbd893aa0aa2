// The bundle project's one Chromium and one vite server (tests/setup/bundleBrowser.ts, its
// globalSetup), for its test files. Scripts outside vitest launch their own through
// ./chromiumHarness.ts (launchChromium, startServer).
import { chromium } from "playwright-core";
import { inject } from "vitest";
import { withPageBudget } from "./chromiumHarness";

/**
 * The project's Chromium, connected to: the file's contexts are its own, and `close()` closes them
 * and disconnects (the browser stays up for the other files). Pages get {@link withPageBudget}'s
 * bound. A connection is remote to Playwright: a download is read with `saveAs` or
 * `createReadStream`, never `path()` (see `downloadedBytes` in ./chromiumHarness.ts).
 */
export async function connectChromium() {
  return withPageBudget(await chromium.connect(inject("chromiumEndpoint")));
}

/** The origin of the project's vite server over the repository (no trailing slash). */
export const sharedServerUrl = (): string => inject("devServerUrl");

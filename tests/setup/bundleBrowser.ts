/**
 * Global set-up of the `bundle` project (vite.config.ts), after the script-tag build: one
 * Chromium (a Playwright browser server) and one vite server over the repository for all six
 * files, closed when the project has run. Each file used to launch its own Chromium (~1–1.4 s of
 * CPU each) and three of them their own vite server, whose transforms of the same modules were
 * then done once per file. The files reach both through tests/embed/sharedBrowser.ts
 * (`connectChromium`, `sharedServerUrl`); what a file opens (contexts, pages, routes) is its own
 * and ends when it disconnects.
 */
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium";
import { startServer } from "../embed/chromiumHarness";

declare module "vitest" {
  export interface ProvidedContext {
    /** The Playwright endpoint of the bundle project's Chromium (`chromium.connect`). */
    chromiumEndpoint: string;
    /** The origin of the bundle project's vite server over the repository, no trailing slash. */
    devServerUrl: string;
  }
}

export default async function bundleBrowser(project: TestProject): Promise<() => Promise<void>> {
  const browser = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  const { server, url } = await startServer();
  project.provide("chromiumEndpoint", browser.wsEndpoint());
  project.provide("devServerUrl", url);
  return async () => {
    await server.close();
    await browser.close();
  };
}

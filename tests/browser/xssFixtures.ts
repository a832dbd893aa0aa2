/**
 * The datasets and container bookkeeping shared by the XSS test files (xss.test.ts,
 * xss.components.test.ts): the hostile dataset, its harmless twin and the unvalidated hostile
 * URLs, and a `mount` whose containers and cleanups go after each test.
 */
import { afterEach } from "vitest";
import { readJson } from "../../src/io/readJson";
import type { Dataset, DatasetInput } from "../../src/model";
import { hostileDataset, withHostileUrls } from "../data/hostile/hostileDataset";
import { type Payload, textPayloads, urlPayloads } from "../data/hostile/payloads";

/** The hostile dataset, validated by readJson as a page would load it. */
export const hostile = readJson(JSON.stringify(hostileDataset())).data as Dataset;
/** The same shape with harmless text, to learn which tags and attributes a chart makes itself. */
const benignPayloads: Payload[] = textPayloads.map((p) => ({ ...p, text: `Text ${p.id}` }));
export const benign = readJson(JSON.stringify(hostileDataset(benignPayloads))).data as Dataset;
/**
 * Hostile URLs skip validation: an ESM user can hand a component any object, so components must
 * not trust that links were checked.
 */
export const hostileUrls = withHostileUrls(
  hostileDataset() as DatasetInput & Dataset,
  urlPayloads,
) as unknown as Dataset;

/**
 * Registers an afterEach that runs the cleanups and removes the containers, and returns `mount`
 * (a container of the given width in the page) and the cleanup list. Call once per test file.
 */
export function useContainers(): {
  mount: (width?: number) => HTMLElement;
  cleanups: (() => void)[];
} {
  const containers: HTMLElement[] = [];
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    for (const container of containers.splice(0)) container.remove();
  });
  const mount = (width = 900): HTMLElement => {
    const container = document.createElement("div");
    container.style.width = `${width}px`;
    document.body.append(container);
    containers.push(container);
    return container;
  };
  return { mount, cleanups };
}

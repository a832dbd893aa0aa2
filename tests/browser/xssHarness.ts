/**
 * The page-level hooks of the XSS tests: a global `__xss(id)` that every payload calls if it
 * runs, a CSP-violation listener, and DOM checks that walk into shadow roots.
 */
import { expect } from "vitest";
import { isHttpUrl } from "../../src/model/httpUrl";

declare global {
  interface Window {
    __xss?: (id: unknown) => void;
  }
}

/** Ids of payloads that executed, and CSP violations seen, since {@link installXssHooks}. */
export const executed: unknown[] = [];
export const violations: string[] = [];

/** Defines `window.__xss` and listens for CSP violations, on this page and any frame given. */
export function installXssHooks(target: Window = window): void {
  target.__xss = (id) => executed.push(id);
  target.document.addEventListener("securitypolicyviolation", (event) =>
    violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
  );
}

/** Every element under `root`, including those inside open shadow roots. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of Array.from(node.querySelectorAll("*"))) {
      out.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** All the text under `root`, shadow roots included (each root's textContent, concatenated). */
export function allText(root: Element): string {
  const parts = [root.textContent ?? ""];
  for (const element of allElements(root)) {
    if (element.shadowRoot) parts.push(allText(element.shadowRoot as unknown as Element));
  }
  return parts.join("\n");
}

/** What the markup under `root` is made of: tag names and attribute names. */
export function markupShape(root: ParentNode): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const element of allElements(root)) {
    tags.add(element.localName);
    for (const attribute of Array.from(element.attributes)) attributes.add(attribute.name);
  }
  return { tags, attributes };
}

/**
 * What must never be under a chart: event-handler attributes, links or resources that are not
 * http(s), elements that can run or embed content (an event's own image, as renderMedia makes
 * it, excepted). Returns one line per problem.
 */
export function dangerousMarkup(root: ParentNode): string[] {
  const problems: string[] = [];
  const forbidden = new Set([
    "script",
    "iframe",
    "object",
    "embed",
    "frame",
    "base",
    "meta",
    "form",
    "foreignobject",
    "animate",
    "set",
    "use",
    "image",
    "img",
  ]);
  // An event's image (renderMedia): an <img> in jointline's own figure, lazy, sending no
  // referrer, with an http(s) src and nothing but these attributes. Any other <img> is a problem.
  const imageAttributes = new Set([
    "loading",
    "decoding",
    "referrerpolicy",
    "alt",
    "width",
    "height",
    "src",
  ]);
  const isOwnImage = (element: Element) =>
    element.localName === "img" &&
    element.parentElement?.localName === "figure" &&
    element.parentElement.classList.contains("jl-media") &&
    element.getAttribute("loading") === "lazy" &&
    element.getAttribute("referrerpolicy") === "no-referrer" &&
    isHttpUrl(element.getAttribute("src") ?? "") &&
    Array.from(element.attributes).every((a) => imageAttributes.has(a.name));
  for (const element of allElements(root)) {
    const tag = element.localName.toLowerCase();
    if (isOwnImage(element)) continue;
    if (forbidden.has(tag)) problems.push(`<${tag}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`${name} on <${tag}>`);
      if (["href", "xlink:href", "src", "action", "formaction", "srcdoc", "data"].includes(name)) {
        const isLinkHref = tag === "a" && (name === "href" || name === "xlink:href");
        // The chart's own skip link points at its own end marker ("#jl-tl-2-end"): an id the
        // chart made, not data.
        const isOwnSkipLink = isLinkHref && /^#jl-[a-z]+-\d+-end$/.test(attribute.value);
        if (!isOwnSkipLink && (!isLinkHref || !isHttpUrl(attribute.value)))
          problems.push(`${name}="${attribute.value.slice(0, 60)}" on <${tag}>`);
      }
      if (name === "style" && /url\s*\(|expression|javascript:/i.test(attribute.value))
        problems.push(`style="${attribute.value.slice(0, 60)}" on <${tag}>`);
    }
  }
  return problems;
}

/** Waits for error and load handlers (an `<img src=x onerror>` fails asynchronously) to fire. */
export async function settle(ms = 250): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  // Charts build hidden tables and summaries when the page is idle after the first paint.
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
}

/** Asserts nothing ran, nothing dangerous was made, and no new kind of markup appeared. */
export async function expectInert(root: Element, baseline?: ReturnType<typeof markupShape>) {
  await settle();
  expect(executed).toEqual([]);
  expect(violations).toEqual([]);
  expect(dangerousMarkup(root)).toEqual([]);
  if (baseline) {
    const shape = markupShape(root);
    expect([...shape.tags].filter((t) => !baseline.tags.has(t))).toEqual([]);
    // `data-screen-only` marks the timeline's sticky axis copy, drawn only when the lanes scroll:
    // the hostile data's longer texts make the presentation's lanes scroll where the quiet data's
    // do not. It is jointline's own marker (removed from exports), not markup from the data.
    const ownLayoutMarkers = new Set(["data-screen-only"]);
    expect(
      [...shape.attributes].filter((a) => !baseline.attributes.has(a) && !ownLayoutMarkers.has(a)),
    ).toEqual([]);
  }
}

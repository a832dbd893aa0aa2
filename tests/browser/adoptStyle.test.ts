// adoptStyle/adoptTheme in a real browser: constructed stylesheets, adopted once however many
// charts use them, removed with the last release; a `<style>` only where sheets cannot be
// constructed. (A Content-Security-Policy without 'unsafe-inline' allows the first, not the second.)
import { afterEach, describe, expect, it } from "vitest";
import { adoptStyle, adoptTheme, canAdoptStyles } from "../../src/components/shared/theme";

const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
});

function shadowRoot(): ShadowRoot {
  const host = document.createElement("div");
  hosts.push(host);
  document.body.append(host);
  return host.attachShadow({ mode: "open" });
}

describe("adoptStyle", () => {
  it("adopts one constructed sheet per name and target, removed with the last release", () => {
    const root = shadowRoot();
    expect(canAdoptStyles(root)).toBe(true);
    const first = adoptStyle(root, "probe", ".probe { color: rgb(1, 2, 3); }");
    const second = adoptStyle(root, "probe", ".probe { color: rgb(1, 2, 3); }");
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.querySelectorAll("style")).toHaveLength(0);
    const probe = document.createElement("span");
    probe.className = "probe";
    root.append(probe);
    expect(getComputedStyle(probe).color).toBe("rgb(1, 2, 3)");
    first();
    first(); // a second call of the same release changes nothing
    expect(root.adoptedStyleSheets).toHaveLength(1);
    second();
    expect(root.adoptedStyleSheets).toHaveLength(0);
    expect(getComputedStyle(probe).color).not.toBe("rgb(1, 2, 3)");
  });

  it("keeps the page's own adopted sheets and other targets apart", () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
    const root = shadowRoot();
    const releaseDocument = adoptTheme(document);
    const releaseRoot = adoptTheme(root);
    expect(document.adoptedStyleSheets).toContain(own);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    releaseDocument();
    expect(document.adoptedStyleSheets).toEqual([own]);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    releaseRoot();
    expect(root.adoptedStyleSheets).toHaveLength(0);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== own);
  });

  it("falls back to a <style> element where sheets cannot be constructed", () => {
    const root = shadowRoot();
    const replaceSync = Object.getOwnPropertyDescriptor(CSSStyleSheet.prototype, "replaceSync");
    Reflect.deleteProperty(CSSStyleSheet.prototype, "replaceSync");
    try {
      expect(canAdoptStyles(root)).toBe(false);
      const release = adoptStyle(root, "probe", ".probe { color: rgb(1, 2, 3); }");
      expect(root.querySelectorAll('style[data-jointline="probe"]')).toHaveLength(1);
      expect(root.adoptedStyleSheets).toHaveLength(0);
      release();
      expect(root.querySelectorAll("style")).toHaveLength(0);
    } finally {
      if (replaceSync) Object.defineProperty(CSSStyleSheet.prototype, "replaceSync", replaceSync);
    }
  });
});

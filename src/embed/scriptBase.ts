/**
 * The folder the script-tag bundle was loaded from (`…/dist/` of `…/dist/jointline.iife.js`),
 * read while the script runs — `document.currentScript` is set only then. Undefined in the ESM
 * build (module scripts have no current script) and outside a browser. Files that ship beside
 * the script (`jointline.css`) are resolved from here, so a page on any host, behind a CDN path
 * or opened from `file://` finds them.
 *
 * @example
 * const href = scriptBase ? new URL("jointline.css", scriptBase).href : undefined;
 */
export const scriptBase: string | undefined = (() => {
  const script = typeof document === "undefined" ? null : document.currentScript;
  const src = script && "src" in script ? String(script.src) : "";
  if (!src) return undefined;
  try {
    return new URL(".", src).href;
  } catch {
    return undefined;
  }
})();

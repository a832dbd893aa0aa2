/** The `<script>` element running the script-tag bundle, read while it runs (null after, and in ESM). */
const script: HTMLScriptElement | null =
  typeof document !== "undefined" && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript
    : null;

/**
 * The folder the script-tag bundle was loaded from (`…/dist/` of `…/dist/jointline.iife.js`),
 * read while the script runs — `document.currentScript` is set only then. Undefined in the ESM
 * build (module scripts have no current script) and outside a browser. Files that ship beside
 * the script (`jointline.css`, the parts `jointline.network.js`…) are resolved from here, so a
 * page on any host, behind a CDN path or opened from `file://` finds them.
 *
 * @example
 * const href = scriptBase ? new URL("jointline.css", scriptBase).href : undefined;
 */
export const scriptBase: string | undefined = (() => {
  const src = script?.src ?? "";
  if (!src) return undefined;
  try {
    return new URL(".", src).href;
  } catch {
    return undefined;
  }
})();

/** The full URL of the script-tag bundle ("" when unknown), for the iframe page beside it. */
export const scriptUrl: string = script?.src ?? "";

/**
 * The script tag's `nonce`, given to the part scripts it adds, so that a page whose
 * Content-Security-Policy allows scripts by nonce allows the parts too.
 */
export const scriptNonce: string = script?.nonce ?? "";

/**
 * The parts the page asks for up front: `<script src="jointline.iife.js" data-parts="network
 * trend">` (space- or comma-separated names; `all` for every part).
 * @example scriptPreload // ["network", "trend"]
 */
export const scriptPreload: readonly string[] = (script?.getAttribute("data-parts") ?? "")
  .split(/[\s,]+/)
  .filter(Boolean);

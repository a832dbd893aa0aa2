import { type PartInfo, PartLoadError, type PartName } from "./parts";
import { scriptBase, scriptNonce } from "./scriptBase";

/**
 * Loads a part of the script-tag build as a classic `<script>` from the folder of
 * `jointline.iife.js` (so that it works from `file://`, from any host and behind a CDN path,
 * where module scripts or fetch would not). Resolves once the script has run; rejects with a
 * {@link PartLoadError} naming the file and its address when it cannot be loaded (404, offline,
 * blocked by a Content-Security-Policy).
 * @example await loadPartScript("network", partManifest.network);
 */
export function loadPartScript(
  name: PartName,
  info: PartInfo,
  base: string | undefined = scriptBase,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!base || typeof document === "undefined") {
      reject(
        new PartLoadError(
          name,
          "an unknown folder",
          "the address of jointline.iife.js is not known (was it loaded by a <script src>?)",
        ),
      );
      return;
    }
    const url = new URL(info.file, base).href;
    const script = document.createElement("script");
    script.src = url;
    if (scriptNonce) script.nonce = scriptNonce;
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () =>
      reject(
        new PartLoadError(name, url, "missing, offline, or blocked by the page's security policy"),
      ),
    );
    document.head.append(script);
  });
}

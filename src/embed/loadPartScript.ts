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
      reject(new PartLoadError(name, "part.unknownFolder", "part.unknownAddress"));
      return;
    }
    const url = new URL(info.file, base).href;
    const script = document.createElement("script");
    script.src = url;
    if (scriptNonce) script.nonce = scriptNonce;
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new PartLoadError(name, url, "part.blocked")));
    document.head.append(script);
  });
}

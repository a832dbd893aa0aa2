import { type PartInfo, PartLoadError, type PartName } from "./parts";
import { scriptBase, scriptNonce } from "./scriptBase";

/**
 * Adds a classic `<script src=url>` (with the script tag's nonce) and resolves once it has run;
 * rejects with `false` when it cannot be loaded (404, offline, blocked by a policy). For the
 * locale parts; loadPartScript below does the same for the other parts, with its report.
 */
function addScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    if (scriptNonce) script.nonce = scriptNonce;
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(false));
    document.head.append(script);
  });
}

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

/**
 * The file of a locale's part in the script-tag build, beside `jointline.iife.js`.
 * @example localePartFile("pt-BR"); // "jointline.locale-pt-BR.js"
 */
export function localePartFile(tag: string): string {
  return "jointline.locale-TAG.js".replace("TAG", tag);
}

/**
 * The script-tag build's locale loader (`setLocaleLoader`): the locale's part,
 * `jointline.locale-<tag>.js` beside `jointline.iife.js`, as a classic script that registers
 * its date words and messages when it runs (src/entries/locale.ts). Resolves to undefined (the
 * part registered itself); rejects when the file cannot be loaded, which `loadLocale` turns
 * into English and a console warning.
 * @example setLocaleLoader(loadLocaleScript);
 */
export async function loadLocaleScript(
  tag: string,
  base: string | undefined = scriptBase,
): Promise<undefined> {
  if (!base || typeof document === "undefined")
    throw new Error(`the address of jointline.iife.js is not known: no ${localePartFile(tag)}`);
  const url = new URL(localePartFile(tag), base).href;
  await addScript(url).catch(() => {
    throw new Error(`could not load ${url}`);
  });
  return undefined;
}

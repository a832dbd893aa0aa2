import { translatedLocales } from "../i18n/translatedLocales";
import { type PartInfo, PartLoadError, type PartName, partManifest, requestedParts } from "./parts";
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
 * its date words and core messages when it runs (scripts/scriptParts.ts `localeBundles`; each
 * part's words in the locale come with the part, `loadPartWords`). Resolves to undefined (the
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
  // A part that registers from now on brings its words in this locale too (loadPartWords).
  if (translatedLocales.includes(tag)) localesAsked.add(tag);
  await addScript(url).catch(() => {
    localesAsked.delete(tag);
    throw new Error(`could not load ${url}`);
  });
  if (localesAsked.has(tag))
    await Promise.all(
      requestedParts()
        .filter((part) => hasWords(part))
        .map((part) => loadWords(tag, part, base)),
    );
  return undefined;
}

/** The translated locales asked for on this page: their parts' words load with each part. */
const localesAsked = new Set<string>();
const wordsLoading = new Map<string, Promise<void>>();
const hasWords = (part: PartName) => (partManifest[part] as { words?: boolean }).words === true;

/**
 * The file of a part's words in a translated locale, beside `jointline.iife.js`.
 * @example partWordsFile("fr", "network"); // "jointline.locale-fr.network.js"
 */
export function partWordsFile(tag: string, part: PartName): string {
  return `${localePartFile(tag).slice(0, -".js".length)}.${part}.js`;
}

/** Loads one part's words in one locale, once; where it cannot load they stay in English. */
function loadWords(tag: string, part: PartName, base: string): Promise<void> {
  const file = partWordsFile(tag, part);
  let pending = wordsLoading.get(file);
  if (!pending) {
    pending = addScript(new URL(file, base).href).catch(() => {
      wordsLoading.delete(file);
      console.warn(`jointline: ${file} did not load; those words are shown in English.`);
    });
    wordsLoading.set(file, pending);
  }
  return pending;
}

/**
 * After a part has run: its words in every translated locale the page asked for
 * (`jointline.locale-<tag>.<part>.js`, for the parts marked `words` in the manifest). Never
 * rejects: words that cannot load leave English, as a locale that cannot load does.
 * @example await loadPartWords("network");
 */
export async function loadPartWords(
  part: PartName,
  base: string | undefined = scriptBase,
): Promise<void> {
  if (!base || !hasWords(part)) return;
  await Promise.all([...localesAsked].map((tag) => loadWords(tag, part, base)));
}

// The code a journalist pastes into an article: the script-tag embed (one <script> and one
// <jointline-*> element, the data inline or at a URL) and the iframe embed (the library's own
// embedCode). The builder itself is not part of the bundle the snippet loads.
import { type Dataset, writeJson } from "../../src/index.ts";
import { type BuilderOptions, embedAttributes } from "./builderOptions.ts";
import { embedCode } from "./readers.ts";

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * JSON safe inside `<script type="application/json">`: every `<` written `\u003c`, so no text in
 * the data (`</script>`, `<!--`) can end the script element early. `<` only occurs inside JSON
 * strings, where `\u003c` reads back as the same character.
 * @example inlineJson(dataset) // {"title":"a \u003c/script> b",…}
 */
export function inlineJson(dataset: Dataset): string {
  return writeJson(dataset).replace(/</g, "\\u003c");
}

/** Where the snippet takes its data from. */
export type SnippetData = { inline: Dataset } | { url: string };

/**
 * The script-tag embed code for a chart: the element with the options as attributes and the
 * data inline (a `<script type="application/json">` child) or as `src`, then the script.
 * @example scriptEmbedCode("https://example.org/jointline.iife.js", options, { inline: dataset })
 */
export function scriptEmbedCode(
  scriptUrl: string,
  options: BuilderOptions,
  data: SnippetData,
): string {
  const tag = `jointline-${options.view}`;
  const attributes = embedAttributes(options);
  if ("url" in data) attributes.unshift(["src", data.url]);
  const attributeText = attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join("");
  const body =
    "inline" in data
      ? `\n  <script type="application/json">${inlineJson(data.inline)}</script>\n`
      : "";
  // The script comes after the element: the element reads its inline data when it is defined,
  // and a script before it would define it before the parser has added the data.
  return `<${tag}${attributeText}>${body}</${tag}>\n<script src="${escapeAttribute(scriptUrl)}"></script>\n`;
}

/**
 * The iframe embed code, or the reason there is none: an iframe needs the embed page and the
 * data at absolute http(s) addresses (embedCode refuses anything else).
 */
export function iframeEmbedCode(
  page: string,
  dataUrl: string,
  options: BuilderOptions,
  title: string,
): { code: string } | { reason: string } {
  if (dataUrl.trim() === "") {
    return {
      reason:
        "An iframe loads its data from an address: publish the dataset (Download JSON) and give its address above.",
    };
  }
  try {
    const params: Record<string, string> = { view: options.view, src: dataUrl.trim() };
    for (const [name, value] of embedAttributes(options)) params[name] = value;
    const height = Number.parseFloat(options.height);
    return {
      code: embedCode({
        page,
        params,
        title: title || "Chart",
        ...(Number.isFinite(height) && height > 0 ? { height } : {}),
      }),
    };
  } catch (error) {
    return {
      reason: `${(error as Error).message} Give the address where embed.html is published (this page is ${location.protocol === "file:" ? "opened from a file" : "not on http(s)"}).`,
    };
  }
}

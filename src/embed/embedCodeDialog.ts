import { el } from "../components/shared/el";
import { t } from "../i18n/catalog";
import { isHttpUrl } from "../model/isHttpUrl";
import { type EmbedAttributes, embedAttributeNames } from "../views/embedAttributes";
import { embedCode } from "./embedCode";
import { tEmbedCode } from "./embedCodeMessages";

/** What {@link elementEmbedCode} needs to know about the element besides its attributes. */
export interface ElementEmbedContext {
  /** The element's view: `timeline`, `network`… */
  view: string;
  attributes: EmbedAttributes;
  /** The URL of the script that defined the elements ("" when unknown). */
  scriptUrl: string;
  /** The dataset's title, for the iframe's title when the element has none. */
  dataTitle?: string;
}

/**
 * The iframe page the embed code points at: the `embed-page` attribute when it is an http(s)
 * URL (a publisher's own page, possibly on a CDN), else `embed.html` beside the script. The
 * snippet is pasted into other pages, so `javascript:`, `data:` and other schemes never pass;
 * the iframe page itself only forwards a same-origin `embed-page` (see JointlineFrame).
 */
function embedPageUrl(base: string, context: ElementEmbedContext): string | undefined {
  const { embedPage } = context.attributes;
  const candidates = [
    ...(embedPage === undefined ? [] : [embedPage]),
    new URL("embed.html", context.scriptUrl || base).href,
  ];
  for (const candidate of candidates) {
    let href: string;
    try {
      href = new URL(candidate, base).href;
    } catch {
      continue;
    }
    if (isHttpUrl(href)) return href;
  }
  return undefined;
}

/**
 * The iframe embed code for a `<jointline-*>` element — its view, its attributes and its data URL
 * made absolute — or why there is none (inline data; a page or data not at an http(s) URL).
 * @example elementEmbedCode(element, { view: "timeline", attributes: element.configuration, scriptUrl: "" })
 */
export function elementEmbedCode(
  element: Element,
  context: ElementEmbedContext,
): string | { problem: string } {
  const { attributes } = context;
  if (attributes.src === undefined) {
    return { problem: tEmbedCode(attributes.locale, "embedCode.needsUrl") };
  }
  const base = element.ownerDocument.baseURI;
  const page = embedPageUrl(base, context);
  const src = new URL(attributes.src, base).href;
  if (page === undefined || !isHttpUrl(src)) {
    return { problem: tEmbedCode(attributes.locale, "embedCode.needsHttp") };
  }
  const params: Record<string, string | undefined> = { view: context.view };
  for (const name of embedAttributeNames) {
    if (name === "menu" || name === "embed-page") continue;
    const value = element.getAttribute(name);
    if (value !== null) params[name] = value;
  }
  params.src = src;
  return embedCode({
    page,
    params,
    title:
      attributes.title ?? context.dataTitle ?? tEmbedCode(attributes.locale, "embedCode.chart"),
    height: Math.ceil(element.getBoundingClientRect().height) || 480,
  });
}

/**
 * Shows the embed code (or why there is none) in a box above the chart's export menu, with
 * Copy and Close buttons; replaces a box already open.
 * @example showEmbedCodeDialog(root, elementEmbedCode(element, context));
 */
export function showEmbedCodeDialog(
  root: HTMLElement,
  built: string | { problem: string },
  locale?: string,
): void {
  const document = root.ownerDocument;
  root.querySelector(".jl-embed-code")?.remove();
  const box = el(document, "div", "jl-embed-code");
  if (typeof built !== "string") {
    box.append(el(document, "p", undefined, built.problem));
  } else {
    const code = built;
    const label = el(document, "label", undefined, tEmbedCode(locale, "embed.paste"));
    const area = el(document, "textarea");
    area.readOnly = true;
    area.value = code;
    label.append(area);
    const copy = el(document, "button", undefined, tEmbedCode(locale, "embed.copy"));
    copy.type = "button";
    copy.addEventListener("click", async () => {
      area.select();
      try {
        await navigator.clipboard.writeText(code);
        copy.textContent = tEmbedCode(locale, "embed.copied");
      } catch {
        copy.textContent = tEmbedCode(locale, "embed.pressCopy");
      }
    });
    box.append(label, copy);
  }
  const close = el(document, "button", undefined, t(locale, "chart.close"));
  close.type = "button";
  close.addEventListener("click", () => box.remove());
  box.append(close);
  root.querySelector(".jl-embed-bar")?.before(box);
  box.querySelector("textarea")?.focus();
}

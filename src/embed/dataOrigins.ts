import type { Issue } from "../model";
import { tFrame } from "./frameMessages";

/** `src` shortened for a message (a data: URL may be megabytes long). */
function shown(src: string): string {
  return src.length > 80 ? `${src.slice(0, 77)}…` : src;
}

/**
 * Why the URL `url` may not be charted under `allowedOrigins`, or undefined when it may: it must
 * be on the page's origin (`base`'s) or a listed one, over http(s) — or, on a `file://` page, a
 * file beside it.
 * @example dataOriginProblem(new URL("data:,{}"), "https://news.example/embed.html", []) // "data_url"
 */
export function dataOriginProblem(
  url: URL,
  base: string,
  allowedOrigins: readonly string[],
): "scheme" | "origin" | undefined {
  let page: URL | undefined;
  try {
    page = new URL(base);
  } catch {
    page = undefined;
  }
  if (url.protocol === "file:") return page?.protocol === "file:" ? undefined : "scheme";
  if (url.protocol !== "http:" && url.protocol !== "https:") return "scheme";
  if (url.username !== "" || url.password !== "") return "origin";
  if (page && url.origin === page.origin) return undefined;
  const listed = allowedOrigins.some((entry) => {
    if (entry === "*") return true;
    try {
      return new URL(entry).origin === url.origin;
    } catch {
      return false;
    }
  });
  return listed ? undefined : "origin";
}

/**
 * The `data_origin_refused` report of a `src` that the iframe page may not chart under
 * `allowedOrigins` (see {@link dataOriginProblem}), with where it came from as the report
 * names it; undefined when it may be charted.
 * @example dataOriginRefusal(new URL("data:,{}"), page, [], "data:,{}", "en")?.issue.code; // "data_origin_refused"
 */
export function dataOriginRefusal(
  url: URL,
  base: string,
  allowedOrigins: readonly string[],
  src: string,
  locale?: string,
): { origin: string; issue: Omit<Issue, "severity" | "path"> } | undefined {
  const problem = dataOriginProblem(url, base, allowedOrigins);
  if (problem === "scheme") {
    // Its text is not repeated: a data: URL is the data itself, which this page refuses to show.
    const scheme = { scheme: url.protocol };
    return {
      origin: tFrame(locale, "embed.schemeUrl", scheme),
      issue: {
        code: "data_origin_refused",
        message: tFrame(locale, "embed.schemeRefused", scheme),
        expected: tFrame(locale, "embed.schemeExpected"),
        found: tFrame(locale, "embed.schemeFound", { ...scheme, n: src.length }),
        hint: tFrame(locale, "embed.schemeHint"),
      },
    };
  }
  if (problem === "origin") {
    return {
      origin: shown(src),
      issue: {
        code: "data_origin_refused",
        message: tFrame(locale, "embed.originRefused", { origin: url.origin }),
        expected:
          url.protocol === "file:" || base.startsWith("file:")
            ? tFrame(locale, "embed.originExpectedFile")
            : tFrame(locale, "embed.originExpected", { origin: new URL(base).origin }),
        found: url.origin,
        hint: tFrame(locale, "embed.originHint", { origin: url.origin }),
      },
    };
  }
  return undefined;
}

import { roman } from "../time/roman.js";
import { formatCount } from "./formatCount.js";
/** The values a message's placeholders take: `{name}` is replaced, `{n, plural, …}` chooses. */
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();
const ordinalRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function plural(locale: string, ordinal: boolean): Intl.PluralRules {
  const cache = ordinal ? ordinalRules : pluralRules;
  let rules = cache.get(locale);
  if (!rules) {
    const type = ordinal ? "ordinal" : "cardinal";
    try {
      rules = new Intl.PluralRules(locale, { type });
    } catch {
      rules = new Intl.PluralRules("en", { type });
    }
    cache.set(locale, rules);
  }
  return rules;
}

/** A number in the locale, never rounded (`maximumFractionDigits: 20`). */
export function formatMessageNumber(value: number, locale: string): string {
  // English whole numbers without ICU (as formatNumber does): a page's first Intl.NumberFormat
  // costs 15–30 ms, and the first chart's toolbar and lane titles count things.
  if (
    (locale === "en" || locale === "en-US") &&
    Number.isSafeInteger(value) &&
    !Object.is(value, -0)
  )
    return formatCount(value);
  let format = numberFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    } catch {
      format = new Intl.NumberFormat("en", { maximumFractionDigits: 20 });
    }
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** The index of the `}` closing the `{` at `open`, counting nested braces; -1 when unclosed. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** `one {# event} other {# events}` → { one: "# event", other: "# events" }. */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const match = /\s*(=\d+|[a-z]+)\s*\{/y;
    match.lastIndex = i;
    const found = match.exec(body);
    if (!found) break;
    const open = match.lastIndex - 1;
    const end = closing(body, open);
    if (end < 0) break;
    branches.set(found[1]!, body.slice(open + 1, end));
    i = end + 1;
  }
  return branches;
}

/**
 * Fills an ICU-style message: `{name}` takes `params.name` (a number written in the locale),
 * `{n, plural, =0 {none} one {# event} other {# events}}` chooses a branch by `Intl.PluralRules`
 * of the locale (an exact `=n` first) and writes `#` as the number; `selectordinal` chooses by
 * the ordinal rules (`one {#st} two {#nd} few {#rd} other {#th}`); `{n, roman}` writes 21 as
 * "XXI". A placeholder without a
 * value is left as written, so a missing parameter shows rather than vanishes. Pass a year as a
 * string: a number is grouped in the locale ("2,024").
 *
 * @example
 * formatMessage("{n, plural, one {# event} other {# events}}", { n: 1200 }, "fr"); // "1 200 events"
 * formatMessage("Hello {name}", { name: "Europol" }); // "Hello Europol"
 */
export function formatMessage(message: string, params: MessageParams = {}, locale = "en"): string {
  let out = "";
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf("{", i);
    if (open < 0) {
      out += message.slice(i);
      break;
    }
    out += message.slice(i, open);
    const end = closing(message, open);
    if (end < 0) {
      out += message.slice(open);
      break;
    }
    const inner = message.slice(open + 1, end);
    const [name = "", kind, ...rest] = inner.split(",");
    const key = name.trim();
    const value = params[key];
    const type = kind?.trim();
    if ((type === "plural" || type === "selectordinal") && typeof value === "number") {
      const branches = pluralBranches(rest.join(","));
      const chosen =
        branches.get(`=${value}`) ??
        branches.get(plural(locale, type === "selectordinal").select(value)) ??
        branches.get("other") ??
        "";
      // `#` is the number; replaced before the branch's own placeholders, whose values may hold one.
      // A branch without `#` builds no number format (a page's first one costs milliseconds).
      out += formatMessage(
        chosen.includes("#") ? chosen.replaceAll("#", formatMessageNumber(value, locale)) : chosen,
        params,
        locale,
      );
    } else if (type === "roman" && typeof value === "number") {
      out += roman(value);
    } else if (kind === undefined && value !== undefined) {
      out += typeof value === "number" ? formatMessageNumber(value, locale) : value;
    } else {
      out += message.slice(open, end + 1);
    }
    i = end + 1;
  }
  return out;
}

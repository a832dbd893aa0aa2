import { isHttpUrl } from "../model/isHttpUrl";

/** A link found in HTML: its text and its address (entities decoded, surrounding spaces removed). */
export interface HtmlLink {
  text: string;
  href: string;
}

/** The text of an HTML fragment and its links. */
export interface HtmlText {
  /** Plain text: paragraphs separated by a blank line, `<br>` as a line break, no markup. */
  text: string;
  /** Links to http(s) addresses, in document order. */
  links: HtmlLink[];
  /** Links to anything else (`javascript:`, `data:`, relative…): their text is kept, the address is not. */
  droppedLinks: HtmlLink[];
}

/** Elements whose content is never text a reader sees (scripts, styles, embedded documents). */
const hiddenElements = new Set([
  "script",
  "style",
  "template",
  "iframe",
  "noembed",
  "noframes",
  "object",
  "svg",
  "math",
  "head",
  "title",
  "xmp",
]);
/** Elements that end a paragraph. */
const blockElements = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "aside",
  "nav",
  "main",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "figure",
  "figcaption",
]);

const namedEntities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  euro: "€",
  pound: "£",
  sect: "§",
  times: "×",
  shy: "\u00ad",
  tab: "\t",
  newline: "\n",
  colon: ":",
  sol: "/",
  lpar: "(",
  rpar: ")",
  aacute: "á",
  eacute: "é",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  agrave: "à",
  egrave: "è",
  ograve: "ò",
  auml: "ä",
  euml: "ë",
  ouml: "ö",
  uuml: "ü",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  szlig: "ß",
  ntilde: "ñ",
  ccedil: "ç",
  ecirc: "ê",
  acirc: "â",
  ocirc: "ô",
  Eacute: "É",
  oslash: "ø",
  aring: "å",
  Aring: "Å",
  aelig: "æ",
};

/**
 * Decodes character references: named ones from a common list, and every numeric one
 * (`&#233;`, `&#xE9;`); a reference to no valid character gives U+FFFD, an unknown name is
 * left as written.
 * @example decodeEntities("Fish &amp; chips &#x2014; &eacute;") // "Fish & chips — é"
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{1,31});?/g,
    (match, body: string) => {
      if (body.startsWith("#")) {
        const code =
          body[1] === "x" || body[1] === "X"
            ? Number.parseInt(body.slice(2), 16)
            : Number.parseInt(body.slice(1), 10);
        const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
        return invalid ? "\ufffd" : String.fromCodePoint(code);
      }
      return namedEntities[body] ?? match;
    },
  );
}

/** A tag read from the source: its lower-case name, whether it closes, and its attributes. */
interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  /** Index just after the tag's `>`. */
  end: number;
}

const isSpace = (c: string | undefined) =>
  c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/**
 * Reads a tag starting at `<` as a browser's tokenizer does: the name runs to a space, `/` or
 * `>`; attribute values may be quoted with `"` or `'` (and may then hold `>`); a tag that the
 * input ends inside is no tag at all. Returns undefined when the input ends inside the tag.
 */
function readTag(html: string, start: number): Tag | undefined {
  let i = start + 1;
  const closing = html[i] === "/";
  if (closing) i++;
  let name = "";
  while (i < html.length && !isSpace(html[i]) && html[i] !== "/" && html[i] !== ">")
    name += html[i++];
  const attributes = new Map<string, string>();
  for (;;) {
    while (i < html.length && (isSpace(html[i]) || html[i] === "/")) i++;
    if (i >= html.length) return undefined;
    if (html[i] === ">") return { name: name.toLowerCase(), closing, attributes, end: i + 1 };
    let attribute = "";
    // The first character may be anything but space, "/" and ">" (even "=" or "<").
    attribute += html[i++];
    while (
      i < html.length &&
      !isSpace(html[i]) &&
      html[i] !== "/" &&
      html[i] !== ">" &&
      html[i] !== "="
    )
      attribute += html[i++];
    while (i < html.length && isSpace(html[i])) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      while (i < html.length && isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        while (i < html.length && !isSpace(html[i]) && html[i] !== ">") value += html[i++];
      }
    }
    const key = attribute.toLowerCase();
    // As in browsers, the first of two attributes with one name wins.
    if (!attributes.has(key)) attributes.set(key, decodeEntities(value));
  }
}

/** Whether a character is a C0 control or DEL, which text never shows (tab and line ends aside). */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f;
}

/** Removes leading and trailing spaces and controls, as browsers do to an href before using it. */
function trimUrl(href: string): string {
  let start = 0;
  let end = href.length;
  while (start < end && href.charCodeAt(start) <= 0x20) start++;
  while (end > start && href.charCodeAt(end - 1) <= 0x20) end--;
  return href.slice(start, end);
}

/**
 * Where `</name` next starts, ignoring case; searched with a pattern, not in a lower-cased copy,
 * whose indices can differ from the original's (lower-casing "İ" adds a character).
 */
function indexOfEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}`, "gi");
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

/** Collapses runs of whitespace to one space, as a browser renders normal text. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, " ");
}

/**
 * Reduces an HTML fragment (a TimelineJS slide's text, say) to plain text plus its links, with a
 * small tokenizer that reads tags as a browser does rather than with a pattern a nested or
 * broken tag could fool. No markup survives: tags are removed, the content of scripts and
 * styles is dropped, comments are skipped, entities are decoded. Links are kept only when they
 * point to http(s); others are reported in `droppedLinks`.
 * @example htmlToText('<p>See <a href="https://x.org">X</a>.</p><p>Next</p>')
 * // { text: "See X.\n\nNext", links: [{ text: "X", href: "https://x.org" }], droppedLinks: [] }
 */
export function htmlToText(html: string): HtmlText {
  const paragraphs: string[] = [];
  let paragraph = "";
  const links: HtmlLink[] = [];
  const droppedLinks: HtmlLink[] = [];
  let openLink: { href: string } | undefined;
  let linkText = "";

  const append = (text: string) => {
    paragraph += text;
    if (openLink) linkText += text;
  };
  const endParagraph = () => {
    const line = Array.from(paragraph)
      .filter((c) => !isControl(c.charCodeAt(0)))
      .join("")
      .split("\n")
      .map((part) => collapse(part).trim())
      .filter((part) => part !== "")
      .join("\n");
    if (line !== "") paragraphs.push(line);
    paragraph = "";
  };
  const closeLink = () => {
    if (!openLink) return;
    const link = { text: collapse(linkText).trim(), href: openLink.href };
    (isHttpUrl(link.href) ? links : droppedLinks).push(link);
    openLink = undefined;
    linkText = "";
  };

  let i = 0;
  while (i < html.length) {
    const next = html.indexOf("<", i);
    if (next === -1) {
      append(collapse(decodeEntities(html.slice(i))));
      break;
    }
    // Line breaks in the source are spaces when rendered; only <br> and blocks break lines.
    append(collapse(decodeEntities(html.slice(i, next))));
    i = next;
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (html[i + 1] === "!" || html[i + 1] === "?") {
      // <!DOCTYPE>, <![CDATA[…]]> and <?…> are bogus comments in HTML: skipped to the next ">".
      const close = html.indexOf(">", i);
      i = close === -1 ? html.length : close + 1;
      continue;
    }
    const startsTag = isLetter(html[i + 1]) || (html[i + 1] === "/" && isLetter(html[i + 2]));
    if (!startsTag) {
      append("<");
      i++;
      continue;
    }
    const tag = readTag(html, i);
    if (tag === undefined) break; // the input ends inside a tag: nothing of it is text
    i = tag.end;
    if (!tag.closing && hiddenElements.has(tag.name)) {
      // Skip to the matching end tag; with none, the rest is hidden, as browsers do for <script>.
      const close = indexOfEndTag(html, tag.name, i);
      if (close === -1) break;
      const after = readTag(html, close);
      i = after === undefined ? html.length : after.end;
      continue;
    }
    if (tag.name === "br") {
      append("\n");
    } else if (tag.name === "a") {
      closeLink();
      if (!tag.closing) {
        const href = tag.attributes.get("href");
        if (href !== undefined) openLink = { href: trimUrl(href) };
      }
    } else if (blockElements.has(tag.name)) {
      closeLink();
      endParagraph();
    }
  }
  closeLink();
  endParagraph();
  return { text: paragraphs.join("\n\n"), links, droppedLinks };
}

const svgNs = "http://www.w3.org/2000/svg";
const xlinkNs = "http://www.w3.org/1999/xlink";

/**
 * Whether XML 1.0 allows a UTF-16 code unit here: not C0 controls other than tab, line feed and
 * carriage return, not U+FFFE/U+FFFF, and surrogates only in pairs.
 */
function xmlChars(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0xfffe ||
      code === 0xffff
    ) {
      // A stray control character in pasted text would make the whole file unreadable.
      out += "\ufffd";
    } else out += text[i]!;
  }
  return out;
}

function escapeText(text: string): string {
  return xmlChars(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

function write(node: Node, out: string[], names: Readonly<Record<string, string>>): void {
  if (node.nodeType === 3) {
    out.push(escapeText(node.nodeValue ?? ""));
    return;
  }
  if (node.nodeType !== 1) return; // comments, processing instructions
  const element = node as Element;
  const tag = element.localName ?? element.tagName.toLowerCase();
  out.push(`<${tag}`);
  for (const attribute of Array.from(element.attributes)) {
    // Event-handler attributes never belong in an exported image.
    if (/^on/i.test(attribute.name)) continue;
    out.push(` ${names[attribute.name] ?? attribute.name}="${escapeAttribute(attribute.value)}"`);
  }
  if (element.childNodes.length === 0) {
    out.push("/>");
    return;
  }
  out.push(">");
  for (const child of Array.from(element.childNodes)) write(child, out, names);
  out.push(`</${tag}>`);
}

/**
 * Writes an SVG element as a standalone XML document string, the same way in every DOM (a
 * browser, jsdom, linkedom): attributes in document order, text escaped, empty elements
 * self-closed, the SVG (and, when used, XLink) namespaces declared on the root.
 *
 * @example
 * const text = serializeSvg(svgElement); // "<svg xmlns=\"http://www.w3.org/2000/svg\" …"
 */
export function serializeSvg(
  svg: Element,
  options: {
    /**
     * Attributes written under another name: the export builds its `style` attributes as
     * `data-jointline-style` (setting `style` from script is what a Content-Security-Policy
     * without 'unsafe-inline' blocks) and writes them as `style`.
     */
    rename?: Readonly<Record<string, string>>;
  } = {},
): string {
  const root = svg.cloneNode(true) as Element;
  if (!root.getAttribute("xmlns")) root.setAttribute("xmlns", svgNs);
  const out: string[] = [];
  write(root, out, options.rename ?? {});
  let text = out.join("");
  if (/\sxlink:/.test(text) && !root.hasAttribute("xmlns:xlink")) {
    text = text.replace(/^<svg/, `<svg xmlns:xlink="${xlinkNs}"`);
  }
  return text;
}

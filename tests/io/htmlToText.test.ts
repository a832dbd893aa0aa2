import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "../../src/io/htmlToText";
import { growth } from "../helpers/growth";

describe("htmlToText(html)", () => {
  it("htmlToText(html) separates paragraphs by a blank line and keeps <br> as a line break", () => {
    expect(htmlToText("<p>One  two\n three</p><p>Four<br/>five</p>").text).toBe(
      "One two three\n\nFour\nfive",
    );
  });

  it("htmlToText(html) returns http(s) links with their text, in order", () => {
    const result = htmlToText(
      "<p>See <a href=\"https://a.org/x?y=1&amp;z=2\">A &amp; B</a> and <a href='http://b.org'>B</a></p>",
    );
    expect(result.text).toBe("See A & B and B");
    expect(result.links).toEqual([
      { text: "A & B", href: "https://a.org/x?y=1&z=2" },
      { text: "B", href: "http://b.org" },
    ]);
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>', "javascript:alert(1)"],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "JaVaScRiPt:alert(1)"],
    ['<a href="java&#x09;script:alert(1)">x</a>', "java\tscript:alert(1)"],
    ['<a href="java&#10;script:alert(1)">x</a>', "java\nscript:alert(1)"],
    ['<a href=" &#x20;javascript:alert(1)">x</a>', "javascript:alert(1)"],
    ["<a href=javascript:alert(1)>x</a>", "javascript:alert(1)"],
    [
      '<a href="data:text/html,<script>alert(1)</script>">x</a>',
      "data:text/html,<script>alert(1)</script>",
    ],
    ['<a href="vbscript:msgbox(1)">x</a>', "vbscript:msgbox(1)"],
    ['<a href="/relative/path">x</a>', "/relative/path"],
    ['<a href="//evil.example">x</a>', "//evil.example"],
  ])("htmlToText(%s) drops the link and keeps its text", (html, href) => {
    const result = htmlToText(html);
    expect(result.links).toEqual([]);
    expect(result.droppedLinks).toEqual([{ text: "x", href }]);
    expect(result.text).toBe("x");
  });

  it("htmlToText(html) uses the first href of a tag, as browsers do", () => {
    expect(htmlToText('<a href="javascript:1" href="https://a.org">x</a>').links).toEqual([]);
  });

  it.each([
    ["<scr<script>ipt>alert(1)</script>", "ipt>alert(1)"],
    ["<script>alert(1)</script>after", "after"],
    ["<SCRIPT type=text/javascript>alert('</p>')</SCRIPT>after", "after"],
    ["before<script>never closed", "before"],
    ["<style>p { color: red }</style>text", "text"],
    ["a<!-- <a href='https://x.org'>hidden</a> -->b", "ab"],
    ["a<!-- never closed", "a"],
    ["<p>text</p", "text"],
    ["<p>text<a href='https://x.org'", "text"],
    ['<img src=x onerror="alert(1)">caption', "caption"],
    ['<p title="a > b">quoted &gt;</p>', "quoted >"],
    ["1 < 2 and 3 <4", "1 < 2 and 3 <4"],
    ["<!DOCTYPE html><![CDATA[x]]>done", "done"],
    ["<b><i>nested</b> unclosed</i>", "nested unclosed"],
    ["&lt;script&gt;", "<script>"],
  ])("htmlToText(%j) keeps only text: %j", (html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it("htmlToText(html) never lets a tag of the input through as text", () => {
    const piece = fc.constantFrom(
      "<",
      ">",
      "a",
      "p",
      "/",
      "script",
      "!--",
      "-->",
      '"',
      "'",
      "=",
      " ",
      "href",
      "x",
      "\n",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join("");
        const { text } = htmlToText(html);
        // The output is text, and may faithfully hold a literal "<" of the input ("1 < 2"), which
        // can meet a letter once a tag between them is removed ("<<b>p" reads "<p", as in a
        // browser). What must never happen is a "<" that began a tag surviving: so the output
        // holds no more "<" than the input has "<" that start no tag.
        const literal = html.match(/<(?![a-z]|\/[a-z]|[!?])/gi)?.length ?? 0;
        expect(text.match(/</g)?.length ?? 0).toBeLessThanOrEqual(literal);
      }),
      { numRuns: 2000 },
    );
  });

  it("htmlToText(html) is linear on a long input: 8 times the input, well under 64 times the time", () => {
    const html = (n: number) => "<p>x</p>".repeat(n) + "<script>".repeat(n / 10);
    expect(htmlToText(html(100_000)).text.length).toBeGreaterThan(0);
    // A ratio measured in one run, not milliseconds: quadratic work would grow by 64.
    expect(growth((n) => htmlToText(html(n)), 12_500, 8)).toBeLessThan(24);
  }, 30_000); // a dozen timings of up to 900 KB each, on a machine others share
});

describe("decodeEntities(text)", () => {
  it("decodeEntities(text) decodes named and numeric references and replaces invalid ones", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&#39;&#x2014;&eacute;&nbsp;")).toBe("&<>\"'—é\u00a0");
    expect(decodeEntities("&#0;&#xD800;&#x110000;")).toBe("\ufffd\ufffd\ufffd");
    expect(decodeEntities("&unknown; & alone")).toBe("&unknown; & alone");
  });
});

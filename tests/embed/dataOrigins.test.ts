import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { frameAllowedOrigins } from "../../src/embed/frameAllowedOrigins";
import { dataOriginProblem, loadEmbedData } from "../../src/embed/loadEmbedData";
import { setPartLoader } from "../../src/embed/parts";
import { importPart } from "../../src/entries/esmParts";

// Data that is not valid is read by the validator part (zod and its reports): loaded here as the
// ESM build loads it.
setPartLoader(importPart);

const page = "https://news.example/graphics/embed.html?view=timeline";
const dataset = '{"title":"Small","events":[]}';

describe("dataOriginProblem(url, page, allowedOrigins)", () => {
  it("dataOriginProblem accepts the page's own origin and listed ones, nothing else", () => {
    const check = (src: string, allowed: string[] = []) =>
      dataOriginProblem(new URL(src, page), page, allowed);
    expect(check("data.json")).toBeUndefined();
    expect(check("/data/ops.csv")).toBeUndefined();
    expect(check("https://news.example/x.json")).toBeUndefined();
    expect(check("http://news.example/x.json")).toBe("origin");
    expect(check("https://other.example/x.json")).toBe("origin");
    expect(check("//other.example/x.json")).toBe("origin");
    expect(check("https://user:pw@news.example/x.json")).toBe("origin");
    expect(check("https://data.example/x.json", ["https://data.example"])).toBeUndefined();
    expect(
      check("https://data.example/x.json", ["https://data.example/some/path"]),
    ).toBeUndefined();
    expect(check("https://evil.example/x.json", ["*"])).toBeUndefined();
    for (const scheme of [
      "data:application/json,{}",
      "blob:https://news.example/1",
      "javascript:1",
    ])
      expect(check(scheme, ["*"])).toBe("scheme");
    expect(check("file:///etc/passwd", ["*"])).toBe("scheme");
    expect(
      dataOriginProblem(new URL("data.json", "file:///d/p.html"), "file:///d/p.html", []),
    ).toBeUndefined();
  });
});

describe("loadEmbedData(host, { allowedOrigins })", () => {
  const { document } = parseHTML(
    "<html><body><jointline-timeline></jointline-timeline></body></html>",
  );
  const host = document.querySelector("jointline-timeline")!;
  const fetched: string[] = [];
  const fetch = (async (url: string) => {
    fetched.push(url);
    return new Response(dataset, { headers: { "content-type": "application/json" } });
  }) as typeof globalThis.fetch;

  it("loadEmbedData(data: URL) is refused with data_origin_refused and fetches nothing", async () => {
    fetched.length = 0;
    const src = `data:application/json,${encodeURIComponent(dataset)}`;
    const result = await loadEmbedData(host, { src, baseUrl: page, fetch, allowedOrigins: [] });
    expect(result.data).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toEqual(["data_origin_refused"]);
    expect(result.issues[0]!.message).toContain("data: URL");
    expect(fetched).toEqual([]);
  });

  it("loadEmbedData(another origin) is refused with a hint naming the meta tag; listed, it loads", async () => {
    fetched.length = 0;
    const src = "https://data.example/ops.json";
    const refused = await loadEmbedData(host, { src, baseUrl: page, fetch, allowedOrigins: [] });
    expect(refused.issues[0]?.code).toBe("data_origin_refused");
    expect(refused.issues[0]?.hint).toContain(
      '<meta name="jointline-allowed-origins" content="https://data.example">',
    );
    expect(fetched).toEqual([]);
    const allowed = await loadEmbedData(host, {
      src,
      baseUrl: page,
      fetch,
      allowedOrigins: ["https://data.example"],
    });
    expect(allowed.issues).toEqual([]);
    expect(fetched).toEqual([src]);
  });

  it("loadEmbedData(src) without allowedOrigins (a publisher's own tag) fetches any http(s) URL", async () => {
    const result = await loadEmbedData(host, {
      src: "https://data.example/ops.json",
      baseUrl: page,
      fetch,
    });
    expect(result.issues).toEqual([]);
  });
});

describe("frameAllowedOrigins(frame)", () => {
  it("frameAllowedOrigins reads the frame's attribute and every meta tag, spaces or commas", () => {
    const { document } = parseHTML(`<html><head>
      <meta name="jointline-allowed-origins" content="https://a.example, https://b.example">
      <meta name="jointline-allowed-origins" content="https://c.example">
      </head><body><jointline-frame allowed-origins="https://d.example  https://e.example"></jointline-frame></body></html>`);
    const frame = document.querySelector("jointline-frame")!;
    expect(frameAllowedOrigins(frame).sort()).toEqual([
      "https://a.example",
      "https://b.example",
      "https://c.example",
      "https://d.example",
      "https://e.example",
    ]);
  });
});

describe("loadEmbedData(inline data cut by </script>)", () => {
  const page = (inner: string) =>
    parseHTML(
      `<html><body><jointline-timeline>${inner}</jointline-timeline></body></html>`,
    ).document.querySelector("jointline-timeline")!;

  it("loadEmbedData(inline JSON holding </script>) says the block ends early and why", async () => {
    const host = page(
      '<script type="application/json">{"title":"Ops </script><img src=x onerror=alert(1)>","events":[]}</script>',
    );
    const { data, issues } = await loadEmbedData(host);
    expect(data).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(["inline_data_truncated"]);
    expect(issues[0]!.message).toContain("</script>");
    expect(issues[0]!.hint).toContain("\\u003c");
    expect(issues[0]!.hint).toContain("jointline inline");
  });

  it("loadEmbedData(inline JSON with < written \\u003c) reads it, </script> in a title included", async () => {
    const host = page(
      `<script type="application/json">${JSON.stringify({ title: "Ops </script>", events: [] }).replace(/</g, "\\u003c")}</script>`,
    );
    const { data, issues } = await loadEmbedData(host);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(data?.title).toBe("Ops </script>");
  });

  it("loadEmbedData(broken but complete JSON) keeps the syntax error; no data at all hints at \\u003c", async () => {
    const broken = await loadEmbedData(
      page('<script type="application/json">{"title": x}</script>'),
    );
    expect(broken.issues.map((i) => i.code)).toEqual(["invalid_json"]);
    const none = await loadEmbedData(page(""));
    expect(none.issues[0]?.code).toBe("no_data");
    expect(none.issues[0]?.hint).toContain("\\u003c");
    expect(none.issues[0]?.hint).toContain("jointline inline");
  });
});

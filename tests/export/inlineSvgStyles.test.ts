import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { inlineSvgStyles } from "../../src/export/inlineSvgStyles";
import { isExportableCssValue } from "../../src/export/resolveVariables";
import { serializeSvg } from "../../src/export/serializeSvg";

describe("inlineSvgStyles", () => {
  const page = () =>
    parseHTML(`<!doctype html><html><head></head><body>
      <div class="jl-root" data-theme="dark"><svg class="chart"><g class="marks">
        <rect class="mark" fill="var(--jl-cat-1, #0072B2)" />
        <circle class="mark hot" style="stroke-width: 4px" />
        <text class="label">A &amp; B</text>
      </g></svg></div></body></html>`).document;
  const css = `
    .jl-root { --jl-color-text: #111; --jl-cat-1: #0072B2; font-family: Georgia, serif; font-size: 14px; color: #222; }
    .jl-root[data-theme="dark"] { --jl-color-text: #eee; }
    .chart .mark { fill: currentColor; stroke: var(--jl-color-text); stroke-width: 1px; }
    .mark.hot { fill: orange; }
    .chart .mark:hover { fill: pink; }
    .label { fill: var(--jl-color-text); }
    .jl-root .label { font-weight: 600; }`;

  it("inlineSvgStyles(svg) styles elements alike in tag and class apart where a named attribute, an ancestor or their place differs", () => {
    const { document } = parseHTML(`<!doctype html><html><body><div class="jl-root">
      <svg><g class="lane" data-kind="a"><rect class="m"/><rect class="m" data-on=""/><rect class="m"/></g>
      <g class="lane" data-kind="b"><rect class="m"/></g></svg></div></body></html>`);
    const svg = document.querySelector("svg") as unknown as SVGSVGElement;
    const rules = `
      .m { fill: red; }
      .m[data-on] { fill: blue; }
      .lane[data-kind="b"] .m { fill: green; }
      .lane .m:last-child { stroke: black; }`;
    const copy = inlineSvgStyles(svg, { css: [rules] });
    const styles = Array.from(copy.querySelectorAll(".m"), (m) => m.getAttribute("style"));
    expect(styles).toEqual([
      "fill:red",
      "fill:blue",
      "fill:red;stroke:black",
      "fill:green;stroke:black",
    ]);
  });

  it("inlineSvgStyles(svg, { variables }) takes only colours and lengths from the host: url() counts as unset", () => {
    const document = page();
    const svg = document.querySelector("svg") as unknown as SVGSVGElement;
    const hostile = {
      "--jl-cat-1": "url(http://tracker.example/x.svg#p)",
      "--jl-color-text": "image-set(url(https://tracker.example/a.png) 1x)",
    };
    const copy = inlineSvgStyles(svg, { css: [css], variables: hostile });
    const text = serializeSvg(copy);
    expect(text).not.toContain("tracker.example");
    expect(text).not.toContain("url(");
    // The fallbacks and the stylesheet's own values apply instead.
    const rect = copy.querySelector(".mark")!;
    expect(rect.getAttribute("fill")).toBe("#0072B2");
    const fine = inlineSvgStyles(svg, { css: [css], variables: { "--jl-cat-1": "rgb(1, 2, 3)" } });
    expect(fine.querySelector(".mark")!.getAttribute("fill")).toBe("rgb(1, 2, 3)");
  });

  it("isExportableCssValue(value) passes colours, lengths, fonts and var(); refuses anything that loads", () => {
    for (const value of [
      "#0072B2",
      "red",
      "rgb(0 114 178 / 50%)",
      "oklch(0.7 0.1 200)",
      "12px",
      "1.5",
      "calc(2px + 1em)",
      '"Source Sans 3", Georgia, serif',
      "var(--x, #fff)",
      "color-mix(in srgb, red 50%, blue)",
    ])
      expect(isExportableCssValue(value), value).toBe(true);
    for (const value of [
      "url(http://x/y)",
      "URL(x)",
      "image-set(url(a) 1x)",
      "var(--x, url(a))",
      "u\\rl(a)",
      "expression(alert(1))",
      "red; fill: url(a)",
      "rgb(url(a))",
      'rgb("a")',
    ])
      expect(isExportableCssValue(value), value).toBe(false);
  });

  it("inlineSvgStyles(svg, { css }) resolves the cascade, var() and currentColor onto each element", () => {
    const document = page();
    const svg = document.querySelector("svg") as unknown as SVGSVGElement;
    const copy = inlineSvgStyles(svg, { css: [css] });
    const [rect, circle, text] = Array.from(copy.querySelectorAll(".mark, .label"));
    // The dark theme's rule is more specific than the base rule.
    expect(rect!.getAttribute("style")).toBe("fill:#222;stroke:#eee;stroke-width:1px");
    expect(rect!.getAttribute("fill")).toBe("#0072B2");
    // Higher specificity wins; the inline style beats the stylesheet; :hover never applies.
    expect(circle!.getAttribute("style")).toBe("fill:orange;stroke:#eee;stroke-width:4px");
    expect(text!.getAttribute("style")).toBe("fill:#eee;font-weight:600");
    // The root takes the font of the HTML around it.
    expect(copy.getAttribute("style")).toBe("font-family:Georgia, serif;font-size:14px");
  });

  it("inlineSvgStyles(svg, { variables }) lets computed values (a host page's theme) win", () => {
    const document = page();
    const svg = document.querySelector("svg") as unknown as SVGSVGElement;
    const copy = inlineSvgStyles(svg, { css: [css], variables: { "--jl-color-text": "#c00" } });
    expect(copy.querySelector(".label")!.getAttribute("style")).toBe("fill:#c00;font-weight:600");
  });

  it("inlineSvgStyles(svg) does not change the original", () => {
    const document = page();
    const svg = document.querySelector("svg") as unknown as SVGSVGElement;
    const before = svg.outerHTML;
    inlineSvgStyles(svg, { css: [css] });
    expect(svg.outerHTML).toBe(before);
  });

  it("inlineSvgStyles(svg, { inPlace }) writes into the SVG itself what it would write into a copy", () => {
    // A rule that reads an attribute the inlining rewrites, on a sibling: in place, every
    // cascade must be read before anything is written.
    const sheet = `${css}\n.mark[style*="stroke-width: 4px"] + .label { fill: blue; }`;
    const copied = inlineSvgStyles(page().querySelector("svg") as unknown as SVGSVGElement, {
      css: [sheet],
    });
    const svg = page().querySelector("svg") as unknown as SVGSVGElement;
    const inPlace = inlineSvgStyles(svg, { css: [sheet], inPlace: true });
    expect(inPlace).toBe(svg);
    expect(copied.querySelector(".label")!.getAttribute("style")).toBe("fill:blue;font-weight:600");
    expect(serializeSvg(inPlace)).toBe(serializeSvg(copied));
  });

  it("serializeSvg(svg) writes XML with the namespace, escaped text and no event handlers", () => {
    const document = page();
    const svg = document.querySelector("svg") as unknown as SVGSVGElement;
    svg.setAttribute("onload", "alert(1)");
    const text = serializeSvg(svg);
    expect(text.startsWith("<svg")).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain("A &amp; B");
    expect(text).not.toContain("onload");
    expect(text).toContain("<rect");
    expect(text).toMatch(/<rect[^>]*\/>/);
  });
});

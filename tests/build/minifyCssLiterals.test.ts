import { describe, expect, it } from "vitest";
import { minifyCssText } from "../../scripts/minifyCssLiterals";
import { networkCss } from "../../src/components/network/render";
import { presentationCss } from "../../src/components/presentation/style";
import { themeCss } from "../../src/components/shared/theme";
import { timelineCss } from "../../src/components/timeline/style";
import { trendCss } from "../../src/components/trend/render";
import { embedCss, hostThemeCss } from "../../src/embed/embedCss";
import { parseCss } from "../../src/export/parseCss";

const sheets = { themeCss, timelineCss, networkCss, trendCss, presentationCss, embedCss };

/** Rules as the SVG export reads them, without the spaces minifying drops (`a > b`, `x, y`). */
const tight = (text: string) => text.replace(/\s*([>,])\s*/g, "$1");
const rulesOf = (css: string) =>
  parseCss(css).map((r) => ({
    ...r,
    selector: tight(r.selector),
    declarations: r.declarations.map((d) => ({ ...d, value: tight(d.value) })),
  }));

describe("minifyCssText", () => {
  it("drops comments, indentation and the spaces CSS does not need, keeping word spaces", () => {
    expect(minifyCssText("\n  .a > .b, .c :hover { color: red; } /* why */\n")).toBe(
      " .a>.b,.c :hover{color:red;}",
    );
    // A text part's edges keep one space: it may separate a selector from an interpolation.
    expect(minifyCssText(" *, .")).toBe(" *,.");
    expect(
      minifyCssText(".x { font: 12px/1.4 system-ui, sans-serif; width: calc(100% - 4px); }"),
    ).toBe(".x{font:12px/1.4 system-ui,sans-serif;width:calc(100% - 4px);}");
    expect(minifyCssText("@media (prefers-reduced-motion: reduce) {\n  a { b: c }\n}")).toBe(
      "@media (prefers-reduced-motion:reduce){a{b:c}}",
    );
  });

  for (const [name, css] of Object.entries(sheets)) {
    it(`minifyCssText(${name}) keeps every rule the SVG export reads, in order`, () => {
      expect(rulesOf(minifyCssText(css))).toEqual(rulesOf(css));
    });
  }

  it("hostThemeCss moves the theme's properties to :host in minified CSS too", () => {
    const minified = hostThemeCss(minifyCssText(themeCss));
    expect(minified).toMatch(/:host \{\n {2}--jl-font-family:/);
    expect(minified).toContain("--jl-color-text:#1a1a1a;");
    expect(hostThemeCss(themeCss)).toContain(":host {");
  });
});

import { rootClass, themeCss } from "../components/shared/theme";
import { slideThemeCss } from "../views/slideThemeCss";

/**
 * The shared theme rewritten for a shadow root: the light theme's custom properties move from
 * `.jl-root` to `:host`, where they are defaults that the host page overrides — a rule such as
 * `jointline-timeline { --jl-font-family: Georgia }` reaches inside, as custom properties
 * inherit through the shadow boundary. (Left on `.jl-root`, they would re-declare every value
 * and shut the page's theme out.) Chosen themes (`dark`, `high-contrast`) still set their own.
 *
 * @example
 * style.textContent = hostThemeCss(themeCss);
 */
export function hostThemeCss(css: string = themeCss): string {
  const head = `.${rootClass} {`;
  // The built CSS is minified (`.jl-root{`): find the rule either way.
  const found = new RegExp(`\\.${rootClass}\\s*\\{`).exec(css);
  if (!found) return css;
  const start = found.index;
  const end = css.indexOf("}", start);
  const body = css.slice(start + found[0].length, end);
  const variables = body.match(/--[\w-]+\s*:[^;]*;/g) ?? [];
  const rest = body.replace(/--[\w-]+\s*:[^;]*;/g, "");
  return `${css.slice(0, start)}:host {\n  ${variables.join("\n  ")}\n}\n${head}${rest}${css.slice(end)}`;
}

/**
 * The styles of the embed's own pieces: the host box, the slide theme, the export menu, the
 * embed-code dialog, and print rules (no menus, no clipping, ink-friendly light colours). Not
 * presentation mode's: `createPresentation` adopts its own sheet where it draws (also in the
 * overlay a timeline's menu opens), and jointline.css carries it for browsers that cannot.
 */
export const embedCss = `
:host { display: block; position: relative; contain: content; }
:host([hidden]) { display: none; }
${slideThemeCss(':host([theme="slide"])')}
.jl-embed { padding: 0; background: var(--jl-color-background); }
.jl-embed-bar { display: flex; justify-content: flex-end; gap: 6px; margin: 4px 0 0; }
.jl-embed-menu { position: relative; }
.jl-embed-menu > summary {
  list-style: none; cursor: pointer; font-size: var(--jl-font-size-small);
  border: 1px solid var(--jl-color-border); border-radius: 4px; padding: 3px 8px; min-height: 28px;
  display: inline-flex; align-items: center; background: var(--jl-color-surface-alt);
}
.jl-embed-menu > summary::-webkit-details-marker { display: none; }
.jl-embed-menu > summary:focus-visible { outline: 2px solid var(--jl-color-focus); outline-offset: 2px; }
.jl-embed-menu [role="menu"] {
  position: absolute; inset-inline-end: 0; bottom: 100%; z-index: 20; margin: 0 0 4px; padding: 4px;
  list-style: none; min-width: 220px; background: var(--jl-color-surface);
  border: 1px solid var(--jl-color-border); border-radius: 4px; box-shadow: var(--jl-shadow);
}
.jl-embed-menu [role="menu"] button {
  display: block; width: 100%; text-align: start; border: 0; background: none; border-radius: 3px;
}
.jl-embed-menu [role="menu"] button:hover, .jl-embed-menu [role="menu"] button:focus-visible {
  background: var(--jl-color-surface-alt);
}
.jl-embed-code { margin: 4px 0 8px; padding: 8px; border: 1px solid var(--jl-color-border); border-radius: 4px; background: var(--jl-color-surface); }
.jl-embed-code[hidden] { display: none; }
.jl-embed-code textarea {
  width: 100%; min-height: 7em; font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", monospace;
  color: var(--jl-color-text); background: var(--jl-color-surface-alt); border: 1px solid var(--jl-color-border);
}
.jl-embed-status { font-size: var(--jl-font-size-small); color: var(--jl-color-muted); }
.jl-embed-problems { font-size: var(--jl-font-size-small); color: var(--jl-color-warning); margin: 0 0 4px; }
@media print {
  :host { contain: none; }
  .jl-embed-bar, .jl-embed-code, .jl-toolbar, .jl-network-toolbar, .jl-tooltip { display: none !important; }
  .jl-root { --jl-color-background: #ffffff; --jl-color-text: #000000; background: #ffffff; color: #000000; }
  .jl-plot { overflow: visible !important; max-height: none !important; }
  .jl-sources[open], .jl-sources { display: block; }
}
`;

import { rootClass } from "../theme";

/**
 * The chrome's CSS in a page: the headline at the large size, the dek and footer in the muted
 * colour, and `data-chrome-legend="off"` on the root hiding the chart's legends.
 */
export const chromeCss = `
.${rootClass} .jl-chrome-header { margin: 0 0 8px; }
.${rootClass} .jl-chrome-headline {
  margin: 0 0 4px; font: 700 var(--jl-font-size-large)/1.2 var(--jl-font-family);
  color: var(--jl-color-text); overflow-wrap: break-word;
}
.${rootClass} .jl-chrome-dek { margin: 0 0 8px; color: var(--jl-color-text); line-height: 1.35; }
.${rootClass} .jl-chrome-footer {
  margin: 8px 0 0; font-size: var(--jl-font-size-small); color: var(--jl-color-muted); line-height: 1.35;
}
.${rootClass} .jl-chrome-footer p { margin: 2px 0; }
.${rootClass} .jl-chrome-footer a { color: inherit; text-decoration: underline; }
.${rootClass}[data-chrome-legend="off"] .jl-legend,
.${rootClass} [data-chrome-legend="off"] .jl-legend { display: none; }
`;

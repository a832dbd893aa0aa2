/**
 * The CSS of the vertical layout, on top of the timeline's (`../style.ts`): rows over tap
 * targets, a page that scrolls under the finger (no zoom gesture here), controls at least
 * 44 × 44 px (WCAG 2.5.5), and the details panel placed in the gap under its row.
 */
export const verticalCss = `
.jl-timeline.jl-vertical { position: relative; }
.jl-timeline.jl-vertical .jl-plot { touch-action: auto; overflow: visible; }
.jl-timeline.jl-vertical .jl-plot svg { overflow: visible; }
.jl-timeline.jl-vertical .jl-overview, .jl-timeline.jl-vertical .jl-toolbar button[aria-label^="Zoom"], .jl-timeline.jl-vertical .jl-toolbar .jl-reset { display: none; }
.jl-timeline.jl-vertical .jl-toolbar button, .jl-timeline.jl-vertical .jl-details-close { min-height: 44px; min-width: 44px; }
.jl-timeline.jl-vertical summary { min-height: 44px; display: flex; align-items: center; }
.jl-timeline .jl-vrow .jl-v-hit { fill: transparent; pointer-events: all; }
.jl-timeline .jl-vrow.jl-on .jl-v-hit { fill: var(--jl-color-lane); }
.jl-timeline .jl-vrow.jl-selected .jl-v-hit { fill: var(--jl-color-lane); stroke: var(--jl-color-selected); stroke-width: 1px; }
.jl-timeline .jl-vrow text { pointer-events: none; stroke-width: 0; }
.jl-timeline .jl-vrow.jl-on text, .jl-timeline .jl-vrow.jl-selected text { font-weight: inherit; }
.jl-timeline .jl-vrow .jl-v-meta { fill: var(--jl-color-muted); }
.jl-timeline .jl-vrow .jl-v-link { stroke: var(--c); stroke-width: 1px; stroke-opacity: 0.6; }
.jl-timeline .jl-vrow .jl-fuzz { stroke: var(--c); stroke-width: 1px; }
.jl-timeline .jl-vrow .jl-v-core { fill: var(--c); fill-opacity: 0.85; }
.jl-timeline .jl-vrow .jl-v-span { fill: var(--c); }
.jl-timeline .jl-vrow.jl-hollow .jl-v-span { fill: var(--jl-color-background); }
.jl-timeline .jl-has-hover .jl-vrow:not(.jl-on):not(.jl-selected) { opacity: 1; }
.jl-timeline .jl-v-year { font-size: 17px; font-weight: 700; fill: var(--jl-color-text); }
.jl-timeline .jl-v-rule { stroke: var(--jl-color-border); }
.jl-timeline .jl-v-era rect { fill: var(--jl-color-era); }
.jl-timeline .jl-v-era-label { fill: var(--jl-color-era-text); font-style: italic; }
.jl-timeline.jl-vertical .jl-details.jl-v-details { position: absolute; box-sizing: border-box; margin: 0; z-index: 1; }
`;

/**
 * The timeline's own CSS (the shared theme supplies the custom properties). Marks take their
 * colour from `--c`, set per mark to a palette variable, so themes recolour without re-render.
 */
export const timelineCss = `
.jl-timeline { width: 100%; }
/* Data text may be in another script than the page: let each paragraph find its own direction. */
.jl-timeline .jl-content-note, .jl-timeline .jl-tooltip p, .jl-timeline .jl-tooltip h3, .jl-timeline .jl-details p, .jl-timeline .jl-details li, .jl-timeline .jl-table td, .jl-timeline .jl-table th { unicode-bidi: plaintext; }
.jl-timeline .jl-toolbar { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin: 2px 0 4px; }
.jl-timeline .jl-toolbar .jl-spacer { flex: 1; }
.jl-timeline .jl-title { margin: 0 0 2px; font-size: var(--jl-font-size-large); }
.jl-timeline .jl-plot { position: relative; overflow-x: hidden; overflow-y: auto; touch-action: none; border-radius: 4px; }
.jl-timeline .jl-plot:focus-visible { outline: 2px solid var(--jl-color-focus); outline-offset: 1px; }
/* Positions are absolute pixels: keep SVG text anchors absolute too, whatever the page direction
   (right-to-left runs inside a label are still ordered by the bidi algorithm). */
.jl-timeline .jl-plot svg { display: block; user-select: none; -webkit-user-select: none; direction: ltr; }
.jl-timeline .jl-plot canvas { position: absolute; left: 0; top: 0; pointer-events: none; }
.jl-timeline .jl-plot.jl-dragging { cursor: grabbing; }
.jl-timeline text { fill: var(--jl-color-text); font-family: var(--jl-font-family); }
.jl-timeline .jl-lane-bg { fill: var(--jl-color-lane); }
.jl-timeline .jl-lane-bg.jl-odd { fill: transparent; }
.jl-timeline .jl-lane-label { font-size: var(--jl-font-size-small); font-weight: 600; fill: var(--jl-color-muted); }
.jl-timeline .jl-tick line { stroke: var(--jl-color-grid); }
.jl-timeline .jl-tick.jl-major line { stroke: var(--jl-color-border); }
.jl-timeline .jl-tick text, .jl-timeline .jl-sticky-tick { font-size: var(--jl-font-size-small); fill: var(--jl-color-muted); }
.jl-timeline .jl-axis-line { stroke: var(--jl-color-border); }
.jl-timeline .jl-era rect { fill: var(--jl-color-era); }
.jl-timeline .jl-sticky-bg { fill: var(--jl-color-background); }
.jl-timeline .jl-era text, .jl-timeline .jl-sticky-era { font-size: var(--jl-font-size-small); fill: var(--jl-color-era-text); font-style: italic; }
.jl-timeline .jl-break rect { fill: var(--jl-color-surface-alt); }
.jl-timeline .jl-break path { stroke: var(--jl-color-muted); fill: none; }
.jl-timeline .jl-mark { cursor: pointer; outline: none; }
.jl-timeline .jl-mark text { font-size: 12px; paint-order: stroke; stroke: var(--jl-color-background); stroke-width: 3px; stroke-linejoin: round; }
.jl-timeline .jl-annotation { font-size: var(--jl-font-size-small); font-weight: 600; fill: var(--jl-color-text); paint-order: stroke; stroke: var(--jl-color-background); stroke-width: 3px; stroke-linejoin: round; pointer-events: none; }
.jl-timeline .jl-annotation-line { fill: none; stroke: var(--jl-color-text); stroke-width: 1px; stroke-dasharray: 2 2; pointer-events: none; }
.jl-timeline .jl-hidden-labels { font-size: var(--jl-font-size-small); fill: var(--jl-color-muted); }
.jl-timeline .jl-leader { stroke: var(--jl-color-muted); stroke-width: 1px; pointer-events: none; }
.jl-timeline .jl-continues { fill: none; stroke: var(--jl-color-muted); stroke-width: 1.5px; pointer-events: none; }
.jl-timeline .jl-era text, .jl-timeline .jl-lane-label, .jl-timeline .jl-hidden-labels { paint-order: stroke; stroke: var(--jl-color-background); stroke-width: 3px; stroke-linejoin: round; }
.jl-timeline .jl-core { fill: var(--c); fill-opacity: 0.22; stroke: var(--c); stroke-width: var(--jl-stroke-width); }
.jl-timeline .jl-fuzz { stroke: var(--c); stroke-width: 1px; stroke-dasharray: 3 2; }
.jl-timeline .jl-approx .jl-core { stroke-dasharray: 4 2; }
.jl-timeline .jl-glyph { fill: var(--c); stroke: var(--c); stroke-width: var(--jl-stroke-width); }
.jl-timeline .jl-hollow .jl-glyph { fill: var(--jl-color-background); }
.jl-timeline .jl-approx .jl-glyph { stroke-dasharray: 2 1.5; }
.jl-timeline .jl-instrument { fill: none; stroke: var(--jl-cat-3); stroke-width: 2px; }
.jl-timeline .jl-connector { stroke: var(--jl-color-text); stroke-width: 1px; stroke-dasharray: 2 3; opacity: 0; pointer-events: none; }
.jl-timeline .jl-connector.jl-on { opacity: 0.7; }
.jl-timeline .jl-mark.jl-on .jl-glyph, .jl-timeline .jl-mark.jl-on .jl-core { stroke: var(--jl-color-selected); stroke-width: 2.5px; }
.jl-timeline .jl-mark.jl-on text { font-weight: 600; }
.jl-timeline .jl-mark.jl-selected .jl-glyph, .jl-timeline .jl-mark.jl-selected .jl-core { stroke: var(--jl-color-selected); stroke-width: 3px; }
.jl-timeline .jl-mark.jl-selected text { font-weight: 700; }
.jl-timeline .jl-focus-ring { fill: none; stroke: var(--jl-color-focus); stroke-width: 2px; pointer-events: none; }
.jl-timeline .jl-has-hover .jl-mark:not(.jl-on):not(.jl-selected) { opacity: 0.4; }
.jl-timeline .jl-has-emphasis .jl-mark:not(.jl-emphasized):not(.jl-selected) { opacity: 0.3; }
.jl-timeline .jl-mark.jl-emphasized .jl-glyph, .jl-timeline .jl-mark.jl-emphasized .jl-core { stroke: var(--jl-color-selected); stroke-width: 2px; }
.jl-timeline .jl-bin-lane { fill: var(--jl-cat-1); cursor: zoom-in; }
.jl-timeline .jl-bin-hover { fill: var(--jl-color-selected); pointer-events: none; }
.jl-timeline .jl-overview { margin-top: 4px; }
.jl-timeline .jl-table-pager { display: flex; gap: 8px; align-items: center; margin-top: 4px; }
.jl-timeline .jl-overview .selection { fill: var(--jl-color-focus); fill-opacity: 0.15; stroke: var(--jl-color-focus); }
.jl-timeline svg.jl-overview { touch-action: pan-y; user-select: none; -webkit-user-select: none; }
.jl-timeline .jl-overview .overlay { cursor: crosshair; }
.jl-timeline .jl-overview .selection { cursor: move; }
.jl-timeline .jl-overview .handle { cursor: ew-resize; }
.jl-timeline .jl-overview .jl-brush-overlay * { cursor: crosshair; }
.jl-timeline .jl-overview .jl-brush-selection * { cursor: move; }
.jl-timeline .jl-overview .jl-brush-w *, .jl-timeline .jl-overview .jl-brush-e * { cursor: ew-resize; }
.jl-timeline .jl-overview .jl-ov-mark { fill: var(--jl-color-muted); }
.jl-timeline .jl-skip { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.jl-timeline .jl-skip:focus { position: static; width: auto; height: auto; clip-path: none; display: inline-block; margin: 2px 0; padding: 2px 6px; background: var(--jl-color-background); color: var(--jl-color-text); outline: 2px solid var(--jl-color-focus); }
.jl-timeline .jl-zoom-hint { font-size: var(--jl-font-size-small); color: var(--jl-color-muted); }
`;

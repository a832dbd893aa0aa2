/**
 * The "slide" theme: large type and high contrast for projectors, as custom properties on the
 * element matched by `host` (`:host([theme="slide"])` in a shadow root), plus the timeline's
 * mark labels at the size the slide layout measures them with (24px; the timeline's own CSS
 * draws them at 12px whatever its `fontSize` option). No text under 24 px: what a 1920 × 1080
 * slide needs to be read from the back of a room.
 * @example slideThemeCss(':host([theme="slide"])');
 */
export function slideThemeCss(host: string): string {
  return `
${host} {
  --jl-font-size: 26px;
  --jl-font-size-small: 24px;
  --jl-font-size-large: 36px;
  --jl-color-text: #000000;
  --jl-color-muted: #1f1f1f;
  --jl-color-border: #000000;
  --jl-color-grid: #9a9a9a;
  --jl-stroke-width: 3px;
}
${host} .jl-timeline .jl-mark text { font-size: 24px; }
`;
}

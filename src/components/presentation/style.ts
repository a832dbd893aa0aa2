/**
 * Presentation mode's CSS and the "slide" theme: large type and high contrast for a projector,
 * set on `.jl-presentation` and re-declared on the charts inside it (their own root declares the
 * theme's defaults, which a parent's values would not reach).
 */
export const presentationCss = `
.jl-presentation, .jl-presentation .jl-root {
  --jl-font-size: 20px;
  --jl-font-size-small: 17px;
  --jl-font-size-large: 30px;
  --jl-color-text: #000000;
  --jl-color-muted: #202020;
  --jl-color-background: #ffffff;
  --jl-color-border: #000000;
  --jl-color-grid: #8c8c8c;
  --jl-stroke-width: 3px;
}
.jl-presentation {
  display: grid; grid-template-rows: auto minmax(0, 1fr) auto; gap: 12px;
  padding: 16px 24px; background: var(--jl-color-background); color: var(--jl-color-text);
  font-family: var(--jl-font-family); box-sizing: border-box;
}
.jl-presentation:fullscreen { width: 100vw; height: 100vh; padding: 3vh 4vw; overflow: auto; }
.jl-presentation:focus { outline: none; }
.jl-presentation:focus-visible { outline: 3px solid var(--jl-color-focus); outline-offset: -3px; }
.jl-presentation-bar { display: flex; align-items: center; gap: 10px; font-size: var(--jl-font-size-small); }
.jl-presentation-bar .jl-presentation-count { margin-inline-end: auto; font-weight: 600; }
.jl-presentation-bar button { font-size: var(--jl-font-size-small); min-height: 40px; min-width: 44px; }
.jl-presentation-stage { min-height: 0; overflow: hidden; }
/* Mark labels at the size the stage's timeline measures them with (its fontSize option). */
.jl-presentation-stage .jl-timeline .jl-mark text { font-size: 17px; }
.jl-presentation-stage .jl-timeline .jl-details, .jl-presentation-stage .jl-timeline .jl-sources { display: none; }
.jl-presentation-slide { font-size: clamp(18px, 1.8vw, 32px); line-height: 1.3; }
.jl-presentation-slide .jl-presentation-when { font-weight: 700; color: var(--jl-color-muted); margin: 0; }
.jl-presentation-slide h2 { font-size: 1.6em; line-height: 1.15; margin: 0.1em 0 0.25em; }
.jl-presentation-slide p { margin: 0 0 0.4em; max-width: 60em; }
.jl-presentation-slide ul { margin: 0.2em 0 0; padding-inline-start: 1.2em; }
.jl-presentation-slide li { margin: 0.1em 0; }
.jl-presentation-slide .jl-presentation-figures { font-weight: 600; }
.jl-presentation-slide .jl-presentation-source { font-size: 0.6em; color: var(--jl-color-muted); }
`;

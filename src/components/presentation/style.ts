/**
 * Presentation mode's CSS and the "slide" theme: large type and high contrast for a projector,
 * set on `.jl-presentation` and re-declared on the charts inside it (their own root declares the
 * theme's defaults, which a parent's values would not reach).
 *
 * Every size is a multiple of `--jl-present-unit`, which `createPresentation` sets from the size
 * of the presentation (24 px on a 1920 × 1080 screen, never under 16 px): the type grows with the
 * room, and no text is smaller than the unit.
 */
export const presentationCss = `
.jl-presentation, .jl-presentation .jl-root {
  --jl-present-u: var(--jl-present-unit, 20px);
  --jl-font-size: calc(var(--jl-present-u) * 1.1);
  --jl-font-size-small: var(--jl-present-u);
  --jl-font-size-large: calc(var(--jl-present-u) * 1.5);
}
.jl-presentation.jl-slide, .jl-presentation.jl-slide .jl-root {
  --jl-color-text: #000000;
  --jl-color-muted: #202020;
  --jl-color-background: #ffffff;
  --jl-color-border: #000000;
  --jl-color-grid: #8c8c8c;
  --jl-stroke-width: 3px;
}
.jl-presentation {
  display: grid; grid-template-rows: auto minmax(40%, 1fr) minmax(0, auto); gap: calc(var(--jl-present-u) * 0.4);
  height: 100vh; padding: calc(var(--jl-present-u) * 0.5) calc(var(--jl-present-u) * 1);
  background: var(--jl-color-background); color: var(--jl-color-text);
  font-family: var(--jl-font-family); font-size: var(--jl-present-u); box-sizing: border-box; overflow: hidden;
}
.jl-presentation.jl-presentation-fill { height: 100%; }
.jl-presentation:fullscreen { width: 100vw; height: 100vh; }
.jl-presentation:focus { outline: none; }
.jl-presentation:focus-visible { outline: 3px solid var(--jl-color-focus); outline-offset: -3px; }
.jl-presentation-bar { display: flex; align-items: center; gap: calc(var(--jl-present-u) * 0.4); font-size: var(--jl-present-u); }
.jl-presentation-bar .jl-presentation-count { margin-inline-end: auto; font-weight: 600; }
.jl-presentation-bar button {
  font: inherit; font-size: var(--jl-present-u); min-height: max(44px, calc(var(--jl-present-u) * 1.8));
  min-width: max(44px, calc(var(--jl-present-u) * 2)); padding: 0 calc(var(--jl-present-u) * 0.5);
  color: var(--jl-color-text); background: var(--jl-color-background);
  border: 2px solid var(--jl-color-border); border-radius: 6px; cursor: pointer;
}
.jl-presentation-bar button:disabled { opacity: 0.45; cursor: default; }
.jl-presentation-bar button:focus-visible { outline: 3px solid var(--jl-color-focus); outline-offset: 2px; }
.jl-presentation-stage { position: relative; min-height: 0; overflow: hidden; }
/* Mark labels at the size the stage's timeline measures them with (its fontSize option). */
.jl-presentation-stage .jl-timeline .jl-mark text { font-size: var(--jl-present-u); }
.jl-presentation-stage .jl-timeline .jl-details, .jl-presentation-stage .jl-timeline .jl-sources { display: none; }
.jl-presentation-stage .jl-timeline .jl-legend { margin: 0 0 calc(var(--jl-present-u) * 0.2); }
.jl-presentation-more { display: flex; justify-content: center; padding-top: calc(var(--jl-present-u) * 0.25); }
.jl-presentation-more[hidden] { display: none; }
.jl-presentation-more button {
  font: inherit; font-size: var(--jl-present-u); font-weight: 600; max-width: 100%;
  min-height: max(44px, calc(var(--jl-present-u) * 1.8)); padding: 0 calc(var(--jl-present-u) * 0.6);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  color: var(--jl-color-text); background: var(--jl-color-background);
  border: 2px solid var(--jl-color-border); border-radius: 999px; cursor: pointer;
}
.jl-presentation-more button:disabled { opacity: 0.6; cursor: default; }
.jl-presentation-slide {
  display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: calc(var(--jl-present-u) * 1);
  min-height: 0; overflow: auto; font-size: calc(var(--jl-present-u) * 1.25); line-height: 1.3;
}
.jl-presentation-text { min-width: 0; }
.jl-presentation-media { margin: 0; max-width: 40vw; }
.jl-presentation-media:empty { display: none; }
.jl-presentation-media img { display: block; max-width: 100%; height: auto; max-height: 40vh; }
.jl-presentation-media figcaption { font-size: var(--jl-present-u); color: var(--jl-color-muted); }
.jl-presentation-slide .jl-presentation-when { font-weight: 700; color: var(--jl-color-muted); margin: 0; font-size: var(--jl-present-u); }
.jl-presentation-slide h2 { font-size: calc(var(--jl-present-u) * 2); line-height: 1.15; margin: 0.1em 0 0.25em; }
.jl-presentation-slide p { margin: 0 0 0.4em; max-width: 60em; }
.jl-presentation-slide ul { margin: 0.2em 0 0.4em; padding-inline-start: 1.2em; }
.jl-presentation-slide li { margin: 0.1em 0; break-inside: avoid; }
.jl-presentation-slide .jl-presentation-figures { font-weight: 600; font-size: calc(var(--jl-present-u) * 1.1); }
.jl-presentation-slide .jl-presentation-columns { columns: 2 20em; column-gap: 2em; }
.jl-presentation-slide .jl-presentation-source { font-size: var(--jl-present-u); color: var(--jl-color-muted); }
.jl-presentation-slide .jl-content-note { font-size: var(--jl-present-u); max-width: none; }
/* In <jointline-presentation>, the presentation fills the element and shows the content note itself. */
.jl-embed[data-view="presentation"] { display: flex; flex-direction: column; height: 100%; }
.jl-embed[data-view="presentation"] > .jl-embed-chart { flex: 1 1 auto; min-height: 0; }
.jl-embed[data-view="presentation"] > .jl-content-note { display: none; }
`;

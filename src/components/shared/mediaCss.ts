/** The CSS of `renderMedia`'s figure (in the shared theme stylesheet). */
export const mediaCss = `
.jl-root .jl-media { margin: 8px 0; max-width: 100%; }
.jl-root .jl-media img { display: block; max-width: 100%; height: auto; object-fit: contain; background: var(--jl-color-surface-alt); }
.jl-root .jl-media-thumb img { max-width: 160px; max-height: 90px; width: auto; }
.jl-root .jl-media figcaption, .jl-root .jl-media-off { font-size: var(--jl-font-size-small); color: var(--jl-color-muted); margin: 4px 0 0; }
.jl-root .jl-media-off { font-style: italic; }
`;

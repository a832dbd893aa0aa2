/**
 * The network's zoom scales, least and most: d3-zoom's behaviour (zoomBehavior.ts) and the
 * network's own zoom before it is here (networkZoom.ts) both hold to it.
 */
export const networkScaleExtent: [number, number] = [0.5, 8];

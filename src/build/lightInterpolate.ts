// The script-tag build's stand-in for d3-interpolate (vite.config.ts aliases it there; the npm
// build keeps d3-interpolate). Only d3-zoom imports it, for `interpolateZoom` (the smooth
// double-click zoom), but d3-interpolate is one file whose top level builds colour interpolators
// with d3-color, so a bundler keeps both: about 4.5 KB gzip of the embed for one function.
// This is d3-interpolate's `interpolateZoom` (v3, ISC licence, © Mike Bostock), ported as is.

const epsilon2 = 1e-12;
const cosh = (x: number) => {
  const e = Math.exp(x);
  return (e + 1 / e) / 2;
};
const sinh = (x: number) => {
  const e = Math.exp(x);
  return (e - 1 / e) / 2;
};
const tanh = (x: number) => {
  const e = Math.exp(2 * x);
  return (e - 1) / (e + 1);
};

/** A view: centre x, centre y and width. */
type View = [number, number, number];

/** An interpolator between two views, with the duration d3 recommends for it (ms). */
export interface ZoomInterpolator {
  (t: number): View;
  duration: number;
}

/** {@link interpolateZoom} with its curvature `rho` and a `rho` setter, as in d3. */
export interface InterpolateZoom {
  (p0: View, p1: View): ZoomInterpolator;
  rho(rho: number): InterpolateZoom;
}

function zoomRho(rho: number, rho2: number, rho4: number): InterpolateZoom {
  const zoom = ((p0: View, p1: View): ZoomInterpolator => {
    const [ux0, uy0, w0] = p0;
    const [ux1, uy1, w1] = p1;
    const dx = ux1 - ux0;
    const dy = uy1 - uy0;
    const d2 = dx * dx + dy * dy;
    let i: ZoomInterpolator;
    let S: number;
    if (d2 < epsilon2) {
      // Special case for u0 ≅ u1.
      S = Math.log(w1 / w0) / rho;
      i = ((t: number) => [
        ux0 + t * dx,
        uy0 + t * dy,
        w0 * Math.exp(rho * t * S),
      ]) as ZoomInterpolator;
    } else {
      const d1 = Math.sqrt(d2);
      const b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1);
      const b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1);
      const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
      const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
      S = (r1 - r0) / rho;
      i = ((t: number) => {
        const s = t * S;
        const coshr0 = cosh(r0);
        const u = (w0 / (rho2 * d1)) * (coshr0 * tanh(rho * s + r0) - sinh(r0));
        return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(rho * s + r0)];
      }) as ZoomInterpolator;
    }
    i.duration = (Math.abs(S) * 1000 * rho) / Math.SQRT2;
    return i;
  }) as InterpolateZoom;
  zoom.rho = (value: number) => {
    const r1 = Math.max(1e-3, +value);
    const r2 = r1 * r1;
    return zoomRho(r1, r2, r2 * r2);
  };
  return zoom;
}

/**
 * Smooth zooming and panning between two views (van Wijk and Nuij, "Smooth and efficient zooming
 * and panning"), exactly as d3-interpolate's `interpolateZoom`.
 * @example interpolateZoom([30, 30, 40], [135, 85, 60])(0.5);
 */
export const interpolateZoom: InterpolateZoom = zoomRho(Math.SQRT2, 2, 4);

import type { PartLoader, PartName } from "../embed/parts";

/** Each part's module, imported on first use by the ESM build (bundlers split them off). */
const modules: Record<PartName, () => Promise<unknown>> = {
  details: () => import("./parts/details"),
  gesture: () => import("./parts/gesture"),
  network: () => import("./parts/network"),
  trend: () => import("./parts/trend"),
  dashboard: () => import("./parts/dashboard"),
  presentation: () => import("./parts/presentation"),
  validate: () => import("./parts/validate"),
  csv: () => import("./parts/csv"),
  timelinejs: () => import("./parts/timelinejs"),
  export: () => import("./parts/export"),
  "embed-code": () => import("./parts/embed-code"),
  vertical: () => import("./parts/vertical"),
  canvas: () => import("./parts/canvas"),
  overview: () => import("./parts/overview"),
  encodings: () => import("./parts/encodings"),
  frame: () => import("./parts/frame"),
  problems: () => import("./parts/problems"),
};

/**
 * The part loader of the ESM build: a dynamic `import()` of the part's module, which registers
 * it when it runs.
 * @example setPartLoader(importPart);
 */
export const importPart: PartLoader = (name) => modules[name]();

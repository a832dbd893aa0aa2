/**
 * Where a chart finds code that the script-tag build loads as a part (the vertical layout, the
 * canvas layer, the overview): in the ESM build it is `bundled` (imported with the chart); in
 * the script-tag build it starts empty and comes from a loader (the part) or from another part
 * that carries it (`provide`).
 */
export interface CodeSlot<T> {
  /** The code when it is here, else undefined: ask for it with `load`. */
  get(): T | undefined;
  /** Gives the code (a part that carries it); the first one given is kept. */
  provide(given: T): void;
  /** Sets how the code is brought in where it is not bundled (the script-tag core loads its part). */
  setLoader(load: () => Promise<T>): void;
  /**
   * The code, loading it on the first call (later calls share that load). Rejects with the
   * loader's error (the part that could not load, and from where); a later call tries again.
   */
  load(): Promise<T>;
}

/**
 * A {@link CodeSlot} holding `bundled` (undefined in the script-tag build); `what` is the part's
 * name, for the error of a slot with neither code nor loader (a wiring mistake, not a reader's).
 *
 * @example
 * const slot = createCodeSlot(bundledCanvas, "canvas");
 * slot.setLoader(async () => (await loadPart("canvas")).code);
 * const { drawCanvas } = await slot.load();
 */
export function createCodeSlot<T>(bundled: T | undefined, what: string): CodeSlot<T> {
  let code = bundled;
  let loader: (() => Promise<T>) | undefined;
  let pending: Promise<T> | undefined;
  return {
    get: () => code,
    provide(given) {
      code ??= given;
    },
    setLoader(load) {
      loader = load;
    },
    load() {
      if (code) return Promise.resolve(code);
      if (!loader)
        return Promise.reject(new Error(`The ${what} part is not loaded and has no loader.`));
      pending ??= loader().then(
        (loaded) => {
          code ??= loaded;
          return code;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}

// Runs a function once input has paused, with a way to run it now (before saving, exporting).

/** A debounced call: `schedule()` restarts the wait, `flush()` runs a pending call at once. */
export interface Debounced {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/** Calls `run` `wait` ms after the last `schedule()` (a function: the wait at that moment). */
export function debounce(run: () => void, wait: number | (() => number)): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          timer = undefined;
          run();
        },
        typeof wait === "number" ? wait : wait(),
      );
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      run();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

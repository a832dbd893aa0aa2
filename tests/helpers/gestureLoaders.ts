import { type GestureCode, setGestureLoader } from "../../src/components/timeline/gestureCode";

/**
 * Sets a gesture-code loader that holds the code until the test gives it (`arrive`), and counts
 * how often a chart asked for it (`calls`): the script-tag build's part on its way.
 * @example const loader = holdGestureCode(); …; loader.arrive({ attachZoom, attachInput });
 */
export function holdGestureCode(): { calls(): number; arrive(code: GestureCode): void } {
  let calls = 0;
  let arrive: (code: GestureCode) => void = () => {};
  setGestureLoader(() => {
    calls++;
    return new Promise((done) => (arrive = done));
  });
  return { calls: () => calls, arrive: (code) => arrive(code) };
}

/**
 * Sets a gesture-code loader that fails as a part that cannot load does (404), and counts how
 * often a chart asked for it.
 * @example const loader = failGestureCode(); …; expect(loader.calls()).toBe(1);
 */
export function failGestureCode(): { calls(): number } {
  let calls = 0;
  setGestureLoader(() => {
    calls++;
    return Promise.reject(
      Object.assign(new Error("Could not load jointline.gesture.js from here: 404."), {
        part: "gesture",
      }),
    );
  });
  return { calls: () => calls };
}

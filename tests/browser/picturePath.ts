/**
 * Where a browser test writes a picture the README shows, as a path relative to the test file
 * (Playwright's `page.screenshot` reads it so). By default the picture goes to `.vitest/pictures/`
 * (ignored by git), so that `npm test` leaves the tree as it found it; with
 * `VITE_UPDATE_PICTURES=1` (vite passes `VITE_` variables to browser code) it replaces the
 * README's copy in `examples/rendered/`, to be looked at before committing.
 *
 * @example
 * await page.screenshot({ path: picturePath("timeline-1280.png") });
 * // VITE_UPDATE_PICTURES=1 npx vitest run --project browser tests/browser/readability.test.ts
 */
export function picturePath(name: string): string {
  const folder = import.meta.env.VITE_UPDATE_PICTURES ? "examples/rendered" : ".vitest/pictures";
  return `../../${folder}/${name}`;
}

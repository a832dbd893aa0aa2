/**
 * Debian's Chromium, never a downloaded one (downloads fail on these machines; see
 * ../shared/TOOLCHAIN.md): the path, overridable with CHROMIUM_PATH, and the flags every test,
 * benchmark and screenshot script launches it with. Without the networking flags Chromium's
 * background connections are refused by the closed network, many at a time.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumArgs: string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Whether `text` is an absolute http(s) URL, the only links jointline will ever draw. */
export function isHttpUrl(text: string): boolean {
  // Reject control characters and whitespace tricks such as "java\tscript:" before parsing,
  // since URL parsing silently strips some of them.
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code <= 0x20 || code === 0x7f) return false;
  }
  // Require the canonical "http://" or "https://" spelling: the URL parser also accepts
  // "https:\\host" and "https:host", which readers (and JSON Schema's pattern) would not
  // recognise as the link the browser will follow.
  if (!/^https?:\/\/[^/\\]/i.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  // A user name in a link ("https://europol.europa.eu@attacker.example/") disguises its host.
  if (url.username !== "" || url.password !== "") return false;
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}

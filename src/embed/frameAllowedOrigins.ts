/**
 * The other origins whose data an iframe page charts, besides its own: listed by its publisher in
 * the `allowed-origins` attribute of `<jointline-frame>` and in `<meta
 * name="jointline-allowed-origins" content="…">` tags, separated by spaces or commas (`*` for any
 * http(s) origin). The `src` of the page's query string is checked against them by
 * `loadEmbedData`'s `allowedOrigins`; `data:` and other schemes never pass.
 * @example frameAllowedOrigins(frame) // ["https://data.example.org"]
 */
export function frameAllowedOrigins(frame: Element): string[] {
  const lists = [
    frame.getAttribute("allowed-origins") ?? "",
    ...[...frame.ownerDocument.querySelectorAll('meta[name="jointline-allowed-origins"]')].map(
      (meta) => meta.getAttribute("content") ?? "",
    ),
  ];
  return lists.flatMap((list) => list.split(/[\s,]+/)).filter((entry) => entry !== "");
}

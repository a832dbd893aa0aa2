/**
 * Text safe inside `<script type="application/json">`: `</script>` and `<!--` cannot end or
 * confuse the element, since `<` is written as the JSON escape `\u003c`.
 * @example scriptSafeJson({ a: "</script>" }); // '{"a":"\\u003c/script>"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

const block =
  /(<script\b[^>]*\btype="application\/json"[^>]*\bdata-from="([^"]+)"[^>]*>)([\s\S]*?)(<\/script>)/g;

/**
 * Fills every `<script type="application/json" data-from="data.json">…</script>` of an HTML page
 * with the (validated, minified) contents of the file it names, so the page works offline and
 * from `file://`, where a chart cannot fetch its data. `read(path)` returns a file's dataset
 * value, the path as written in `data-from`.
 *
 * @example
 * inlineData(html, (path) => JSON.parse(readFileSync(resolve(dir, path), "utf8")));
 */
export function inlineData(
  html: string,
  read: (path: string) => unknown,
): { html: string; count: number } {
  let count = 0;
  const out = html.replace(block, (_, open: string, path: string, _old: string, close: string) => {
    count++;
    return `${open}${scriptSafeJson(read(path))}${close}`;
  });
  return { html: out, count };
}

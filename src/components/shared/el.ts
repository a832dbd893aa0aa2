/**
 * Creates an HTML element with a class and text, the small helper every shared renderer uses.
 * Text is set with `textContent`, so data can never inject markup.
 *
 * @example
 * el(document, "p", "jl-meta", "2 Apr 2025");
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

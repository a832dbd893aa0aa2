/**
 * Resolves once the element's children are parsed: at once after parsing, else when the element
 * has a next sibling (the parser moved past it) or at DOMContentLoaded, whichever comes first.
 */
export function childrenParsed(element: Element): Promise<void> {
  const document = element.ownerDocument;
  if (document.readyState !== "loading" || nextNodeAfter(element)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      document.removeEventListener("DOMContentLoaded", done);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (nextNodeAfter(element)) done();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", done);
  });
}

/** The node the parser adds after `element` and all its descendants, if it has got that far. */
function nextNodeAfter(element: Element): Node | null {
  for (let node: Node | null = element; node; node = node.parentNode) {
    if (node.nextSibling) return node.nextSibling;
  }
  return null;
}

/**
 * Which presentation answers the keys pressed while no control has focus, when a page has
 * several: the one last focused, else the first made — and never one that is hidden (a
 * presentation on a slide not shown). One list per document.
 */
const owners = new WeakMap<Document, HTMLElement[]>();

/**
 * Adds a presentation's root to its document's list; returns the function that removes it.
 * @example bag.add(claimKeys(root));
 */
export function claimKeys(root: HTMLElement): () => void {
  const document = root.ownerDocument;
  const list = owners.get(document) ?? [];
  owners.set(document, list);
  list.push(root);
  return () => {
    const at = list.indexOf(root);
    if (at >= 0) list.splice(at, 1);
  };
}

/**
 * Moves a presentation to the front of its document's list (it was focused).
 * @example bag.listen(root, "focusin", () => preferKeys(root));
 */
export function preferKeys(root: HTMLElement): void {
  const list = owners.get(root.ownerDocument);
  const at = list?.indexOf(root) ?? -1;
  if (!list || at <= 0) return;
  list.splice(at, 1);
  list.unshift(root);
}

/**
 * The presentation that takes the page's keys: the first shown one in the list.
 * @example if (keyOwner(document) === root) next();
 */
export function keyOwner(document: Document): HTMLElement | undefined {
  return owners.get(document)?.find((root) => root.isConnected && root.getClientRects().length > 0);
}

/**
 * Whether focus is on no control of the page (on the body, or nowhere), so that a key pressed
 * belongs to no one and the presentation may take it.
 * @example if (isFocusFree(document)) next();
 */
export function isFocusFree(document: Document): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

/** Attribute that carries an element's tree-order index — set on the CLONE only, never on the page. */
export const TREE_INDEX_ATTRIBUTE = 'data-lens-index';

/**
 * Clones `doc` and tags every element of the clone with the index of its counterpart in the live
 * document's tree-order element list, so anything found in the clone (after Readability rewrote it)
 * can be mapped back to the live element. `cloneNode(true)` preserves tree order, so the n-th element
 * of the clone is the copy of the n-th element of the original.
 */
export function cloneWithTreeIndex(doc: Document): { clone: Document; live: Element[] } | undefined {
  const live = Array.from(doc.querySelectorAll('*'));
  const clone = doc.cloneNode(true) as Document;
  const copies = clone.querySelectorAll('*');
  // A mismatch means the DOM implementation cloned differently; mapping would be wrong, so give up.
  if (copies.length !== live.length) return undefined;
  for (let i = 0; i < copies.length; i++) copies[i]?.setAttribute(TREE_INDEX_ATTRIBUTE, String(i));
  return { clone, live };
}

/** The live element for a node of the clone: its own index, else its nearest indexed ancestor's. */
export function liveElementOf(element: Element, live: readonly Element[]): Element | undefined {
  const index = treeIndexOf(element);
  return index === undefined ? undefined : live[index];
}

/** The tree index carried by the element or its nearest indexed ancestor. */
export function treeIndexOf(element: Element): number | undefined {
  for (let current: Element | null = element; current; current = current.parentElement) {
    const value = current.getAttribute(TREE_INDEX_ATTRIBUTE);
    if (value !== null) return Number(value);
  }
  return undefined;
}

// Finding open shadow roots. There is no selector for shadow hosts, and a declarative shadow root's
// <template> is gone once parsed, so the only way is to look at elements. A TreeWalker over elements
// with no JS filter callback is the cheapest way to look at them (about a third of one text-node pass
// on a 50 KB page, measured in Chromium); it is bounded so a page of a million wrappers stays cheap.
// Closed shadow roots cannot be read from here and are not looked for.

/** Upper bound on elements looked at over all trees (light DOM and the shadow roots found). */
export const MAX_ELEMENTS = 30_000;
/** Upper bound on shadow roots returned (component-heavy pages have hundreds; a few is the norm). */
export const MAX_ROOTS = 500;

export interface ShadowRootSearch {
  maxElements?: number;
  maxRoots?: number;
}

const SHOW_ELEMENT = 1;

/**
 * The open shadow roots under `root` (an element, document or shadow root), nested ones included:
 * breadth-first by tree (the light DOM's roots, then the roots found inside those), each tree in
 * document order. Empty when the page has none, which is the usual case.
 */
export function openShadowRoots(root: Node, opts: ShadowRootSearch = {}): ShadowRoot[] {
  const maxElements = opts.maxElements ?? MAX_ELEMENTS;
  const maxRoots = opts.maxRoots ?? MAX_ROOTS;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return [];
  const found: ShadowRoot[] = [];
  let budget = maxElements;
  const trees: Node[] = [root];
  if (root.nodeType === 1 && (root as Element).shadowRoot) found.push((root as Element).shadowRoot!);
  for (let t = 0; t < trees.length + found.length && budget > 0 && found.length < maxRoots; t++) {
    // Trees to search: `root` first, then every shadow root found so far (for nested hosts).
    const tree = t < trees.length ? trees[t]! : found[t - trees.length]!;
    let walker: TreeWalker;
    try {
      walker = doc.createTreeWalker(tree, SHOW_ELEMENT);
    } catch {
      continue; // a node from another document
    }
    for (let n = walker.nextNode(); n && budget > 0; n = walker.nextNode()) {
      budget--;
      const shadow = (n as Element).shadowRoot;
      if (shadow) {
        found.push(shadow);
        if (found.length >= maxRoots) break;
      }
    }
  }
  return found;
}

/** A ShadowRoot (not a document fragment or a document). */
export function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return !!node && node.nodeType === 11 && !!(node as ShadowRoot).host;
}

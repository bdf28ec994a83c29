// Which parts of the DOM a reader can see. Two tiers: a cheap per-element test on tag and attributes
// (the walker prunes whole subtrees with it), and a computed-style test that is only asked about the
// elements that actually hold text, once per element (WeakMap cache up the composed ancestor chain).

/** The two computed properties the check reads (a CSSStyleDeclaration fits). */
export interface StyleLike {
  display: string;
  visibility: string;
}

/** Returns an element's computed style, or null when it cannot be computed. */
export type StyleFn = (el: Element) => StyleLike | null;

/** Elements whose content is never page prose (or is not rendered as text at all). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
  'map',
  'noembed',
  'noframes',
  'frameset',
]);

/** Cheap test: tag, `hidden`, `aria-hidden="true"` and editable regions. True means skip the subtree. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  // leakmark's own hosts (toolbars, legend, card): their text is never the page's.
  if (el.localName.startsWith('leakmark-')) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** The window's getComputedStyle for the element's own document. */
export const defaultStyle: StyleFn = (el) => el.ownerDocument?.defaultView?.getComputedStyle(el) ?? null;

/** The element a node hangs off in the rendered (composed) tree: its slot, parent or shadow host. */
export function composedParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  const host = (parent as ShadowRoot).host;
  return host ?? null;
}

interface VisState {
  /** display:none on the element or an ancestor: nothing inside renders. */
  gone: boolean;
  /** Computed visibility hidden/collapse (inherited, but a child may turn it back on). */
  invisible: boolean;
}

/**
 * A visibility check for text nodes backed by a per-element cache. `style: false` turns the CSS
 * part off (returns always true); the cheap attribute tier is the walker's job.
 */
export function createTextVisibility(style: StyleFn | false = defaultStyle): (text: Node) => boolean {
  if (style === false) return () => true;
  const cache = new WeakMap<Element, VisState>();
  const stateOf = (el: Element): VisState => {
    const hit = cache.get(el);
    if (hit) return hit;
    let computed: StyleLike | null = null;
    try {
      computed = style(el);
    } catch {
      computed = null;
    }
    const parent = composedParent(el);
    const vis = computed?.visibility;
    const state: VisState = {
      gone: computed?.display === 'none' || (parent ? stateOf(parent).gone : false),
      invisible: vis === 'hidden' || vis === 'collapse',
    };
    cache.set(el, state);
    return state;
  };
  return (text: Node) => {
    const parent = composedParent(text);
    if (!parent) return true;
    const s = stateOf(parent);
    return !s.gone && !s.invisible;
  };
}

// From text offsets to the DOM: facts → Ranges to paint (through the walk's TextMap), and the element
// an incident's toolbar goes in front of. Works on whatever document the map was built from.
import type { HighlightKind } from '../dom/highlight-styles';
import type { PaintItem } from '../dom/highlighter';
import type { TextMap } from '../dom/text-map';
import type { Fact } from './facts';

/** Paint items per kind; facts whose text is gone from the DOM (or synthetic, like the title) are skipped. */
export function factPaintItems(facts: readonly Fact[], map: TextMap, doc?: Document): Map<HighlightKind, PaintItem[]> {
  const out = new Map<HighlightKind, PaintItem[]>();
  for (const fact of facts) {
    const range = map.toRange(fact.start, fact.end, doc);
    if (!range) continue;
    let list = out.get(fact.kind);
    if (!list) out.set(fact.kind, (list = []));
    list.push({ range, id: fact.id });
  }
  return out;
}

/** Elements a toolbar host goes inside (at the start) rather than before: their parents take only them. */
const INSIDE = new Set(['li', 'dd', 'dt', 'td', 'th', 'summary', 'caption']);
const BLOCKS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'section', 'article', 'header', 'blockquote', 'pre', 'figure',
  'li', 'dd', 'dt', 'td', 'th', 'summary', 'caption', 'main', 'aside', 'details', 'address',
]);

export interface Placement {
  /** Insert the host as `parent.insertBefore(host, before)`. */
  parent: Node;
  before: Node | null;
  /** The block the incident's heading (or first text) is in. */
  block: Element;
}

/**
 * Where an incident's toolbar goes: just before the block holding its heading (else its first
 * character). In list items and table cells it goes first inside them (their parents take nothing
 * else). Null when the text is not in the DOM any more.
 */
export function toolbarPlacement(map: TextMap, headingSpan: [number, number] | null, span: [number, number]): Placement | null {
  const point =
    (headingSpan && headingSpan[1] > headingSpan[0] ? map.toRange(headingSpan[0], headingSpan[1])?.startContainer : null) ??
    map.toPoint(span[0], 'forward')?.node ??
    null;
  if (!point) return null;
  let el: Element | null = point.parentElement;
  while (el && !BLOCKS.has(el.localName) && el.parentElement && el.localName !== 'body') el = el.parentElement;
  if (!el || el.localName === 'body' || el.localName === 'html') {
    const body = point.ownerDocument?.body;
    if (!body) return null;
    return { parent: body, before: body.firstChild, block: body };
  }
  if (INSIDE.has(el.localName)) return { parent: el, before: el.firstChild, block: el };
  if (!el.parentNode) return null;
  return { parent: el.parentNode, before: el, block: el };
}

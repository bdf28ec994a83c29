// The <mark> fallback for browsers without the CSS Custom Highlight API. The page's own text nodes are
// never split or edited: a painted text node is swapped out for copies of its pieces (covered pieces
// wrapped in <mark data-leakmark=kind>), and restore() swaps the very same node back, so clearing
// gives back the original DOM node for node. Marks are created with createElement and text with
// createTextNode: page text is never parsed as HTML.
// Ranges are read when added (in the page's original coordinates) and the DOM is changed in a
// microtask, so several paint() calls made in one go all see the unpainted page.

import { HIGHLIGHT_KINDS, MARK_ATTRIBUTE, type HighlightKind } from './highlight-styles';
import { SKIP_TAGS } from './visibility';

export interface PaintedItem {
  kind: HighlightKind;
  id: string | null;
  range: Range;
}

interface Segment {
  node: Text;
  start: number;
  end: number;
  item: PaintedItem;
}

interface Swap {
  original: Text;
  inserted: Node[];
}

const SHOW_TEXT = 4;

export class MarkPainter {
  private segments: Segment[] = [];
  private swaps: Swap[] = [];
  private scheduled = false;
  /** Copies we inserted → the original node and the copy's offset in it. */
  private readonly pieces = new WeakMap<Text, { original: Text; offset: number }>();
  private readonly marks = new WeakMap<Element, PaintedItem[]>();

  constructor(private readonly doc: Document) {}

  /** Queue items for painting; the DOM changes at the next microtask or flush(). */
  add(items: readonly PaintedItem[]): void {
    for (const item of items) {
      for (const [node, start, end] of this.textIn(item.range)) this.segments.push({ node, start, end, item });
    }
    if (!this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => {
        if (this.scheduled) this.flush();
      });
    }
  }

  /** Apply queued items now. */
  flush(): void {
    this.scheduled = false;
    this.restore();
    const byNode = new Map<Text, Segment[]>();
    for (const seg of this.segments) {
      const list = byNode.get(seg.node);
      if (list) list.push(seg);
      else byNode.set(seg.node, [seg]);
    }
    for (const [node, segs] of byNode) this.wrap(node, segs);
  }

  /** Remove every mark and put the original text nodes back. */
  clear(): void {
    this.scheduled = false;
    this.restore();
    this.segments = [];
  }

  /** Whether a painted piece left the document (the page replaced the nodes we painted). */
  stale(): boolean {
    if (this.scheduled) this.flush();
    return this.swaps.some(({ inserted }) => inserted.some((n) => !n.isConnected));
  }

  /** The items painted on the mark that contains `el` (highest-priority kind first). */
  itemsAt(el: Element | null): PaintedItem[] {
    const mark = el?.closest(`mark[${MARK_ATTRIBUTE}]`);
    return (mark && this.marks.get(mark)) || [];
  }

  /** [text node, start, end] for every text node the range covers, in original coordinates. */
  private textIn(range: Range): [Text, number, number][] {
    if (range.collapsed) return [];
    const out: [Text, number, number][] = [];
    const { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } = range;
    const push = (t: Text, s: number, e: number) => {
      if (e <= s || !/\S/.test(t.data.slice(s, e))) return;
      const parent = t.parentNode;
      if (parent?.nodeType === 1 && SKIP_TAGS.has((parent as Element).localName)) return;
      const piece = this.pieces.get(t);
      if (piece) out.push([piece.original, piece.offset + s, piece.offset + e]);
      else out.push([t, s, e]);
    };
    if (sc === ec && sc.nodeType === 3) {
      push(sc as Text, so, eo);
      return out;
    }
    const root = range.commonAncestorContainer;
    const walker = this.doc.createTreeWalker(root, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!range.intersectsNode(n)) continue;
      const t = n as Text;
      push(t, t === sc ? so : 0, t === ec ? eo : t.length);
    }
    return out;
  }

  private wrap(node: Text, segs: Segment[]): void {
    const parent = node.parentNode;
    const len = node.length;
    if (!parent) return;
    const cuts = new Set<number>([0, len]);
    for (const s of segs) {
      cuts.add(Math.min(s.start, len));
      cuts.add(Math.min(s.end, len));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = this.doc.createDocumentFragment();
    const inserted: Node[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const piece = this.doc.createTextNode(node.data.slice(a, b));
      this.pieces.set(piece, { original: node, offset: a });
      const items = segs.filter((s) => s.start <= a && s.end >= b).map((s) => s.item);
      let top: Node = piece;
      if (items.length > 0) {
        items.sort((x, y) => HIGHLIGHT_KINDS.indexOf(y.kind) - HIGHLIGHT_KINDS.indexOf(x.kind));
        const mark = this.doc.createElement('mark');
        mark.setAttribute(MARK_ATTRIBUTE, items[0]!.kind);
        mark.appendChild(piece);
        this.marks.set(mark, items);
        top = mark;
      }
      frag.appendChild(top);
      inserted.push(top);
    }
    parent.insertBefore(frag, node);
    parent.removeChild(node);
    this.swaps.push({ original: node, inserted });
  }

  private restore(): void {
    for (let i = this.swaps.length - 1; i >= 0; i--) {
      const { original, inserted } = this.swaps[i]!;
      const first = inserted[0];
      const parent = first?.parentNode;
      if (parent) parent.insertBefore(original, first);
      for (const n of inserted) n.parentNode?.removeChild(n);
    }
    this.swaps = [];
  }
}

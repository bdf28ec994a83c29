// In-page highlights for the facts the engine found. The CSS Custom Highlight API paints ranges
// without touching the DOM (one Highlight per kind, registered as leakmark-<kind>); where it is missing,
// MarkPainter wraps the text in <mark data-leakmark=kind> and clear() restores the DOM exactly.
// hitTest() tells which painted range is under the pointer, for hover cards.

import { HIGHLIGHT_KINDS, HIGHLIGHT_SCOPE_ATTRIBUTE, highlightCss, highlightName, type HighlightKind } from './highlight-styles';
import { MarkPainter, type PaintedItem } from './mark-painter';

export { legendEntries, type HighlightKind, type LegendEntry } from './highlight-styles';

export interface PaintItem {
  range: Range;
  /** Payload returned by hitTest (e.g. an incident or count id). */
  id?: string;
}

export interface HitResult {
  kind: HighlightKind;
  id: string | null;
  range: Range;
}

/** The parts of HighlightRegistry / Highlight the highlighter uses (fakes in tests). */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): unknown;
}
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  priority: number;
}
export type HighlightConstructor = new (...ranges: AbstractRange[]) => HighlightLike;

export interface HighlighterOptions {
  /** Default: win.CSS.highlights. Null forces the <mark> fallback. */
  registry?: HighlightRegistryLike | null;
  /** Default: win.Highlight. */
  Highlight?: HighlightConstructor | null;
  /** Caret under a point (Highlight API path). Default: caretPositionFromPoint / caretRangeFromPoint. */
  caretAt?: (x: number, y: number) => { node: Node; offset: number } | null;
  /** Element under a point (fallback path). Default: document.elementFromPoint. */
  elementAt?: (x: number, y: number) => Element | null;
  /**
   * The document already holds the unscoped rules from its start (the content script's manifest css,
   * assets/highlights.css): no sheet is added and no element marked, so painting changes nothing in the
   * page's DOM or style. (Adding a sheet or marking elements on a 5 MB page made Chromium restyle and lay
   * it out again: one task of 60–400 ms.)
   */
  documentStyles?: boolean;
}

export interface Highlighter {
  readonly mode: 'highlight-api' | 'mark';
  /** Add ranges of one kind (call clear() first to replace everything). */
  paint(kind: HighlightKind, ranges: Iterable<Range | PaintItem>): void;
  /** Remove every highlight and the stylesheet; the fallback puts the original text nodes back. */
  clear(): void;
  /** Apply pending fallback wrapping now (it otherwise happens at the next microtask). */
  flush(): void;
  /** The painted range under a viewport point, highest-priority kind first. */
  hitTest(x: number, y: number): HitResult | null;
  /**
   * Whether the page removed or replaced text leakmark painted (a re-render): a live Range whose
   * nodes left the document collapses onto their old parent; fallback marks leave the document.
   */
  stale(): boolean;
}

type PageWindow = Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightConstructor };

export function createHighlighter(
  doc: Document = document,
  win: Window = window,
  opts: HighlighterOptions = {},
): Highlighter {
  const pageWin = win as PageWindow;
  const registry = opts.registry === undefined ? (pageWin.CSS?.highlights ?? null) : opts.registry;
  const Ctor = opts.Highlight === undefined ? (pageWin.Highlight ?? null) : opts.Highlight;
  const useApi = !!registry && !!Ctor;
  const painter = useApi ? null : new MarkPainter(doc);
  const painted = new Map<HighlightKind, { highlight: HighlightLike; items: PaintedItem[] }>();
  let removeStyles: (() => void) | null = null;
  /** Elements we put the scope attribute on (see HIGHLIGHT_SCOPE_ATTRIBUTE), to take it off again. */
  const scoped: Element[] = [];
  const scope = (range: Range) => {
    const el = scopeElement(range);
    if (!el || el.hasAttribute(HIGHLIGHT_SCOPE_ATTRIBUTE)) return;
    el.setAttribute(HIGHLIGHT_SCOPE_ATTRIBUTE, '');
    scoped.push(el);
  };
  const caretAt = opts.caretAt ?? ((x: number, y: number) => defaultCaretAt(doc, x, y));
  const elementAt = opts.elementAt ?? ((x: number, y: number) => doc.elementFromPoint?.(x, y) ?? null);

  return {
    mode: useApi ? 'highlight-api' : 'mark',
    paint(kind, ranges) {
      const items: PaintedItem[] = [];
      for (const r of ranges) {
        const item = 'range' in r ? { kind, id: r.id ?? null, range: r.range } : { kind, id: null, range: r };
        if (!item.range.collapsed) items.push(item);
      }
      if (items.length === 0) return;
      if (!opts.documentStyles) removeStyles ??= installStyles(doc, win);
      if (painter) return painter.add(items);
      if (!opts.documentStyles) for (const item of items) scope(item.range);
      const entry = painted.get(kind);
      if (entry) {
        for (const item of items) entry.highlight.add(item.range);
        entry.items.push(...items);
        return;
      }
      const highlight = new Ctor!(...items.map((i) => i.range));
      highlight.priority = HIGHLIGHT_KINDS.indexOf(kind);
      registry!.set(highlightName(kind), highlight);
      painted.set(kind, { highlight, items });
    },
    clear() {
      if (painter) painter.clear();
      for (const kind of painted.keys()) registry!.delete(highlightName(kind));
      painted.clear();
      for (const el of scoped.splice(0)) el.removeAttribute(HIGHLIGHT_SCOPE_ATTRIBUTE);
      removeStyles?.();
      removeStyles = null;
    },
    flush() {
      painter?.flush();
    },
    hitTest(x, y) {
      if (painter) {
        painter.flush();
        const item = painter.itemsAt(elementAt(x, y))[0];
        return item ? { kind: item.kind, id: item.id, range: item.range } : null;
      }
      const caret = caretAt(x, y);
      if (!caret) return null;
      for (let k = HIGHLIGHT_KINDS.length - 1; k >= 0; k--) {
        for (const item of painted.get(HIGHLIGHT_KINDS[k]!)?.items ?? []) {
          if (contains(item.range, caret.node, caret.offset) && underPoint(item.range, x, y)) {
            return { kind: item.kind, id: item.id, range: item.range };
          }
        }
      }
      return null;
    },
    stale() {
      if (painter) return painter.stale();
      for (const { items } of painted.values()) {
        for (const { range } of items) if (range.collapsed || !range.startContainer.isConnected) return true;
      }
      return false;
    },
  };
}

/**
 * The element whose subtree the highlight styles must reach: the range's common ancestor, or for a
 * range inside shadow trees the outermost host in the document (the document's sheet does not match
 * inside shadow trees, but highlight styles inherit into them).
 */
function scopeElement(range: Range): Element | null {
  const common = range.commonAncestorContainer;
  let el: Element | null = common.nodeType === 1 ? (common as Element) : common.parentElement;
  for (let root = el?.getRootNode(); el && root && root.nodeType === 11 && (root as ShadowRoot).host; root = el.getRootNode()) {
    el = (root as ShadowRoot).host;
  }
  return el;
}

function contains(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false; // different tree (shadow root) or a stale offset
  }
}

/** With layout available, the point must be inside one of the range's boxes (carets sit on edges). */
function underPoint(range: Range, x: number, y: number): boolean {
  const rects = typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
  const laidOut = rects.filter((r) => r.width > 0 && r.height > 0);
  if (laidOut.length === 0) return true;
  return laidOut.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

function defaultCaretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Adds the highlight stylesheet (constructed sheet when adoptable, else a <style>); returns its remover. */
function installStyles(doc: Document, win: Window): () => void {
  const css = highlightCss();
  const Sheet = (win as Window & { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
  if (Sheet && Array.isArray(doc.adoptedStyleSheets) && typeof Sheet.prototype.replaceSync === 'function') {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        return () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        };
      }
    } catch {
      // e.g. a content-script sheet the page's document refuses: use an element instead
    }
  }
  const style = doc.createElement('style');
  style.setAttribute('data-leakmark-style', '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

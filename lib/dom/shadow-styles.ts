// Highlights inside shadow trees. A document's stylesheets do not reach into shadow trees, so the
// ::highlight(leakmark-*) rules (and the fallback's mark[data-leakmark] rules) installed on the
// document paint nothing there: the ranges are registered, the text looks unchanged. This wraps the
// highlighter so that every shadow root holding a painted range also gets the rules, as a
// constructed stylesheet added to that root's adoptedStyleSheets (a <style> in the root where that
// is refused), removed again by clear(). Hit testing (hover cards) looks through the same roots,
// since a plain caret lookup stops at the shadow host.
import { highlightCss } from './highlight-styles';
import { createHighlighter, type Highlighter, type HighlighterOptions, type PaintItem } from './highlighter';
import { isShadowRoot } from './shadow-roots';

type SheetWindow = Window & { CSSStyleSheet?: typeof CSSStyleSheet };

interface CaretOptions {
  shadowRoots?: ShadowRoot[];
}
type CaretPositionFromPoint = (x: number, y: number, options?: CaretOptions) => CaretPosition | null;

/** Installs the highlight rules in shadow roots, once per root; `clear()` takes them all out. */
export class ShadowStyles {
  private readonly removers = new Map<ShadowRoot, () => void>();
  private sheet: CSSStyleSheet | null | undefined;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly css: string = highlightCss(),
  ) {}

  /** The shadow roots styled so far, in the order they were met. */
  get roots(): ShadowRoot[] {
    return [...this.removers.keys()];
  }

  /** Style the shadow root holding `node` (and the roots its host sits in), if any. */
  coverNode(node: Node): void {
    for (let root = rootOf(node); isShadowRoot(root) && !this.removers.has(root); root = rootOf(root.host)) {
      this.removers.set(root, this.install(root));
    }
  }

  clear(): void {
    for (const remove of this.removers.values()) {
      try {
        remove();
      } catch {
        // the root's host is gone: nothing to take out
      }
    }
    this.removers.clear();
  }

  private constructed(): CSSStyleSheet | null {
    if (this.sheet !== undefined) return this.sheet;
    this.sheet = null;
    const Sheet = (this.win as SheetWindow).CSSStyleSheet;
    if (Sheet && typeof Sheet.prototype.replaceSync === 'function') {
      try {
        const sheet = new Sheet();
        sheet.replaceSync(this.css);
        this.sheet = sheet;
      } catch {
        // no constructable sheets here: <style> elements below
      }
    }
    return this.sheet;
  }

  private install(root: ShadowRoot): () => void {
    const sheet = this.constructed();
    if (sheet && Array.isArray(root.adoptedStyleSheets)) {
      try {
        // Added after the root's own sheets, as the document's copy is added after the page's.
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        if (root.adoptedStyleSheets.includes(sheet)) {
          return () => {
            root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
          };
        }
      } catch {
        // refused (another realm's sheet): an element instead
      }
    }
    const style = this.doc.createElement('style');
    style.setAttribute('data-leakmark-style', '');
    style.textContent = this.css;
    root.appendChild(style);
    return () => style.remove();
  }
}

function rootOf(node: Node): Node {
  return typeof node.getRootNode === 'function' ? node.getRootNode() : node;
}

/**
 * createHighlighter, plus the highlight rules in every shadow root a painted range starts or ends in,
 * and a caret lookup that enters those roots. Same interface: callers do not change.
 */
export function createShadowAwareHighlighter(doc: Document = document, win: Window = window, opts: HighlighterOptions = {}): Highlighter {
  const styles = new ShadowStyles(doc, win);
  const caretAt = opts.caretAt ?? ((x: number, y: number) => caretThroughShadows(doc, x, y, styles.roots));
  const inner = createHighlighter(doc, win, { ...opts, caretAt });
  return {
    get mode() {
      return inner.mode;
    },
    paint(kind, ranges) {
      const list: Array<Range | PaintItem> = [];
      for (const r of ranges) {
        list.push(r);
        const range = 'range' in r ? r.range : r;
        try {
          styles.coverNode(range.startContainer);
          if (range.endContainer !== range.startContainer) styles.coverNode(range.endContainer);
        } catch (err) {
          console.debug('leakmark: shadow styles', err);
        }
      }
      inner.paint(kind, list);
    },
    clear() {
      inner.clear();
      styles.clear();
    },
    stale() {
      return inner.stale();
    },
    flush() {
      inner.flush();
    },
    hitTest(x, y) {
      return inner.hitTest(x, y);
    },
  };
}

/** The caret under a point, inside the given shadow roots where the browser can say so. */
export function caretThroughShadows(doc: Document, x: number, y: number, roots: ShadowRoot[]): { node: Node; offset: number } | null {
  const fromPoint = (doc as Document & { caretPositionFromPoint?: CaretPositionFromPoint }).caretPositionFromPoint;
  if (typeof fromPoint === 'function') {
    // Browsers without the options argument ignore it and stop at the host, as before.
    const pos = roots.length > 0 ? fromPoint.call(doc, x, y, { shadowRoots: roots }) : fromPoint.call(doc, x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

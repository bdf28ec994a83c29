// Explanation cards on hover: one passive pointermove listener, at most one hit test per animation
// frame; the card follows the highlighted range under the pointer and hides when there is none.
// Everything stops on `signal`.
import type { CardHost } from '../dom/card';
import type { Highlighter } from '../dom/highlighter';
import type { Explanation } from './explain';

export interface HoverCardsOptions {
  doc: Document;
  win: Window;
  highlighter: () => Highlighter | null;
  card: CardHost;
  explain: (id: string) => Explanation | null;
  signal: AbortSignal;
}

export function startHoverCards({ doc, win, highlighter, card, explain, signal }: HoverCardsOptions): void {
  let frame = 0;
  let x = 0;
  let y = 0;
  let shown: string | null = null;

  const check = () => {
    frame = 0;
    if (signal.aborted) return;
    try {
      const hit = highlighter()?.hitTest(x, y) ?? null;
      const text = hit?.id ? explain(hit.id) : null;
      if (!hit || !text) {
        if (shown) card.hide();
        shown = null;
        return;
      }
      if (shown === hit.id) return;
      shown = hit.id;
      const rect = hit.range.getBoundingClientRect();
      card.show({ title: text.title, lines: text.lines, anchorRect: rect });
    } catch (err) {
      console.debug('leakmark: hover', err);
    }
  };

  const onMove = (e: PointerEvent) => {
    x = e.clientX;
    y = e.clientY;
    if (!frame) frame = win.requestAnimationFrame(check);
  };
  const onScroll = () => {
    if (shown) card.hide();
    shown = null;
  };
  doc.addEventListener('pointermove', onMove, { passive: true, signal });
  win.addEventListener('scroll', onScroll, { passive: true, signal, capture: true });
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    card.hide();
  });
}

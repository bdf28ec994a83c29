// Row virtualisation for the library table: with a fixed row height, only the rows in (and just
// around) the viewport are rendered; a spacer of count × height keeps the scrollbar honest.
// Written here rather than taken from a library: it is ~60 lines and fixed heights keep it exact.
import type { Ref } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Viewport height assumed before layout (and in DOM emulations that have no layout). */
export const FALLBACK_VIEWPORT = 800;

/** Rows [start, end) to render for a scroll position; `overscan` extra rows on each side. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan = 6,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, Math.ceil((Math.max(0, scrollTop) + viewport) / rowHeight) + overscan);
  return { start, end: Math.max(start, end) };
}

/**
 * Visible row range of a scroll container whose rows start `offset` px below its top (a sticky
 * header). Scroll events are coalesced to one state update per animation frame.
 */
export function useVirtualRows(count: number, rowHeight: number, offset = 0) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const frame = useRef(0);

  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (ref.current) setScrollTop(ref.current.scrollTop);
    });
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || FALLBACK_VIEWPORT);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, []);

  /** Scroll so that row `index` is in view (no-op when it already is). */
  const scrollToIndex = useCallback(
    (index: number) => {
      const el = ref.current;
      if (!el) return;
      const top = offset + index * rowHeight;
      const height = el.clientHeight || FALLBACK_VIEWPORT;
      if (top < el.scrollTop + offset || top + rowHeight > el.scrollTop + height) {
        el.scrollTop = Math.max(0, top - height / 3);
        setScrollTop(el.scrollTop);
      }
    },
    [offset, rowHeight],
  );

  const range = visibleRange(scrollTop - offset, viewport, rowHeight, count);
  return { ref: ref as Ref<HTMLDivElement>, onScroll, range, scrollToIndex };
}

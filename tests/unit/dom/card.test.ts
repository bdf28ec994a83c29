// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createCardHost, placeCard } from '../../../lib/dom/card';

const HOSTILE = '<img src=x onerror="window.__pwned = 1">';
const rect = { left: 100, top: 200, right: 180, bottom: 220 };

afterEach(() => {
  document.body.replaceChildren();
});

describe('createCardHost', () => {
  it('renders hostile page text as text, never as markup', () => {
    const card = createCardHost(document, { mode: 'open' });
    card.show({ title: `流出件数 ${HOSTILE}`, lines: [HOSTILE, '約1,234名', '<b>bold?</b>'], anchorRect: rect });
    const root = card.host.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(root.querySelector('.title')!.textContent).toBe(`流出件数 ${HOSTILE}`);
    expect(Array.from(root.querySelectorAll('.line'), (p) => p.textContent)).toEqual([HOSTILE, '約1,234名', '<b>bold?</b>']);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('isolates styles: all:initial on the host, its own stylesheet inside the shadow root', () => {
    const card = createCardHost(document, { mode: 'open' });
    card.show({ title: 't', lines: [], anchorRect: rect });
    expect(card.host.style.getPropertyValue('all')).toBe('initial');
    expect(card.host.style.getPropertyPriority('position')).toBe('important');
    const sheet = card.host.shadowRoot!.querySelector('style')!;
    expect(sheet.textContent).toContain('.card');
    expect(document.head.querySelector('style')).toBeNull(); // nothing leaks into the page
  });

  it('shows, replaces lines, hides and is closed by default', () => {
    const card = createCardHost(document);
    expect(card.host.shadowRoot).toBeNull(); // closed: page scripts cannot reach in
    card.show({ title: 'a', lines: ['1', '2', '3'], anchorRect: rect });
    expect(card.host.isConnected).toBe(true);
    expect(card.host.style.getPropertyValue('display')).toBe('block');
    expect(card.host.style.getPropertyValue('top')).toBe(`${rect.bottom + 6}px`);
    card.hide();
    expect(card.host.style.getPropertyValue('display')).toBe('none');
    card.destroy();
    expect(card.host.isConnected).toBe(false);

    const open = createCardHost(document, { mode: 'open' });
    open.show({ title: 'a', lines: ['1', '2', '3'], anchorRect: rect });
    open.show({ title: 'b', lines: ['only'], anchorRect: rect });
    expect(open.host.shadowRoot!.querySelectorAll('.line')).toHaveLength(1);
    expect(document.querySelectorAll('leakmark-card')).toHaveLength(1);
  });
});

describe('placeCard', () => {
  const viewport = { width: 800, height: 600 };
  it('goes below the anchor when there is room', () => {
    expect(placeCard(rect, { width: 200, height: 100 }, viewport)).toEqual({ left: 100, top: 226 });
  });
  it('flips above near the bottom edge and stays inside the viewport', () => {
    const low = { left: 700, top: 560, right: 760, bottom: 580 };
    expect(placeCard(low, { width: 200, height: 100 }, viewport)).toEqual({ left: 592, top: 454 });
  });
});

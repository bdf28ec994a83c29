// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectPageText } from '../../../lib/dom/page-text';
import {
  createHighlighter,
  legendEntries,
  type HighlightConstructor,
  type HighlightLike,
  type HighlightRegistryLike,
} from '../../../lib/dom/highlighter';
import { HIGHLIGHT_SCOPE_ATTRIBUTE, highlightCss } from '../../../lib/dom/highlight-styles';

const HTML =
  '<h2>お詫び</h2><p>株式会社サンプルの<b>顧客情報</b>約1,234名分（氏名、住所）が流出しました。</p>' +
  '<ul><li>原因：不正アクセス</li></ul><p>表示例: &lt;img src=x onerror=alert(1)&gt;</p>';

function bodyHtml(): string {
  // eslint-disable-next-line no-restricted-properties
  return document.body.innerHTML;
}

function textNodes(): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(document.body, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

beforeEach(() => {
  // eslint-disable-next-line no-restricted-properties
  document.body.innerHTML = HTML;
  document.adoptedStyleSheets = [];
});

function rangeOf(needle: string, nth = 0): Range {
  const { page, map } = collectPageText(document.body);
  let i = -1;
  for (let k = 0; k <= nth; k++) i = page.text.indexOf(needle, i + 1);
  expect(i).toBeGreaterThanOrEqual(0);
  return map.toRange(i, i + needle.length, document)!;
}

function marks(kind?: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(kind ? `mark[data-leakmark="${kind}"]` : 'mark[data-leakmark]'));
}

describe('createHighlighter — <mark> fallback', () => {
  const fallback = () => createHighlighter(document, window, { registry: null, Highlight: null });

  it('wraps ranges, splitting across text nodes, and clear() restores the DOM exactly', async () => {
    const before = bodyHtml();
    const originals = textNodes();
    const hl = fallback();
    expect(hl.mode).toBe('mark');
    hl.paint('org', [rangeOf('株式会社サンプル')]);
    // Ranges made after a paint() call still see the unpainted page (wrapping waits for a microtask).
    hl.paint('category', [{ range: rangeOf('客情報約1'), id: 'cat-1' }, rangeOf('氏名'), rangeOf('住所')]);
    hl.paint('count', [{ range: rangeOf('約1,234名分'), id: 'count-1' }]);
    hl.paint('cause', [rangeOf('不正アクセス')]);
    expect(marks()).toHaveLength(0);
    await Promise.resolve();

    expect(marks('org').map((m) => m.textContent)).toEqual(['株式会社サンプル']);
    expect(marks('category').map((m) => m.textContent)).toEqual(['客情報', '氏名', '住所']);
    // The overlap 約1 is drawn as a count (higher priority) but knows both items.
    expect(marks('count').map((m) => m.textContent).join('')).toBe('約1,234名分');
    expect(marks('cause').map((m) => m.textContent)).toEqual(['不正アクセス']);
    expect(document.querySelector('b > mark[data-leakmark="category"]')!.textContent).toBe('客情報');
    for (const m of marks()) expect(m.children).toHaveLength(0);
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(HTML, 'text/html').body.textContent);

    hl.clear();
    expect(bodyHtml()).toBe(before);
    expect(textNodes()).toEqual(originals);
    textNodes().forEach((t, i) => expect(t).toBe(originals[i]));
  });

  it('repaints on a painted page and still restores exactly', () => {
    const before = bodyHtml();
    const hl = fallback();
    hl.paint('count', [rangeOf('1,234名')]);
    hl.flush();
    hl.paint('category', [rangeOf('氏名、住所')]); // a range made on the painted DOM
    hl.flush();
    expect(marks('count').map((m) => m.textContent)).toEqual(['1,234名']);
    expect(marks('category').map((m) => m.textContent)).toEqual(['氏名、住所']);
    hl.paint('category', [rangeOf('234名分')]); // overlaps the painted count mark
    hl.flush();
    expect(marks('count').map((m) => m.textContent).join('')).toBe('1,234名');
    hl.clear();
    expect(bodyHtml()).toBe(before);
  });

  it('keeps page text that looks like markup as text', () => {
    const hl = fallback();
    hl.paint('cause', [rangeOf('<img src=x onerror=alert(1)>')]);
    hl.flush();
    expect(marks('cause')[0]!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    hl.clear();
  });

  it('hitTest finds the item on the mark under the point', () => {
    const hl = createHighlighter(document, window, {
      registry: null,
      elementAt: () => marks('count')[0] ?? null,
    });
    hl.paint('count', [{ range: rangeOf('1,234名'), id: 'c1' }]);
    expect(hl.hitTest(10, 10)).toMatchObject({ kind: 'count', id: 'c1' });
    const miss = createHighlighter(document, window, { registry: null, elementAt: () => document.body });
    expect(miss.hitTest(1, 1)).toBeNull();
    hl.clear();
  });
});

class FakeHighlight implements HighlightLike {
  readonly ranges: AbstractRange[];
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
  add(range: AbstractRange) {
    this.ranges.push(range);
  }
}

function fakeRegistry() {
  const map = new Map<string, HighlightLike>();
  const log: string[] = [];
  const registry: HighlightRegistryLike = {
    set: (name, h) => (log.push(`set ${name}`), map.set(name, h)),
    delete: (name) => (log.push(`delete ${name}`), map.delete(name)),
  };
  return { registry, map, log };
}

describe('createHighlighter — CSS Custom Highlight API', () => {
  it('registers one Highlight per kind and leaves the DOM alone', () => {
    const before = bodyHtml();
    const { registry, map, log } = fakeRegistry();
    const hl = createHighlighter(document, window, { registry, Highlight: FakeHighlight as HighlightConstructor });
    expect(hl.mode).toBe('highlight-api');
    const count = rangeOf('1,234名');
    hl.paint('count', [count]);
    hl.paint('count', [rangeOf('約')]);
    hl.paint('cause', [rangeOf('不正アクセス')]);
    expect(log).toEqual(['set leakmark-count', 'set leakmark-cause']);
    const h = map.get('leakmark-count') as FakeHighlight;
    expect(h.ranges).toHaveLength(2);
    expect(h.ranges[0]).toBe(count);
    expect(h.priority).toBeGreaterThan((map.get('leakmark-cause') as FakeHighlight).priority);
    // The text and nodes are untouched; only the elements around the ranges carry the scope attribute
    // the ::highlight rules need (so adding the sheet restyles nothing else).
    const scoped = [...document.querySelectorAll(`[${HIGHLIGHT_SCOPE_ATTRIBUTE}]`)];
    expect(scoped).toContain(count.startContainer.parentElement);
    expect(scoped.length).toBeGreaterThan(0);
    for (const el of scoped) el.removeAttribute(HIGHLIGHT_SCOPE_ATTRIBUTE);
    expect(bodyHtml()).toBe(before);
    for (const el of scoped) el.setAttribute(HIGHLIGHT_SCOPE_ATTRIBUTE, '');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    hl.clear();
    expect(map.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(bodyHtml()).toBe(before);
  });

  it('scopes every ::highlight rule to the scope attribute (an unscoped one restyles the whole page)', () => {
    const css = highlightCss();
    const selectors = css.split('\n').map((rule) => rule.slice(0, rule.indexOf('{')));
    const highlightSelectors = selectors.flatMap((s) => s.split(',')).filter((s) => s.includes('::highlight('));
    expect(highlightSelectors).toHaveLength(8);
    for (const s of highlightSelectors) expect(s.trim().startsWith(`[${HIGHLIGHT_SCOPE_ATTRIBUTE}]`)).toBe(true);
  });

  it('with the rules in the document from its start (documentStyles), adds no sheet and marks no element', () => {
    const before = bodyHtml();
    const { registry, map } = fakeRegistry();
    const hl = createHighlighter(document, window, { registry, Highlight: FakeHighlight as HighlightConstructor, documentStyles: true });
    hl.paint('count', [rangeOf('1,234名')]);
    expect((map.get('leakmark-count') as FakeHighlight).ranges).toHaveLength(1);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(bodyHtml()).toBe(before);
    hl.clear();
    expect(map.size).toBe(0);
  });

  it("keeps the manifest's sheet (assets/highlights.css) equal to the unscoped rules", () => {
    const file = readFileSync(path.join(process.cwd(), 'assets/highlights.css'), 'utf8').replace(/\/\*[\s\S]*?\*\/\n?/g, '');
    expect(file).toBe(`${highlightCss(false)}\n`);
    const selectors = highlightCss(false).split('\n').map((rule) => rule.slice(0, rule.indexOf('{')));
    expect(selectors.flatMap((s) => s.split(',')).filter((s) => s.includes(HIGHLIGHT_SCOPE_ATTRIBUTE))).toEqual([]);
  });

  it('scopes a range inside a shadow tree on its host (the document sheet does not reach inside)', () => {
    const { registry } = fakeRegistry();
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = '顧客1,234名';
    root.append(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, 2);
    range.setEnd(p.firstChild!, 8);
    const hl = createHighlighter(document, window, { registry, Highlight: FakeHighlight as HighlightConstructor });
    hl.paint('count', [range]);
    expect(host.hasAttribute(HIGHLIGHT_SCOPE_ATTRIBUTE)).toBe(true);
    expect(p.hasAttribute(HIGHLIGHT_SCOPE_ATTRIBUTE)).toBe(false);
    hl.clear();
    expect(host.hasAttribute(HIGHLIGHT_SCOPE_ATTRIBUTE)).toBe(false);
    host.remove();
  });

  it('hitTest uses the caret under the point and prefers counts over categories', () => {
    const { registry } = fakeRegistry();
    let caret: { node: Node; offset: number } | null = null;
    const hl = createHighlighter(document, window, {
      registry,
      Highlight: FakeHighlight as HighlightConstructor,
      caretAt: () => caret,
    });
    const sentence = rangeOf('約1,234名分（氏名、住所）');
    const count = rangeOf('1,234名');
    hl.paint('category', [{ range: sentence, id: 'cat' }]);
    hl.paint('count', [{ range: count, id: 'n' }]);
    caret = { node: count.startContainer, offset: count.startOffset + 2 };
    expect(hl.hitTest(5, 5)).toMatchObject({ kind: 'count', id: 'n' });
    caret = { node: sentence.endContainer, offset: sentence.endOffset - 2 };
    expect(hl.hitTest(5, 5)).toMatchObject({ kind: 'category', id: 'cat' });
    const other = rangeOf('お詫び');
    caret = { node: other.startContainer, offset: 1 };
    expect(hl.hitTest(5, 5)).toBeNull();
    caret = null;
    expect(hl.hitTest(5, 5)).toBeNull();
  });
});

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('legendEntries', () => {
  it('has a distinct, readable colour and both labels for every kind', () => {
    const entries = legendEntries();
    expect(entries.map((e) => e.kind)).toEqual(['count', 'category', 'org', 'cause']);
    expect(new Set(entries.map((e) => e.background)).size).toBe(4);
    for (const e of entries) {
      expect(e.label.ja).toMatch(/[\u3040-\u9fff]/);
      expect(e.label.en).toMatch(/^[A-Z]/);
      const [hi, lo] = [luminance(e.background), luminance(e.color)].sort((a, b) => b - a);
      expect((hi! + 0.05) / (lo! + 0.05)).toBeGreaterThanOrEqual(7); // WCAG AAA
    }
  });
});

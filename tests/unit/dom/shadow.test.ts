// @vitest-environment happy-dom
// Open shadow roots: the pre-filter samples them, the walker reads them in rendered order (slots
// filled), offsets map back to Ranges inside them, and painted ranges there get the highlight rules.
import { beforeEach, describe, expect, it } from 'vitest';
import { collectPageText } from '../../../lib/dom/page-text';
import { mightBeBreachPage, sampleShadowText, sampleText } from '../../../lib/dom/prefilter';
import { isShadowRoot, openShadowRoots } from '../../../lib/dom/shadow-roots';
import { createShadowAwareHighlighter, ShadowStyles } from '../../../lib/dom/shadow-styles';

const NOTICE = '<h2>個人情報漏えいのお詫び</h2><p>お客様1,234名の氏名と住所が流出した可能性があります。</p>';
const QUIET = '<p>市立図書館の開館時間が変わります。</p>';

function setBody(html: string): void {
  // eslint-disable-next-line no-restricted-properties
  document.body.innerHTML = html;
}

/** Give `host` an open shadow root holding `html` (test markup only, never page text). */
function shadow(host: Element, html: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  // eslint-disable-next-line no-restricted-properties
  root.innerHTML = html;
  return root;
}

function hostIn(parent: ParentNode, id = 'host', tag = 'div'): Element {
  const el = document.createElement(tag);
  el.id = id;
  parent.append(el);
  return el;
}

beforeEach(() => {
  setBody('');
  document.title = '';
});

describe('openShadowRoots', () => {
  it.each<[string, () => void, number]>([
    ['no shadow roots', () => setBody(NOTICE), 0],
    ['one open root', () => void shadow(hostIn(document.body), QUIET), 1],
    ['a root nested in a root', () => void shadow(hostIn(shadow(hostIn(document.body), '<div></div>'), 'inner'), QUIET), 2],
    ['a closed root is not visible', () => void hostIn(document.body).attachShadow({ mode: 'closed' }), 0],
  ])('%s', (_name, build, expected) => {
    build();
    const roots = openShadowRoots(document.body);
    expect(roots).toHaveLength(expected);
    expect(roots.every(isShadowRoot)).toBe(true);
  });

  it('stops at its element budget', () => {
    setBody('<p></p>'.repeat(50));
    shadow(hostIn(document.body), QUIET);
    expect(openShadowRoots(document.body, { maxElements: 10 })).toHaveLength(0);
    expect(openShadowRoots(document.body, { maxElements: 100 })).toHaveLength(1);
  });
});

describe('pre-filter with shadow roots', () => {
  const mustPass: Array<[string, () => void]> = [
    ['notice only inside an open shadow root', () => void shadow(hostIn(document.body), `<article>${NOTICE}</article>`)],
    ['notice in a custom element', () => void shadow(hostIn(document.body, 'w', 'notice-widget'), NOTICE)],
    ['notice in a root nested in a root', () => void shadow(hostIn(shadow(hostIn(document.body), '<section></section>').firstElementChild!, 'inner'), NOTICE)],
    ['light text Japanese, breach word in the root', () => {
      setBody(QUIET);
      shadow(hostIn(document.body), '<p>Emotet</p>');
    }],
  ];
  it.each(mustPass)('passes: %s', (_name, build) => {
    build();
    expect(sampleText(document)).not.toContain('漏えい');
    expect(mightBeBreachPage(document)).toBe(true);
  });

  const mustNot: Array<[string, () => void]> = [
    ['quiet text in a shadow root', () => void shadow(hostIn(document.body), QUIET)],
    ['privacy-policy link in a shadow root', () => void shadow(hostIn(document.body), '<a href="/p">個人情報保護方針</a>')],
    ['breach words only in a closed shadow root', () => {
      const root = hostIn(document.body).attachShadow({ mode: 'closed' });
      // eslint-disable-next-line no-restricted-properties
      root.innerHTML = NOTICE;
    }],
    ['breach words in a shadow root’s <script>', () => void shadow(hostIn(document.body), `${QUIET}<script>"個人情報漏えい"</script>`)],
    ['English breach notice in a shadow root', () => void shadow(hostIn(document.body), '<p>Data breach: unauthorized access</p>')],
    ['a host after the light sample’s end', () => {
      setBody(`<p>${'あ'.repeat(25_000)}</p>`);
      shadow(hostIn(document.body), NOTICE);
    }],
  ];
  it.each(mustNot)('rejects: %s', (_name, build) => {
    build();
    expect(mightBeBreachPage(document)).toBe(false);
  });

  it('keeps shadow roots apart in the sample (no word made of two roots)', () => {
    shadow(hostIn(document.body, 'a'), '<p>漏</p>');
    shadow(hostIn(document.body, 'b'), '<p>えい</p>');
    expect(sampleShadowText(document)).toBe('漏\nえい\n');
    expect(mightBeBreachPage(document)).toBe(false);
  });
});

describe('walking shadow trees', () => {
  it.each<[string, () => void, string]>([
    ['shadow content replaces light children', () => {
      const host = hostIn(document.body);
      host.textContent = '見えない';
      shadow(host, '<p>表示される</p>');
    }, '表示される'],
    ['named and default slots in rendered order', () => {
      const host = hostIn(document.body);
      // eslint-disable-next-line no-restricted-properties
      host.innerHTML = '<span slot="title">件名</span><span>本文</span>';
      shadow(host, '<h2><slot name="title"></slot></h2><p>前置き<slot></slot>後書き</p>');
    }, '件名\n前置き本文後書き'],
    ['slot fallback when nothing is assigned', () => void shadow(hostIn(document.body), '<p><slot>既定の文</slot></p>'), '既定の文'],
    ['unassigned light children are not rendered', () => {
      const host = hostIn(document.body);
      // eslint-disable-next-line no-restricted-properties
      host.innerHTML = '<span slot="nowhere">迷子</span>';
      shadow(host, '<p>本体</p>');
    }, '本体'],
    ['light text around a host', () => {
      setBody('<p>前</p>');
      shadow(hostIn(document.body), '<p>中</p>');
      document.body.append(Object.assign(document.createElement('p'), { textContent: '後' }));
    }, '前\n中\n後'],
    ['nested roots', () => void shadow(hostIn(shadow(hostIn(document.body), '<div>外<span id="in"></span></div>').getElementById('in')!, 'x', 'span'), '内'), '外内'],
  ])('%s', (_name, build, expected) => {
    build();
    expect(collectPageText(document.body).page.text).toBe(expected);
  });
});

describe('offsets ↔ Ranges in shadow trees', () => {
  it.each<[string, string]>([
    ['a word inside the root', '漏えい'],
    ['a count inside the root', '1,234名'],
    ['a span over two elements in the root', 'お詫び\nお客様'],
  ])('%s: the Range is in the shadow root and covers the text', (_name, needle) => {
    const root = shadow(hostIn(document.body), NOTICE);
    const { page, map } = collectPageText(document.body);
    const start = page.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = map.toRange(start, start + needle.length)!;
    expect(range).not.toBeNull();
    expect(range.startContainer.getRootNode()).toBe(root);
    expect(range.endContainer.getRootNode()).toBe(root);
    expect(range.toString().replace(/\n/g, '')).toBe(needle.replace(/\n/g, ''));
    expect(map.fromPoint(range.startContainer, range.startOffset)).toBe(start);
  });

  it('text running from the light DOM into a slot keeps its start tree (never a collapsed Range)', () => {
    const host = hostIn(document.body);
    // eslint-disable-next-line no-restricted-properties
    host.innerHTML = '<span>氏名</span>';
    shadow(host, '<p>お客様の<slot></slot>が流出</p>');
    const { page, map } = collectPageText(document.body);
    expect(page.text).toBe('お客様の氏名が流出');
    // From the shadow tree into slotted light text and back: cut where the start's tree ends.
    const whole = map.toRange(0, page.text.length)!;
    expect(whole.collapsed).toBe(false);
    expect(whole.startContainer.getRootNode()).toBe(whole.endContainer.getRootNode());
    // Inside the slotted light text alone: an ordinary light-DOM Range.
    const name = map.toRange(4, 6)!;
    expect(name.toString()).toBe('氏名');
    expect(name.startContainer.getRootNode()).toBe(document);
  });

  it('fromPoint on a shadow host (an element point) finds the text in its root', () => {
    setBody('<p>前</p>');
    const host = hostIn(document.body);
    shadow(host, '<p>中身</p>');
    const { page, map } = collectPageText(document.body);
    expect(map.fromPoint(document.body, 1)).toBe(page.text.indexOf('中身'));
  });
});

describe('highlight rules in shadow roots', () => {
  const sheetsOf = (root: ShadowRoot) => root.adoptedStyleSheets.length + root.querySelectorAll('style[data-leakmark-style]').length;

  it.each<[string, () => { node: Node; roots: ShadowRoot[]; untouched: ShadowRoot[] }]>([
    ['a node in the light DOM: no root styled', () => {
      setBody(NOTICE);
      const other = shadow(hostIn(document.body), QUIET);
      return { node: document.querySelector('p')!.firstChild!, roots: [], untouched: [other] };
    }],
    ['a node in a root: that root only', () => {
      const root = shadow(hostIn(document.body), NOTICE);
      const other = shadow(hostIn(document.body, 'other'), QUIET);
      return { node: root.querySelector('p')!.firstChild!, roots: [root], untouched: [other] };
    }],
    ['a node in a nested root: it and the root around it', () => {
      const outer = shadow(hostIn(document.body), '<div id="in"></div>');
      const inner = shadow(outer.getElementById('in')!, NOTICE);
      return { node: inner.querySelector('p')!.firstChild!, roots: [inner, outer], untouched: [] };
    }],
  ])('%s', (_name, build) => {
    const { node, roots, untouched } = build();
    const styles = new ShadowStyles(document, window, '::highlight(leakmark-count) { color: red; }');
    styles.coverNode(node);
    styles.coverNode(node); // once per root
    expect(styles.roots).toEqual(roots);
    for (const r of roots) expect(sheetsOf(r)).toBe(1);
    for (const r of untouched) expect(sheetsOf(r)).toBe(0);
    styles.clear();
    for (const r of roots) expect(sheetsOf(r)).toBe(0);
  });

  it('keeps the root’s own adopted sheets', () => {
    const root = shadow(hostIn(document.body), NOTICE);
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    const styles = new ShadowStyles(document, window, 'p { color: red; }');
    styles.coverNode(root.querySelector('p')!.firstChild!);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    styles.clear();
    expect(root.adoptedStyleSheets).toEqual([own]);
  });

  it('the shadow-aware highlighter styles the roots it paints in and unstyles them on clear', () => {
    const root = shadow(hostIn(document.body), NOTICE);
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      priority = 0;
      readonly ranges: AbstractRange[];
      constructor(...ranges: AbstractRange[]) {
        this.ranges = ranges;
      }
      add(r: AbstractRange) {
        this.ranges.push(r);
      }
    }
    const h = createShadowAwareHighlighter(document, window, { registry, Highlight: FakeHighlight });
    const { page, map } = collectPageText(document.body);
    const at = page.text.indexOf('1,234名');
    h.paint('count', [{ range: map.toRange(at, at + 6)!, id: 'c0' }]);
    expect(registry.has('leakmark-count')).toBe(true);
    expect(sheetsOf(root)).toBe(1);
    h.clear();
    expect(registry.size).toBe(0);
    expect(sheetsOf(root)).toBe(0);
  });
});

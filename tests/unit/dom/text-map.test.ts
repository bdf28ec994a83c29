// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectPageText } from '../../../lib/dom/page-text';

function setBody(html: string): void {
  // eslint-disable-next-line no-restricted-properties
  document.body.innerHTML = html;
}

beforeEach(() => setBody(''));

describe('TextMap', () => {
  it('round-trips every substring of the page text through a DOM Range', () => {
    setBody('<h2>お知らせ</h2><p>弊社の<b>顧客  情報</b>約<span>1,234</span>件が<br>流出</p><ul><li>氏名</li></ul>');
    const { page, map } = collectPageText(document.body);
    const { text } = page;
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const range = map.toRange(start, end, document);
        const inner = text.slice(start, end);
        if (!inner.replace(/\n/g, '')) {
          expect(range).toBeNull(); // only synthetic newlines: nothing to point at
          continue;
        }
        expect(range).not.toBeNull();
        // Snapping drops synthetic newlines at the edges; the middle is collapsed whitespace in the DOM.
        const trimmed = inner.replace(/^\n+|\n+$/g, '');
        const fromDom = range!.toString().replace(/\s+/g, ' ');
        expect(fromDom.replace(/ /g, '')).toBe(trimmed.replace(/[\n ]/g, ''));
        const a = map.fromPoint(range!.startContainer, range!.startOffset)!;
        const b = map.fromPoint(range!.endContainer, range!.endOffset)!;
        expect(text.slice(a, b)).toBe(trimmed);
      }
    }
  });

  it('maps a range across nodes to the right text nodes', () => {
    setBody('<p>顧客<b>情報</b>が流出</p>');
    const { page, map } = collectPageText(document.body);
    const start = page.text.indexOf('客情報が');
    const range = map.toRange(start, start + 4, document)!;
    expect(range.startContainer.textContent).toBe('顧客');
    expect(range.startOffset).toBe(1);
    expect(range.endContainer.textContent).toBe('が流出');
    expect(range.endOffset).toBe(1);
    expect(range.toString()).toBe('客情報が');
  });

  it('snaps ranges that start or end on a synthetic newline to the nearest real text', () => {
    setBody('<p>一段落</p><p>二段落</p>');
    const { page, map } = collectPageText(document.body);
    const nl = page.text.indexOf('\n');
    expect(nl).toBe(3);
    expect(map.toRange(nl, nl + 3, document)!.toString()).toBe('二段');
    expect(map.toRange(1, nl + 1, document)!.toString()).toBe('段落');
    expect(map.toRange(nl, nl + 1, document)).toBeNull();
    expect(map.toPoint(nl, 'forward')!.node.data).toBe('二段落');
    expect(map.toPoint(nl + 1, 'backward')!.offset).toBe(3);
  });

  it('maps points inside collapsed whitespace and element points', () => {
    setBody('<p id="p">情報   流出<i>です</i></p>');
    const { page, map } = collectPageText(document.body);
    expect(page.text).toBe('情報 流出です');
    const t = document.getElementById('p')!.firstChild!;
    expect(map.fromPoint(t, 3)).toBe(3); // inside the collapsed run: next real character
    expect(map.fromPoint(t, 5)).toBe(3);
    expect(map.fromPoint(t, 7)).toBe(5); // end of the node
    const p = document.getElementById('p')!;
    expect(map.fromPoint(p, 1)).toBe(5); // before <i>
    expect(map.fromPoint(p, 2)).toBe(7); // after everything
    expect(map.fromPoint(document.createTextNode('外'), 0)).toBeNull();
  });

  it('returns null instead of throwing when the DOM shrank after the walk', () => {
    setBody('<p>長い文章がここにあります</p>');
    const { map } = collectPageText(document.body);
    (document.querySelector('p')!.firstChild as Text).data = '短';
    expect(map.toRange(3, 8, document)).toBeNull();
  });
});

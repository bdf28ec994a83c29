// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectPageText } from '../../../lib/dom/page-text';

function setBody(html: string): void {
  // eslint-disable-next-line no-restricted-properties
  document.body.innerHTML = html;
}

beforeEach(() => setBody(''));

describe('collectPageText', () => {
  it('collapses whitespace (a line break between CJK characters vanishes) and puts one newline at block boundaries', () => {
    setBody(`<div>
      <h2>  お知らせ </h2>
      <p>個人情報の
         漏えいに   ついて</p>
      <ul><li>氏名</li><li>住所<b>と</b>電話番号</li></ul>
    </div>`);
    const { page } = collectPageText(document.body);
    expect(page.text).toBe('お知らせ\n個人情報の漏えいに ついて\n氏名\n住所と電話番号');
  });

  it('records blocks with heading / list / paragraph kinds', () => {
    setBody('<h1>題</h1><p>本文です。</p><ul><li>一<p>二</p></li></ul><h3>小見出し<br>続き</h3>');
    const { page } = collectPageText(document.body);
    const blocks = page.blocks!.map((b) => [page.text.slice(b.start, b.end), b.kind]);
    expect(blocks).toEqual([
      ['題', 'h1'],
      ['本文です。', 'p'],
      ['一', 'li'],
      ['二', 'li'],
      ['小見出し\n続き', 'h3'], // <br> breaks the line, not the block
    ]);
  });

  it('keeps <br> line breaks, including a blank line for <br><br>', () => {
    setBody('<p>一行目<br>二行目<br><br>四行目<br><br><br><br>八行目</p>');
    // At most one empty line in a row, as in the HTML reader.
    expect(collectPageText(document.body).page.text).toBe('一行目\n二行目\n\n四行目\n\n八行目');
  });

  it('skips script, style, inputs, hidden, aria-hidden and contenteditable regions', () => {
    setBody(`<p>見える</p>
      <script>var leak = "漏えい";</script><style>p{color:red}</style><noscript>NS</noscript>
      <template><p>TPL</p></template><textarea>TA</textarea><input value="IN">
      <select><option>OPT</option></select><svg><text>SVG</text></svg>
      <p hidden>HID</p><p aria-hidden="true">ARIA</p><p aria-hidden="false">表示</p>
      <div contenteditable="true">EDIT</div><div contenteditable>EDIT2</div><div contenteditable="false">固定</div>
      <p style="display:none">NONE</p><p style="visibility:hidden">INVIS<span style="visibility:visible">復活</span></p>`);
    expect(collectPageText(document.body).page.text).toBe('見える\n表示\n固定\n復活');
  });

  it('asks the style function once per element and can turn the CSS check off', () => {
    setBody('<p class="x"><span>あ</span><span>い</span>う</p><p class="x">え</p>');
    const asked: Element[] = [];
    const { page } = collectPageText(document.body, {
      style: (el) => {
        asked.push(el);
        return { display: el.className === 'x' ? 'none' : 'block', visibility: 'visible' };
      },
    });
    expect(page.text).toBe('');
    expect(new Set(asked).size).toBe(asked.length);
    // Both spans, both paragraphs and their ancestors up to <html>; never the same element twice.
    expect(asked.filter((el) => el.localName === 'span')).toHaveLength(2);
    setBody('<p style="display:none">隠し</p>');
    expect(collectPageText(document.body, { style: false }).page.text).toBe('隠し');
  });

  it('descends into open shadow roots and follows slots', () => {
    setBody('<p>前</p><x-card><span>光</span></x-card><p>後</p>');
    const host = document.querySelector('x-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const title = document.createElement('h2');
    title.textContent = '影の見出し';
    const body = document.createElement('div');
    body.append('中身:', document.createElement('slot'));
    shadow.append(title, body);
    expect(collectPageText(document.body).page.text).toBe('前\n影の見出し\n中身:光\n後');
  });

  it('keeps the whitespace and newlines of <pre>', () => {
    setBody('<p>前</p><pre>a  b\n  c</pre><p>後</p>');
    const { page } = collectPageText(document.body);
    expect(page.text).toBe('前\na  b\n  c\n後');
  });

  it('takes a document: the title as the first line (mapped to no node), the head left out', () => {
    document.title = '  お詫び  タイトル ';
    setBody('<p>本文</p>');
    const { page, map } = collectPageText(document);
    expect(page.text).toBe('お詫び タイトル\n本文');
    expect(page.blocks![0]).toEqual({ start: 0, end: 8, kind: 'p' });
    expect(map.toRange(0, 8, document)).toBeNull();
    expect(map.toRange(0, 11, document)!.toString()).toBe('本文');
    expect(collectPageText(document, { includeTitle: false }).page.text).toBe('本文');
    expect(collectPageText(document.body).page.text).toBe('本文');
  });
});

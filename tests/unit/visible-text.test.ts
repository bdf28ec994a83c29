import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, htmlToPageText } from '../../lib/html/visible-text';
import type { PageText } from '../../lib/types';

const text = (html: string): string => htmlToPageText(html).text;
const blocks = (page: PageText): string[] => (page.blocks ?? []).map((b) => `${b.kind}:${page.text.slice(b.start, b.end)}`);

describe('htmlToPageText: visible text', () => {
  // [html, expected text]
  const rows: Array<[string, string, string]> = [
    ['title first', '<html><head><title>お詫び | 当社</title></head><body><p>本文</p></body></html>', 'お詫び | 当社\n本文'],
    ['entities', '<p>A &amp; B &lt;C&gt; &#x41;&#66; &copy; &nbsp;x</p>', 'A & B <C> AB © x'],
    ['block elements break lines', '<div>一</div><p>二</p><h2>三</h2><ul><li>四</li><li>五</li></ul><dl><dt>六</dt><dd>七</dd></dl>', '一\n二\n三\n四\n五\n六\n七'],
    ['table rows and cells', '<table><tr><th>件数</th><td>2,446件</td></tr><tr><td>氏名</td></tr></table>', '件数\t2,446件\n氏名'],
    ['an empty cell keeps its tab (as innerText)', '<table><tr><td>株式会社A</td><td></td><td>紛失</td></tr><tr><td>B市</td><td>38人分</td><td>誤送付</td></tr></table>', '株式会社A\t\t紛失\nB市\t38人分\t誤送付'],
    ['implied row and cell ends', '<table><tr><th>組織名<th>件数<tr><td>A社<td>1,200件</table>', '組織名\t件数\nA社\t1,200件'],
    ['br', '<p>一行目<br>二行目<br/>三行目</p>', '一行目\n二行目\n三行目'],
    ['at most one empty line from br', '<p>a<br><br><br><br>b</p>', 'a\n\nb'],
    ['inline elements do not break', '<p>氏名、<b>住所</b>、<a href="#">電話番号</a></p>', '氏名、住所、電話番号'],
    ['whitespace collapsed', '<p>  A   \n\t B  </p>', 'A B'],
    ['line break between Japanese characters renders as nothing', '<p>静岡県\n      島田市は</p>', '静岡県島田市は'],
    ['line break between Latin words is a space', '<p>Oisix\ncom</p>', 'Oisix com'],
    ['ideographic space kept', '<p>株式会社　銀時</p>', '株式会社　銀時'],
    ['pre keeps whitespace', '<pre>\n  a  b\n  c</pre>', '  a  b\n  c'],
    ['script/style/noscript/template skipped', '<p>a</p><script>var x = "<p>no</p>";</script><style>p{}</style><noscript>no</noscript><template><p>no</p></template><p>b</p>', 'a\nb'],
    ['hidden attribute', '<p>a</p><div hidden><p>no</p></div><p>b</p>', 'a\nb'],
    ['aria-hidden', '<p>a<span aria-hidden="true">no</span></p>', 'a'],
    ['display:none', '<p>a</p><div style="color:red; display : none !important">no</div><span style="visibility:hidden">no</span>', 'a'],
    ['display:inline is visible', '<p style="display:inline">yes</p>', 'yes'],
    ['form field values skipped', '<form><input value="no"><textarea>no</textarea><select><option>no</option></select>yes</form>', 'yes'],
    ['head content skipped, title kept', '<head><meta charset="utf-8"><title>T</title><link rel=x></head><body>B</body>', 'T\nB'],
    ['missing </head>', '<head><title>T</title><p>本文', 'T\n本文'],
    ['second title not shown', '<title>T</title><p>a</p><title>U</title>', 'T\na'],
    ['svg skipped', '<p>a<svg><title>icon</title><text>no</text></svg>b</p>', 'ab'],
    ['comments skipped', '<p>a<!-- <p>no</p> -->b</p>', 'ab'],
  ];
  it.each(rows)('%s', (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });
});

describe('htmlToPageText: blocks', () => {
  it('records headings, list items and paragraphs with offsets into text', () => {
    const page = htmlToPageText(
      '<title>T</title><h1>見出し</h1><p>段落<br>続き</p><ul><li>項目<p>中の段落</p></li></ul><div>地の文</div><h3><span>小見出し</span></h3>',
    );
    expect(blocks(page)).toEqual(['p:T', 'h1:見出し', 'p:段落\n続き', 'li:項目', 'li:中の段落', 'p:地の文', 'h3:小見出し']);
    for (const b of page.blocks ?? []) {
      expect(b.start).toBeLessThan(b.end);
      expect(b.end).toBeLessThanOrEqual(page.text.length);
    }
  });
  it('gives blocks in order, not overlapping', () => {
    const page = htmlToPageText('<div>a<div>b<p>c</p>d</div>e</div>');
    expect(page.text).toBe('a\nb\nc\nd\ne');
    const bs = page.blocks ?? [];
    for (let i = 1; i < bs.length; i++) expect(bs[i]!.start).toBeGreaterThanOrEqual(bs[i - 1]!.end);
  });
  it('returns empty text for empty or invisible documents', () => {
    expect(htmlToPageText('')).toEqual({ text: '', blocks: [] });
    expect(htmlToPageText('<script>x</script>').text).toBe('');
  });
});

describe('htmlToPageText: hostile input does not throw', () => {
  const rows: Array<[string, string, string]> = [
    ['unclosed tags', '<p>a<div>b<span>c', 'a\nbc'],
    ['script inside an attribute', '<div title="<script>alert(1)</script>">ok</div>', 'ok'],
    ['unterminated script', '<p>a</p><script>var x', 'a'],
    ['unterminated comment', '<p>a</p><!-- no', 'a'],
    ['unterminated attribute', '<p>a</p><div title="x>no', 'a'],
    ['stray end tags', '</div></p></li>a</span>', 'a'],
    ['lone <', 'a < b <<>> c', 'a < b <<>> c'],
  ];
  it.each(rows)('%s', (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it('handles 10 MB of nested divs', () => {
    const html = '<div>'.repeat(2_000_000) + '深い' + '</div>'.repeat(10);
    expect(text(html)).toBe('深い');
  });
});

describe('decodeHtmlBytes', () => {
  const hex = (h: string): Uint8Array => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
  const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
  const concat = (...parts: Uint8Array[]): Uint8Array => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  // 個人情報の漏えいについて（お詫び）
  const expected = '個人情報の漏えいについて（お詫び）';
  const SJIS = hex('8cc2906c8fee95f182cc985282a682a282c982c282a282c4816982a8986c82d1816a');
  const EUC = hex('b8c4bfcdbef0caf3a4cecfb3a4a8a4a4a4cba4c4a4a4a4c6a1caa4aacfcda4d3a1cb');

  const rows: Array<[string, Uint8Array]> = [
    ['<meta charset> Shift_JIS', concat(ascii('<html><head><meta charset="Shift_JIS"></head><body><p>'), SJIS)],
    ['http-equiv Content-Type shift_jis', concat(ascii('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis"><p>'), SJIS)],
    ['http-equiv x-sjis unquoted', concat(ascii('<META HTTP-EQUIV=Content-Type CONTENT="text/html;charset=x-sjis"><p>'), SJIS)],
    ['<meta charset> EUC-JP', concat(ascii('<meta charset=euc-jp><p>'), EUC)],
    ['XML declaration', concat(ascii('<?xml version="1.0" encoding="EUC-JP"?><html><p>'), EUC)],
    ['UTF-8 BOM', concat(hex('efbbbf'), ascii('<p>'), new TextEncoder().encode(expected))],
    ['UTF-8 default', concat(ascii('<p>'), new TextEncoder().encode(expected))],
    ['undeclared Shift_JIS', concat(ascii('<p>'), SJIS)],
    ['undeclared EUC-JP', concat(ascii('<p>'), EUC)],
  ];
  it.each(rows)('%s', (_name, bytes) => {
    const html = decodeHtmlBytes(bytes);
    expect(html).toContain(expected);
    expect(html.startsWith('\uFEFF')).toBe(false);
    expect(htmlToPageText(html).text).toBe(expected);
  });

  it('honours a UTF-16LE BOM', () => {
    const s = '<p>個人情報</p>';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      bytes[2 + i * 2] = s.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = s.charCodeAt(i) >> 8;
    }
    expect(decodeHtmlBytes(bytes)).toBe(s);
  });

  it('does not throw on unknown labels or garbage', () => {
    expect(decodeHtmlBytes(ascii('<meta charset="no-such-charset"><p>ok'))).toContain('ok');
    expect(() => decodeHtmlBytes(hex('ff00fe80c3'))).not.toThrow();
    expect(decodeHtmlBytes(new Uint8Array())).toBe('');
  });
});

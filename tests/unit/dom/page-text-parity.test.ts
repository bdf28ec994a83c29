// @vitest-environment happy-dom
// The extension (DOM walker) and the CLI (HTML reader) must hand the engine the same text and blocks.
import { describe, expect, it } from 'vitest';
import { collectPageText } from '../../../lib/dom/page-text';
import { htmlToPageText } from '../../../lib/html/visible-text';

const CASES: [string, string, string][] = [
  ['paragraphs and lists', 'お詫び', '<h1>個人情報漏えいのお詫び</h1><p>弊社の顧客情報\n  約1,234名分が流出しました。</p><ul><li>氏名</li><li>住所<b>と</b>電話番号</li></ul>'],
  ['line breaks', 'お知らせ', '<p>一行目<br>二行目<br><br><br>四行目</p><div>A <span>B</span>\n C</div>'],
  ['hidden content', '', '<p>見える</p><p hidden>隠し</p><p style="display:none">隠し2</p><script>x()</script><p aria-hidden="true">隠し3</p><p>&nbsp;最後&nbsp; です</p>'],
  ['a table of incidents, an empty cell and a cell holding blocks', '事件簿', '<table><thead><tr><th>組織名</th><th>公表日</th><th>件数</th></tr></thead><tbody><tr><td>株式会社A</td><td></td><td>1,200件</td></tr><tr><td><p>B市</p><p>教育委員会</p></td><td>2025年5月9日</td><td> 38人分 </td></tr></tbody></table><p>※注記</p>'],
  ['tables and headings', '事件簿', '<h2>概要</h2><table><tr><th>件数</th><td>3,000件</td></tr><tr><td>原因</td><td>不正<br>アクセス</td></tr></table><h3>小見出し<br>続き</h3>'],
  ['pre', 'ログ', '<p>前</p><pre>a  b\n\n\n\n  c</pre><p>後</p>'],
  ['nested blocks', '', '<div><div><p>一</p>二<p>三</p></div>四</div><li>項目<p>段落</p></li>'],
];

describe('collectPageText matches htmlToPageText', () => {
  it.each(CASES)('%s', (_name, title, body) => {
    const html = `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
    document.title = title;
    // eslint-disable-next-line no-restricted-properties
    document.body.innerHTML = body;
    const dom = collectPageText(document).page;
    const cli = htmlToPageText(html);
    expect(dom.text).toBe(cli.text);
    expect(dom.blocks).toEqual(cli.blocks);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mightBeBreachPage, mightBeBreachText, sampleText, SAMPLE_CHARS } from '../../../lib/dom/prefilter';

const FOOTER = '<footer><a href="/privacy">個人情報保護方針</a> <a href="/p2">個人情報の取り扱いについて</a></footer>';

function page(title: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.title = title;
  // eslint-disable-next-line no-restricted-properties
  doc.body.innerHTML = body;
  return doc;
}

describe('mightBeBreachPage', () => {
  const mustPass: [string, string, string][] = [
    ['お詫び notice', '不正アクセスによる個人情報漏えいに関するお詫び', '<h1>お詫び</h1><p>このたび、弊社サーバーが不正アクセスを受けました。</p>' + FOOTER],
    ['body only', 'お知らせ | 株式会社サンプル', '<p>弊社が運営する通販サイトにおいて、お客様のクレジットカード情報が流出した可能性があることが判明しました。</p>'],
    ['mis-sent mail', 'メール誤送信について', '<p>メールアドレスが他の受信者に表示される形で送信いたしました。</p>'],
    ['ransomware', '当社システムへのサイバー攻撃について', '<p>ランサムウェアに感染し、一部データが暗号化されました。</p>'],
    ['word split by markup', 'お知らせ', '<p>顧客情報の漏<b>え</b>いについて</p>'],
    ['lost USB stick', '報告', '<p>生徒の成績を保存したUSBメモリを紛失しました。</p>'],
    ['account takeover', 'SNSアカウントについて', '<p>公式アカウントが第三者により乗っ取られました。</p>'],
    ['news roundup', 'セキュリティ事件簿', '<p>今週の事件</p>'],
  ];
  it.each(mustPass)('passes: %s', (_name, title, body) => {
    expect(mightBeBreachPage(page(title, body))).toBe(true);
  });

  const mustNot: [string, string, string][] = [
    ['recipe page', '簡単！肉じゃがの作り方 | レシピ', '<h1>肉じゃが</h1><ul><li>じゃがいも 3個</li><li>牛肉 200g</li></ul><p>鍋に油をひいて炒めます。煮汁が流れ出ないように蓋をします。</p>' + FOOTER],
    ['English breach page', 'Notice of Data Breach', '<p>We recently discovered unauthorized access and a data leak affecting 12,000 customers.</p>'],
    ['stock-price news', '日経平均、続落 海外勢の資金流出続く', '<p>東京株式市場で日経平均株価は続落した。円安が進み、海外投資家の資金流出が続いた。</p>' + FOOTER],
    ['empty page', '', ''],
  ];
  it.each(mustNot)('rejects: %s', (_name, title, body) => {
    expect(mightBeBreachPage(page(title, body))).toBe(false);
  });

  it('ignores script and style text', () => {
    const doc = page('ブログ', '<p>今日の天気</p><script>const s = "個人情報漏えい";</script><style>.漏えい{}</style>');
    expect(mightBeBreachPage(doc)).toBe(false);
  });

  it('reads only a bounded sample of a long page', () => {
    const filler = '<p>' + 'あ'.repeat(1000) + '</p>';
    const doc = page('日記', filler.repeat(30) + '<p>個人情報が漏えいしました</p>');
    expect(sampleText(doc).length).toBe(SAMPLE_CHARS);
    expect(mightBeBreachPage(doc)).toBe(false);
    const early = page('日記', '<p>個人情報が漏えいしました</p>' + filler.repeat(30));
    expect(mightBeBreachPage(early)).toBe(true);
  });

  it('reads a bounded sample of a large page (its speed is measured by npm run bench)', () => {
    const doc = page('日記', ('<div><span>' + 'い'.repeat(50) + '</span></div>').repeat(5000) + '<p>個人情報が漏えい</p>');
    expect(sampleText(doc).length).toBeLessThanOrEqual(SAMPLE_CHARS);
    // The only breach words lie beyond the sample: a bounded pre-filter does not see them.
    expect(mightBeBreachPage(doc)).toBe(false);
  });
});

describe('mightBeBreachText', () => {
  it.each([
    ['顧客情報の漏洩', true],
    ['個人情報を含むファイルが閲覧可能な状態でした', true],
    ['なりすましメールにご注意ください', true],
    ['個人情報保護方針', false],
    ['資金流出が続く', false],
    ['data leak', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(mightBeBreachText(text)).toBe(expected);
  });
});

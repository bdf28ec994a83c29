// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchor, describeRange } from '../../../lib/dom/anchoring';
import { approxSearch, editDistance } from '../../../lib/dom/approx-search';

const NOTICE =
  '個人情報漏えいに関するお詫び\n' +
  '2024年5月10日 株式会社サンプル\n' +
  'このたび、弊社の会員サイトが第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明しました。\n' +
  '対象となるお客様は約12,345名で、氏名、住所、電話番号、メールアドレスが含まれます。\n' +
  'なお、クレジットカード情報は含まれておりません。お客様には多大なるご迷惑とご心配をおかけしますことを深くお詫び申し上げます。';

function span(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  return [i, i + needle.length];
}

describe('describeRange', () => {
  it('gives the quote with 32 characters of context and the position', () => {
    const [s, e] = span(NOTICE, '約12,345名');
    const d = describeRange({ text: NOTICE }, s, e);
    expect(d.quote.exact).toBe('約12,345名');
    expect(d.quote.prefix).toBe(NOTICE.slice(s - 32, s));
    expect(d.quote.suffix).toBe(NOTICE.slice(e, e + 32));
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: s, end: e });
    const atStart = describeRange({ text: NOTICE }, 0, 4);
    expect(atStart.quote.prefix).toBe('');
  });
});

describe('anchor', () => {
  const [s, e] = span(NOTICE, '氏名、住所、電話番号');
  const saved = describeRange({ text: NOTICE }, s, e);

  it('uses the position when the text there is unchanged', () => {
    expect(anchor({ text: NOTICE }, saved)).toEqual({ start: s, end: e });
  });

  it('re-finds the quote after text was inserted before it', () => {
    const changed = '【更新】調査結果を追記しました。\n' + NOTICE;
    const found = anchor({ text: changed }, saved, { exactOnly: true })!;
    expect(changed.slice(found.start, found.end)).toBe('氏名、住所、電話番号');
    expect(found.start).toBe(s + 17);
  });

  it('picks the occurrence whose context matches, not the one nearest the old position', () => {
    // A decoy copy sits nearer the old position; only the real one has the saved prefix and suffix.
    const moved = '追記。'.repeat(40) + '氏名、住所、電話番号 は一覧に記載。\n' + NOTICE;
    const found = anchor({ text: moved }, saved, { exactOnly: true })!;
    expect(found.start).toBe(moved.indexOf('氏名、住所、電話番号', moved.indexOf('約12,345名')));
  });

  it('tolerates small edits inside the quote in fuzzy mode', () => {
    const sentence = '第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明しました';
    const [a, b] = span(NOTICE, sentence);
    const sel = describeRange({ text: NOTICE }, a, b);
    const edited = ('追記あり。' + NOTICE).replace('流出した可能性がある', '流出したおそれがある');
    const found = anchor({ text: edited }, sel)!;
    expect(found).not.toBeNull();
    const got = edited.slice(found.start, found.end);
    expect(editDistance(got, sentence)).toBeLessThanOrEqual(5);
    expect(got.startsWith('第三者')).toBe(true);
    expect(got.endsWith('判明しました')).toBe(true);
  });

  it('refuses an approximate match when exactOnly (numbers)', () => {
    const [a, b] = span(NOTICE, '約12,345名');
    const sel = describeRange({ text: NOTICE }, a, b);
    const edited = NOTICE.replace('約12,345名', '約12,845名');
    expect(anchor({ text: edited }, sel, { exactOnly: true })).toBeNull();
    const fuzzy = anchor({ text: edited }, sel);
    expect(fuzzy && edited.slice(fuzzy.start, fuzzy.end)).toBe('約12,845名');
  });

  it('returns null when the quote is gone', () => {
    const sel = describeRange({ text: NOTICE }, ...span(NOTICE, 'クレジットカード情報は含まれておりません'));
    const other = '本日は晴天なり。'.repeat(200);
    expect(anchor({ text: other }, sel)).toBeNull();
  });

  it('finds a slightly edited quote in a 5 MB page', () => {
    const filler = 'これは関係のない文章です。ています。'.repeat(280_000); // ~5 M characters
    const page = { text: filler.slice(0, 2_500_000) + NOTICE.replace('電話番号', '電話番号等') + filler.slice(2_500_000) };
    const sel = describeRange({ text: NOTICE }, ...span(NOTICE, '対象となるお客様は約12,345名で、氏名、住所、電話番号、メールアドレスが含まれます'));
    const found = anchor(page, sel);
    expect(found).not.toBeNull();
    expect(page.text.slice(found!.start, found!.end)).toContain('電話番号等');
  });
});

describe('approxSearch', () => {
  it('finds the closest substring within the error budget', () => {
    const text = 'xxxxabcdefyyyyabXdefzzzz';
    expect(approxSearch(text, 'abcdef', 0, text.length, 0)).toEqual({ start: 4, end: 10, errors: 0 });
    expect(approxSearch(text, 'abcdef', 10, text.length, 1)).toEqual({ start: 14, end: 20, errors: 1 });
    expect(approxSearch(text, 'qqqqqq', 0, text.length, 2)).toBeNull();
  });
});

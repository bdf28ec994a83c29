import { describe, expect, it } from 'vitest';
import { formatNumber, formatTotal, isApproxTotal, parseDateInput, parseTags, parseTotal, sourceHref, textFragmentUrl } from '../../../lib/ui/format';

const count = (value: number | null, numeric_approx: boolean, victim = true) => ({ value, numeric_approx, victim });

describe('formatNumber', () => {
  it('groups whole numbers as toLocaleString does in both languages', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 1_234_567, -4321, Number.MAX_SAFE_INTEGER]) {
      expect(formatNumber(n, 'en')).toBe(n.toLocaleString('en-US'));
      expect(formatNumber(n, 'ja')).toBe(n.toLocaleString('ja-JP'));
    }
    expect(formatNumber(1234.5, 'en')).toBe((1234.5).toLocaleString('en-US'));
  });
});

describe('isApproxTotal / formatTotal', () => {
  it.each([
    ['約1,200名 (numeric approx)', [count(1200, true)], 1200, true],
    ['1,234名の…可能性 (hedged only)', [count(1234, false)], 1234, false],
    ['total from an exact count, another approx', [count(500, false), count(9000, true)], 500, false],
    ['approx money is not a victim count', [count(450000, true, false), count(3, false)], 3, false],
    ['unknown total', [count(null, true)], null, false],
  ])('%s', (_name, counts, total, expected) => {
    expect(isApproxTotal(counts, total)).toBe(expected);
  });
  it('formats with ≈ and separators, — when unknown', () => {
    expect(formatTotal(12000, true, 'ja')).toBe('≈12,000');
    expect(formatTotal(1234, false, 'en')).toBe('1,234');
    expect(formatTotal(null, false, 'en')).toBe('—');
  });
});

describe('parseTotal', () => {
  it.each([
    ['1,234', 1234],
    ['１２３４', 1234],
    [' 56 ', 56],
    ['300名', 300],
    ['', null],
  ])('reads %j', (input, value) => expect(parseTotal(input)).toEqual({ value }));
  it.each(['約100', '1.5', '-3', 'abc', '数万'])('refuses %j', (input) => expect(parseTotal(input)).toEqual({ error: 'number' }));
});

describe('parseDateInput', () => {
  it.each([
    ['2024-05-10', '2024-05-10'],
    ['2024/5/1', '2024-05-01'],
    ['２０２４年５月１０日', '2024-05-10'],
    ['2024-05', '2024-05'],
    ['2024', '2024'],
    ['', null],
  ])('reads %j', (input, value) => expect(parseDateInput(input)).toEqual({ value }));
  it.each(['2024-13-01', '2024-02-30', '5/10', '令和6年', 'yesterday'])('refuses %j', (input) =>
    expect(parseDateInput(input)).toEqual({ error: 'date' }),
  );
  it('asks for a whole date when told to (discovery date)', () => {
    expect(parseDateInput('2024-05', true)).toEqual({ error: 'date' });
    expect(parseDateInput('2024-05-02', true)).toEqual({ value: '2024-05-02' });
  });
});

describe('parseTags', () => {
  it('splits on commas (、，too), trims and drops empties', () => {
    expect(parseTags('病院, 確報、 2024，,')).toEqual(['病院', '確報', '2024']);
  });
});

describe('textFragmentUrl', () => {
  it('adds the quote start as a text directive', () => {
    expect(textFragmentUrl('https://a.jp/n.html', '不正アクセスについて')).toBe(
      `https://a.jp/n.html#:~:text=${encodeURIComponent('不正アクセスについて')}`,
    );
  });
  it('escapes the directive syntax characters - , &', () => {
    const url = textFragmentUrl('https://a.jp/', 'A-B, C&D');
    expect(url).toBe('https://a.jp/#:~:text=A%2DB%2C%20C%26D');
  });
  it('keeps an existing fragment and replaces an old directive', () => {
    expect(textFragmentUrl('https://a.jp/#top', 'abc')).toBe('https://a.jp/#top:~:text=abc');
    expect(textFragmentUrl('https://a.jp/#:~:text=old', 'abc')).toBe('https://a.jp/#:~:text=abc');
  });
  it('uses the first non-empty line and at most ~40 characters, cut at a word boundary', () => {
    const quote = '\n  当社が運営するオンラインショップのサーバーに対して第三者による不正アクセスがあり、お客様の個人情報が漏えいしました\n次の行';
    const text = decodeURIComponent(textFragmentUrl('https://a.jp/', quote).split('text=')[1]!);
    expect(text.length).toBeLessThanOrEqual(40);
    expect(text.length).toBeGreaterThan(10);
    expect(quote.replace(/^\s+/, '').startsWith(text)).toBe(true);
    const english = decodeURIComponent(
      textFragmentUrl('https://a.jp/', 'We regret to inform you that personal information was exposed').split('text=')[1]!,
    );
    expect(english).toBe('We regret to inform you that personal');
  });
  it('leaves the URL alone when the quote is empty', () => {
    expect(textFragmentUrl('https://a.jp/x', '  \n ')).toBe('https://a.jp/x');
  });
});

describe('sourceHref', () => {
  it.each([
    ['https://a.jp/n.html', true],
    ['http://a.jp/', true],
    ['file:///home/u/notice.html', true],
    ['javascript:window.__pwned=5//', false],
    ['JavaScript:alert(1)', false],
    ['  javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:https://a.jp/uuid', false],
    ['chrome-extension://abc/library.html', false],
    ['not a url', false],
  ])('%s → live link: %s', (url, live) => {
    const href = sourceHref(url, '不正アクセス');
    expect(href !== null).toBe(live);
    if (href !== null) expect(href.startsWith(url)).toBe(true);
  });
});

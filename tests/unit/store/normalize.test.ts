import { describe, expect, it } from 'vitest';
import { normalizeOrg, normalizeQuote, normalizeUrl, quoteKey, spansOverlap } from '../../../lib/store/normalize';

describe('normalizeOrg', () => {
  it.each([
    ['株式会社サンプル', 'サンプル'],
    ['サンプル株式会社', 'サンプル'],
    ['(株)サンプル', 'サンプル'],
    ['㈱サンプル', 'サンプル'],
    ['（株）サンプル', 'サンプル'],
    ['株式会社　サンプル', 'サンプル'],
    ['ＡＢＣ株式会社', 'abc'],
    ['有限会社 山田商店', '山田商店'],
    ['サンプル大学', 'サンプル大学'],
    [null, ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeOrg(input)).toBe(expected);
  });
});

describe('quote keys', () => {
  it('ignore width, case and whitespace', () => {
    expect(normalizeQuote('お客様　１，２３４名\nの情報')).toBe('お客様1,234名の情報');
    expect(quoteKey('お客様 1,234名の情報')).toBe(quoteKey('お客様１，２３４名\n の情報'));
  });
  it('differ for different text and are empty for blank text', () => {
    expect(quoteKey('お客様1,234名')).not.toBe(quoteKey('お客様1,235名'));
    expect(quoteKey('  \n ')).toBe('');
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['https://Example.co.jp/a#top', 'https://example.co.jp/a'],
    ['https://example.co.jp/a?x=1#y', 'https://example.co.jp/a?x=1'],
    [' not a url ', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});

describe('spansOverlap', () => {
  it.each([
    [{ start: 0, end: 10 }, { start: 5, end: 15 }, true],
    [{ start: 0, end: 10 }, { start: 10, end: 20 }, false],
    [{ start: 5, end: 6 }, { start: 0, end: 100 }, true],
    [{ start: 5, end: 5 }, { start: 5, end: 5 }, true],
    [{ start: 5, end: 5 }, { start: 0, end: 10 }, true],
    [{ start: 20, end: 30 }, { start: 0, end: 10 }, false],
  ])('%o and %o → %s', (a, b, expected) => {
    expect(spansOverlap(a, b)).toBe(expected);
    expect(spansOverlap(b, a)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { dayOnOrAfter, findDates, inferPublished, parseJapaneseDate } from '../../lib/extract/dates';

const find = (text: string) => findDates(text, 0, text.length);

describe('findDates', () => {
  // [text, expected matched text, iso, year, month, day]
  const mustMatch: Array<[string, string, string | null, number | null, number | null, number]> = [
    ['公開日 2024/8/7 更新', '2024/8/7', '2024-08-07', 2024, 8, 7],
    ['2024.04.18(木)', '2024.04.18', '2024-04-18', 2024, 4, 18],
    ['2024-11-26 発表', '2024-11-26', '2024-11-26', 2024, 11, 26],
    ['2024年11月26日に発表', '2024年11月26日', '2024-11-26', 2024, 11, 26],
    ['2024 年 11 月 25 日', '2024 年 11 月 25 日', '2024-11-25', 2024, 11, 25],
    ['2023年05月22日', '2023年05月22日', '2023-05-22', 2023, 5, 22],
    ['２０２４年８月７日', '２０２４年８月７日', '2024-08-07', 2024, 8, 7],
    ['２０２４／８／７', '２０２４／８／７', '2024-08-07', 2024, 8, 7],
    ['令和6年7月26日(金)', '令和6年7月26日', '2024-07-26', 2024, 7, 26],
    ['令和元年5月1日', '令和元年5月1日', '2019-05-01', 2019, 5, 1],
    // The other calendar's year in brackets after the year.
    ['平成 27 年(2015 年)4 月 8 日', '平成 27 年(2015 年)4 月 8 日', '2015-04-08', 2015, 4, 8],
    ['令和3年(2021年)4月13日(火曜日)', '令和3年(2021年)4月13日', '2021-04-13', 2021, 4, 13],
    ['2024年(令和6年)2月29日', '2024年(令和6年)2月29日', '2024-02-29', 2024, 2, 29],
    ['平成 26 年6月 30 日から', '平成 26 年6月 30 日', '2014-06-30', 2014, 6, 30],
    ['令和５年５月２３日（火）', '令和５年５月２３日', '2023-05-23', 2023, 5, 23],
    ['R6.7.26', 'R6.7.26', '2024-07-26', 2024, 7, 26],
    ['静岡県島田市は9月28日、', '9月28日', null, null, 9, 28],
    ['3月19日に公表', '3月19日', null, null, 3, 19],
    ['8 月 2 日', '8 月 2 日', null, null, 8, 2],
    ['新潟市は9日、人事課が', '9日', null, null, null, 9],
    ['福島県警は26日、外部用の', '26日', null, null, null, 26],
    ['掲載日: 2 July 2025 | カテゴリ', '2 July 2025', '2025-07-02', 2025, 7, 2],
    ['March 4, 2025 (米国太平洋時間)', 'March 4, 2025', '2025-03-04', 2025, 3, 4],
    ['Effective: Jul. 2, 2025', 'Jul. 2, 2025', '2025-07-02', 2025, 7, 2],
    ['4th March 2025', '4th March 2025', '2025-03-04', 2025, 3, 4],
  ];
  it.each(mustMatch)('finds %s', (text, matched, iso, year, month, day) => {
    const found = find(text);
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d.text).toBe(matched);
    expect(text.slice(d.start, d.end)).toBe(matched);
    expect({ iso: d.iso, year: d.year, month: d.month, day: d.day }).toEqual({ iso, year, month, day });
  });

  const mustNotMatch: Array<[string]> = [
    ['【セキュリティ事件簿#2024-354】'],
    ['【セキュリティ事件簿#2023-201】委託先'],
    ['電話 03-2024-1234 まで'],
    ['July 2025 の新機能'],
    ['Ver. 2.7.2025'],
    ['Mayday 3 2025'],
    ['TEL 0120-2024-12-1'],
    ['フリーダイヤル 0120-123-456'],
    ['個人情報保護法第68条に基づき'],
    ['停職3カ月の懲戒処分'],
    ['2017年11月時点で'],
    ['令和5年11月に'],
    ['26日午前6時頃'],
    ['停止期間は9日間、'],
    ['毎月1日、'],
    ['2024/13/1'],
    ['2023年2月30日'],
    ['令和5年2月30日'],
    ['13月1日'],
    ['VER6.7.26'],
    ['バージョン 2024.04.18.1'],
    ['12024/8/7'],
  ];
  it.each(mustNotMatch)('finds nothing in %s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('prefers the full date over the month-day inside it and keeps text order', () => {
    const text = '令和6年7月26日(金)に公表。2024/8/7 と 9月28日。';
    expect(find(text).map((d) => d.text)).toEqual(['令和6年7月26日', '2024/8/7', '9月28日']);
  });

  it('gives absolute offsets inside a sub-range and sees context before it', () => {
    const text = 'xxxx新潟市は9日、yyyy 2024/8/9';
    const start = text.indexOf('9日');
    const found = findDates(text, start, text.length);
    expect(found.map((d) => [d.text, d.start])).toEqual([
      ['9日', start],
      ['2024/8/9', text.indexOf('2024/8/9')],
    ]);
    // A date cut by the range end is not reported.
    expect(findDates(text, 0, text.length - 2).map((d) => d.text)).toEqual(['9日']);
  });

  it('finds the dates of a seed-like header', () => {
    const text = '【セキュリティ事件簿#2024-521】オイシックス 2024/11/26\n\n11月25日(月)に弊社にて';
    expect(find(text).map((d) => d.iso ?? d.text)).toEqual(['2024-11-26', '11月25日']);
  });
});

describe('parseJapaneseDate', () => {
  const mustParse: Array<[string, { year?: number; month?: number } | undefined, string, boolean]> = [
    ['2024/8/7', undefined, '2024-08-07', false],
    ['2024.04.18(木)', undefined, '2024-04-18', false],
    ['2024 年 11 月 25 日', undefined, '2024-11-25', false],
    ['2023年05月22日', undefined, '2023-05-22', false],
    ['２０２４年１１月２６日', undefined, '2024-11-26', false],
    ['令和6年7月26日(金曜日)', undefined, '2024-07-26', false],
    ['令和元年5月1日', undefined, '2019-05-01', false],
    ['平成 26 年6月 30 日', undefined, '2014-06-30', false],
    ['R6.7.26', undefined, '2024-07-26', false],
    ['9月28日', { year: 2024 }, '2024-09-28', true],
    ['9日', { year: 2024, month: 8 }, '2024-08-09', true],
  ];
  it.each(mustParse)('parses %s', (s, ctx, iso, inferred) => {
    expect(parseJapaneseDate(s, ctx)).toEqual({ iso, inferred });
  });

  const mustNotParse: Array<[string, { year?: number; month?: number } | undefined]> = [
    ['', undefined],
    ['9月28日', undefined],
    ['9日', { year: 2024 }],
    ['2023年2月29日', undefined],
    ['令和5年2月30日', undefined],
    ['2024-354', undefined],
    ['第68条', undefined],
    ['03-1234-5678', undefined],
    ['2024年8月7日ごろ', undefined],
  ];
  it.each(mustNotParse)('rejects %s', (s, ctx) => {
    expect(parseJapaneseDate(s, ctx)).toBeNull();
  });
});

describe('inferPublished', () => {
  const rows: Array<[{ year: number | null; month: number | null; day: number }, string | null, string | null]> = [
    [{ year: 2024, month: 8, day: 7 }, null, '2024-08-07'],
    [{ year: null, month: 3, day: 19 }, '2018-04-13', '2018-03-19'],
    [{ year: null, month: null, day: 7 }, '2018-04-13', '2018-04-07'],
    [{ year: null, month: null, day: 13 }, '2018-04-13', '2018-04-13'],
    // After the reference date: not this year; the year before only within half a year of the page (2026.01.09 → 12月26日).
    [{ year: null, month: 9, day: 28 }, '2024-04-18', null],
    [{ year: null, month: 12, day: 26 }, '2026-01-09', '2025-12-26'],
    [{ year: null, month: 11, day: 20 }, '2026-03-01', '2025-11-20'],
    [{ year: null, month: 5, day: 1 }, '2026-01-09', null],
    // A day alone past the reference's: the month before (「22日」 in a roundup of 9月2日 of the month's notices).
    [{ year: null, month: null, day: 26 }, '2024-11-25', '2024-10-26'],
    [{ year: null, month: null, day: 22 }, '2025-01-02', '2024-12-22'],
    [{ year: null, month: null, day: 31 }, '2024-12-05', null],
    [{ year: null, month: null, day: 31 }, '2018-09-07', '2018-08-31'],
    [{ year: null, month: 9, day: 28 }, null, null],
    [{ year: null, month: 2, day: 30 }, '2024-04-18', null],
  ];
  it.each(rows)('%j against %s', (mention, ref, iso) => {
    expect(inferPublished(mention, ref)?.iso ?? null).toBe(iso);
  });
  it('marks filled-in dates as inferred', () => {
    expect(inferPublished({ year: null, month: 3, day: 19 }, '2018-04-13')).toEqual({ iso: '2018-03-19', inferred: true });
    expect(inferPublished({ year: 2018, month: 3, day: 19 }, '2018-04-13')).toEqual({ iso: '2018-03-19', inferred: false });
  });
});

describe('dayOnOrAfter', () => {
  const rows: Array<[number, number, string, number, string | null]> = [
    [12, 25, '2012-12-21', 366, '2012-12-25'], // a few days after the event
    [9, 9, '2024-01-19', 366, '2024-09-09'], // months after, the same year
    [3, 13, '2020-03-19', 366, null], // before the event: another day, never next year's
    [9, 9, '2024-01-19', 100, null], // further than allowed
    [2, 30, '2024-01-19', 366, null], // no such day
  ];
  it.each(rows)('%i/%i after %s within %i days → %s', (month, day, event, max, want) => {
    expect(dayOnOrAfter(month, day, event, max)).toBe(want);
  });
});

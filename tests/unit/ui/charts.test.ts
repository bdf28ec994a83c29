import { describe, expect, it } from 'vitest';
import {
  affectedPerMonth,
  categoryCounts,
  causeCounts,
  incidentsPerMonth,
  incidentsWithCategory,
  monthOf,
  monthRange,
  niceMax,
} from '../../../lib/ui/charts/buckets';
import { clip } from '../../../lib/ui/charts/HBars';
import { visibleRange } from '../../../lib/ui/virtual';
import { makeRecord } from './fixtures';

const rec = (n: number, published: string | null, total: number | null, categories: string[] = ['name'], cause: string | null = 'misdelivery') =>
  makeRecord(n, { published, total_affected: total, categories, cause });

describe('monthly buckets', () => {
  const records = [
    rec(1, '2024-01-15', 100),
    rec(2, '2024-01-31', null),
    rec(3, '2024-04-02', 50),
    rec(4, '2024-04', 7),
    rec(5, '2024', 1000),
    rec(6, null, 3),
  ];
  it('count incidents per month, empty months included, undated counted apart', () => {
    expect(incidentsPerMonth(records)).toEqual({
      buckets: [
        { key: '2024-01', value: 2 },
        { key: '2024-02', value: 0 },
        { key: '2024-03', value: 0 },
        { key: '2024-04', value: 2 },
      ],
      undated: 2,
    });
  });
  it('sum total_affected per month (unknown totals add 0)', () => {
    expect(affectedPerMonth(records).buckets.map((b) => b.value)).toEqual([100, 0, 0, 57]);
  });
  it('cross a year boundary', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(incidentsPerMonth([rec(1, '2023-12-31', 1), rec(2, '2024-01-01', 1)]).buckets.map((b) => b.key)).toEqual(['2023-12', '2024-01']);
  });
  it('are empty for no dated records', () => {
    expect(incidentsPerMonth([rec(1, null, 1)])).toEqual({ buckets: [], undated: 1 });
    expect(incidentsPerMonth([])).toEqual({ buckets: [], undated: 0 });
  });
  it.each([
    ['2024-05-10', '2024-05'],
    ['2024-05', '2024-05'],
    ['2024', null],
    [null, null],
  ])('monthOf(%j) is %j', (input, month) => expect(monthOf(input)).toBe(month));
});

describe('category and cause counts', () => {
  it('count each incident once per category, largest first, ties by key', () => {
    const records = [rec(1, null, 1, ['name', 'email']), rec(2, null, 1, ['email', 'email']), rec(3, null, 1, ['address'])];
    expect(categoryCounts(records)).toEqual([
      { key: 'email', value: 2 },
      { key: 'address', value: 1 },
      { key: 'name', value: 1 },
    ]);
  });
  it('count an incident once in the "others" row however many of its categories it has', () => {
    const records = [rec(1, null, 1, ['name', 'email', 'phone']), rec(2, null, 1, ['address']), rec(3, null, 1, ['name'])];
    expect(incidentsWithCategory(records, ['email', 'phone', 'address'])).toBe(2);
    expect(incidentsWithCategory(records, [])).toBe(0);
  });
  it('put incidents without a cause under unknown', () => {
    const records = [rec(1, null, 1, [], null), rec(2, null, 1, [], 'unknown'), rec(3, null, 1, [], 'misdelivery')];
    expect(causeCounts(records)).toEqual([
      { key: 'unknown', value: 2 },
      { key: 'misdelivery', value: 1 },
    ]);
  });
});

describe('niceMax', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [480, 500],
    [50_001, 100_000],
  ])('niceMax(%d) = %d', (max, nice) => expect(niceMax(max)).toBe(nice));
});

describe('visibleRange', () => {
  it.each([
    ['top of the list', 0, 400, 40, 10_000, { start: 0, end: 16 }],
    ['scrolled to row 5000', 200_000, 400, 40, 10_000, { start: 4994, end: 5016 }],
    ['near the end', 399_800, 400, 40, 10_000, { start: 9989, end: 10_000 }],
    ['fewer rows than fit', 0, 800, 40, 3, { start: 0, end: 3 }],
    ['no rows', 0, 800, 40, 0, { start: 0, end: 0 }],
    ['negative scroll (header offset)', -36, 400, 40, 100, { start: 0, end: 16 }],
  ])('%s', (_name, scrollTop, viewport, row, count, range) => {
    expect(visibleRange(scrollTop, viewport, row, count)).toEqual(range);
  });
});

describe('clip (chart labels)', () => {
  it.each([
    ['Name', 'Name'],
    ['Personal info (unspecified)', 'Personal info (u…'],
    ['氏名', '氏名'],
    ['マイナンバー・保険証等', 'マイナンバー・保…'],
    ['Driver\'s licence', 'Driver\'s licence'],
  ])('clip(%j) = %j', (label, clipped) => expect(clip(label, 17)).toBe(clipped));
});

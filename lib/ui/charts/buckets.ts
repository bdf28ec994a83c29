// What the library charts plot, computed from records. Pure: the charts only draw these numbers.
import type { IncidentRecord } from '../../store';

export interface Bucket {
  /** Month 'YYYY-MM', category key or cause key. */
  key: string;
  value: number;
}

export interface MonthSeries {
  /** Every month from the first to the last dated record, empty months included (value 0). */
  buckets: Bucket[];
  /** Records whose published date has no month (unknown or year only): not plotted. */
  undated: number;
}

const MONTH = /^(\d{4})-(\d{2})/;

/** The 'YYYY-MM' of a published date, or null when it has no month. */
export function monthOf(published: string | null): string | null {
  const m = published ? MONTH.exec(published) : null;
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Months from `first` to `last` inclusive ('YYYY-MM'). */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

function perMonth(records: readonly IncidentRecord[], amount: (r: IncidentRecord) => number): MonthSeries {
  const sums = new Map<string, number>();
  let undated = 0;
  for (const r of records) {
    const month = monthOf(r.published);
    if (month === null) undated++;
    else sums.set(month, (sums.get(month) ?? 0) + amount(r));
  }
  if (!sums.size) return { buckets: [], undated };
  const keys = [...sums.keys()].sort();
  const buckets = monthRange(keys[0]!, keys[keys.length - 1]!).map((key) => ({ key, value: sums.get(key) ?? 0 }));
  return { buckets, undated };
}

/** Number of incidents published in each month. */
export function incidentsPerMonth(records: readonly IncidentRecord[]): MonthSeries {
  return perMonth(records, () => 1);
}

/** Sum of total_affected per month (records without a total add 0). */
export function affectedPerMonth(records: readonly IncidentRecord[]): MonthSeries {
  return perMonth(records, (r) => r.total_affected ?? 0);
}

/** Largest first; ties by key so the order is stable. */
const byValue = (a: Bucket, b: Bucket) => b.value - a.value || (a.key < b.key ? -1 : 1);

/** How many incidents involve each data category (an incident counts once per category), largest first. */
export function categoryCounts(records: readonly IncidentRecord[]): Bucket[] {
  const counts = new Map<string, number>();
  for (const r of records) for (const c of new Set(r.categories)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([key, value]) => ({ key, value })).sort(byValue);
}

/** How many incidents involve at least one of `keys` (the "others" row: an incident counts once). */
export function incidentsWithCategory(records: readonly IncidentRecord[], keys: readonly string[]): number {
  const wanted = new Set(keys);
  return records.filter((r) => r.categories.some((c) => wanted.has(c))).length;
}

/** Incidents per cause (no cause counts under 'unknown'), largest first. */
export function causeCounts(records: readonly IncidentRecord[]): Bucket[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    const key = r.cause ?? 'unknown';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, value]) => ({ key, value })).sort(byValue);
}

/** A "nice" axis maximum ≥ max: 1, 2 or 5 times a power of ten. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

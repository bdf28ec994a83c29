// The four library charts over the records currently shown (the filtered set).
import { useMemo } from 'preact/hooks';
import type { IncidentRecord } from '../../store';
import { useUi } from '../context';
import { formatNumber } from '../format';
import { categoryLabel, causeLabel } from '../labels';
import { affectedPerMonth, categoryCounts, causeCounts, incidentsPerMonth, incidentsWithCategory } from './buckets';
import { HBars } from './HBars';
import { MonthBars } from './MonthBars';

export function Charts(props: { records: readonly IncidentRecord[] }) {
  const { t, lang } = useUi();
  const { records } = props;
  const data = useMemo(
    () => ({
      incidents: incidentsPerMonth(records),
      affected: affectedPerMonth(records),
      categories: categoryCounts(records),
      causes: causeCounts(records),
    }),
    [records],
  );
  const count = (n: number) => formatNumber(Math.round(n), lang);
  const people = (n: number) => compact(n, lang);
  return (
    <div class="charts">
      <MonthBars id="chart-incidents" title={t('chart_incidents_per_month')} series={data.incidents} format={count} />
      <MonthBars id="chart-affected" title={t('chart_affected_per_month')} series={data.affected} format={people} />
      <HBars
        id="chart-categories"
        title={t('chart_categories')}
        buckets={data.categories}
        label={(k) => categoryLabel(k, t)}
        of={records.length}
        rest={(keys) => incidentsWithCategory(records, keys)}
      />
      <HBars id="chart-causes" title={t('chart_causes')} buckets={data.causes} label={(k) => causeLabel(k, t)} of={records.length} />
    </div>
  );
}

const COMPACT = new Map<'ja' | 'en', Intl.NumberFormat>();

/** Short axis numbers: 12,000 → 1.2万 (ja) or 12K (en). */
export function compact(n: number, lang: 'ja' | 'en'): string {
  // One formatter per language: making one costs far more than formatting (the charts format
  // every month's bar).
  let format = COMPACT.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { notation: 'compact', maximumFractionDigits: 1 });
    COMPACT.set(lang, format);
  }
  return format.format(n);
}

// A column chart of a monthly series, drawn as plain SVG. No chart library: four small static
// charts do not justify a dependency (bundle size, canvas output that screen readers cannot read);
// SVG with <title>/<desc> is accessible, scales with the layout, and every chart also has a table.
import { useUi } from '../context';
import type { MonthSeries } from './buckets';
import { niceMax } from './buckets';
import { ChartTable, EmptyChart } from './ChartTable';

const W = 320;
const H = 140;
const LEFT = 40;
const BOTTOM = 20;
const TOP = 8;
/** Least distance between two month labels' centres ('2024-05' at 10px is ~40 wide). */
const LABEL_GAP = 48;

export function MonthBars(props: { id: string; title: string; series: MonthSeries; format: (n: number) => string }) {
  const { t } = useUi();
  const { buckets, undated } = props.series;
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const max = niceMax(Math.max(0, ...buckets.map((b) => b.value)));
  const plotW = W - LEFT - 4;
  const plotH = H - TOP - BOTTOM;
  const step = buckets.length ? plotW / buckets.length : 0;
  const barW = Math.max(1, step * 0.8);
  const peak = buckets.reduce((best, b) => (b.value > (best?.value ?? -1) ? b : best), buckets[0]);
  const desc = buckets.length
    ? t('chart_month_desc', buckets[0]!.key, buckets[buckets.length - 1]!.key, peak!.key, props.format(peak!.value))
    : t('chart_empty');
  // At most ~5 month labels: January of each year when that is sparse enough, else every n-th month.
  const every = Math.max(1, Math.ceil(buckets.length / 5));
  const januaries = buckets.filter((b) => b.key.endsWith('-01')).length;
  const wanted = (key: string, i: number) => (januaries > 1 && januaries <= 5 ? key.endsWith('-01') : i % every === 0);
  // Label centres, kept inside the plot; a label that would overlap the previous one is left out.
  const labelX = (i: number) => Math.min(W - 22, Math.max(LEFT + 22, LEFT + i * step + step / 2));
  const shownLabels = new Set<number>();
  let lastX = -Infinity;
  buckets.forEach((b, i) => {
    if (!wanted(b.key, i) || labelX(i) - lastX < LABEL_GAP) return;
    shownLabels.add(i);
    lastX = labelX(i);
  });
  const labelled = (_key: string, i: number) => shownLabels.has(i);

  if (!buckets.length) return <EmptyChart title={props.title} note={undated > 0 ? t('chart_undated', undated) : undefined} />;
  return (
    <figure class="chart">
      <figcaption id={titleId}>{props.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title>{props.title}</title>
        <desc id={descId}>{desc}</desc>
        {gridLines(max).map((f) => {
          const y = TOP + plotH * (1 - f);
          return (
            <g key={f} class="axis">
              <line x1={LEFT} x2={W} y1={y} y2={y} />
              <text x={LEFT - 4} y={y + 4} text-anchor="end">
                {props.format(max * f)}
              </text>
            </g>
          );
        })}
        {buckets.map((b, i) => {
          const h = (b.value / max) * plotH;
          const x = LEFT + i * step + (step - barW) / 2;
          return (
            <g key={b.key}>
              <rect class="bar" x={x} y={TOP + plotH - h} width={barW} height={h}>
                <title>{`${b.key}: ${props.format(b.value)}`}</title>
              </rect>
              {labelled(b.key, i) && (
                <text class="axis-label" x={labelX(i)} y={H - 6} text-anchor="middle">
                  {b.key}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {undated > 0 && <p class="chart-note">{t('chart_undated', undated)}</p>}
      <ChartTable
        caption={props.title}
        head={[t('chart_month'), props.title]}
        rows={buckets.map((b) => [b.key, props.format(b.value)])}
      />
    </figure>
  );
}

/** Grid lines as fractions of the axis maximum: a middle line only when it is a whole number. */
function gridLines(max: number): number[] {
  return Number.isInteger(max / 2) ? [0, 0.5, 1] : [0, 1];
}

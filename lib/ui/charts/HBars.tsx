// Horizontal bars (share of data categories, causes) as plain SVG: see MonthBars.tsx for why SVG.
import { useUi } from '../context';
import type { Bucket } from './buckets';
import { ChartTable, EmptyChart } from './ChartTable';

const W = 320;
const ROW = 18;
const LABEL_W = 108;
const VALUE_W = 66;

export function HBars(props: {
  id: string;
  title: string;
  buckets: readonly Bucket[];
  label: (key: string) => string;
  /** Denominator for percentages (number of incidents). */
  of: number;
  /** Rows drawn; the rest are summed into one "other" row. */
  top?: number;
  /**
   * The "other" row's value for the keys it stands for. Default: the sum of their values, right
   * when each incident is in one bucket (causes); pass the distinct count when buckets overlap
   * (categories: an incident with three of the rest would count three times, past 100%).
   */
  rest?: (keys: readonly string[]) => number;
}) {
  const { t } = useUi();
  const top = props.top ?? 7;
  const shown = props.buckets.slice(0, top).map((b) => ({ ...b, label: props.label(b.key) }));
  const rest = props.buckets.slice(top);
  if (rest.length) {
    const value = props.rest ? props.rest(rest.map((b) => b.key)) : rest.reduce((s, b) => s + b.value, 0);
    shown.push({ key: '', label: t('chart_others', rest.length), value });
  }
  const max = Math.max(1, ...shown.map((b) => b.value));
  const pct = (v: number) => (props.of ? `${Math.round((v / props.of) * 100)}%` : '');
  const H = Math.max(ROW, shown.length * ROW) + 4;
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const desc = shown.length ? shown.slice(0, 3).map((b) => `${b.label} ${b.value} (${pct(b.value)})`).join(', ') : t('chart_empty');
  const barSpace = W - LABEL_W - VALUE_W;
  if (!shown.length) return <EmptyChart title={props.title} />;
  return (
    <figure class="chart">
      <figcaption id={titleId}>{props.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title>{props.title}</title>
        <desc id={descId}>{desc}</desc>
        {shown.map((b, i) => {
          const y = 2 + i * ROW;
          return (
            <g key={b.key || 'other'}>
              <text class="axis-label" x={LABEL_W - 6} y={y + ROW * 0.7} text-anchor="end">
                {clip(b.label, 17)}
              </text>
              <rect class={b.key ? 'bar' : 'bar bar-other'} x={LABEL_W} y={y + 3} height={ROW - 6} width={Math.max(1, (b.value / max) * barSpace)}>
                <title>{`${b.label}: ${b.value} (${pct(b.value)})`}</title>
              </rect>
              <text class="axis-label" x={LABEL_W + (b.value / max) * barSpace + 4} y={y + ROW * 0.7}>
                {`${b.value} (${pct(b.value)})`}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        caption={props.title}
        head={[t('chart_item'), t('chart_incidents'), t('chart_share')]}
        rows={props.buckets.map((b) => [props.label(b.key), String(b.value), pct(b.value)])}
      />
    </figure>
  );
}

/** `label` cut to `units` half-width characters (a CJK character counts two), ending in an ellipsis. */
export function clip(label: string, units: number): string {
  const width = (c: string) => ((c.codePointAt(0) ?? 0) <= 0xff ? 1 : 2);
  const chars = [...label];
  if (chars.reduce((n, c) => n + width(c), 0) <= units) return label;
  let used = 0;
  let out = '';
  for (const c of chars) {
    if (used + width(c) > units - 1) break;
    used += width(c);
    out += c;
  }
  return `${out}…`;
}

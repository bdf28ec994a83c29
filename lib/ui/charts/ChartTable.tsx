// The numbers behind a chart as a table, folded under a <details> (for screen readers and copying),
// and the stand-in for a chart with nothing to draw.
import { useState } from 'preact/hooks';
import { useUi } from '../context';

export function ChartTable(props: { caption: string; head: string[]; rows: string[][] }) {
  const { t } = useUi();
  // The table is built only while open: charts re-render on every filter change.
  const [open, setOpen] = useState(false);
  if (!props.rows.length) return null;
  return (
    <details class="chart-table" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('chart_as_table')}</summary>
      {open && (
        <table>
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.head.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, i) => (i === 0 ? <th scope="row" key={i}>{cell}</th> : <td key={i}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

export function EmptyChart(props: { title: string; note?: string }) {
  const { t } = useUi();
  return (
    <figure class="chart chart-empty">
      <figcaption>{props.title}</figcaption>
      <p class="muted">{t('chart_empty')}</p>
      {props.note && <p class="chart-note">{props.note}</p>}
    </figure>
  );
}

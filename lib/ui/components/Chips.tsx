// Data categories as chips, in the UI language; `max` folds the rest into "+N" (full list in title).
import { categoryLabel } from '../labels';
import { useUi } from '../context';

export function CategoryChips(props: { categories: readonly string[]; max?: number }) {
  const { t } = useUi();
  const labels = props.categories.map((c) => categoryLabel(c, t));
  if (!labels.length) return <span class="muted">—</span>;
  const shown = props.max === undefined ? labels : labels.slice(0, props.max);
  const rest = labels.length - shown.length;
  return (
    <ul class="chips" aria-label={t('col_categories')} title={labels.join(', ')}>
      {shown.map((label) => (
        <li class="chip" key={label}>
          {label}
        </li>
      ))}
      {rest > 0 && <li class="chip chip-more">{t('more_n', rest)}</li>}
    </ul>
  );
}

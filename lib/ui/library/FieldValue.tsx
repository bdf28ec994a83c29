// How a record's field reads (table cells, detail panel) and its marks: ✎ corrected by the user,
// ⚠ edit not saved yet.
import type { IncidentRecord } from '../../store';
import { CategoryChips } from '../components/Chips';
import { useUi } from '../context';
import { formatTotal, isApproxTotal } from '../format';
import type { Lang, T } from '../i18n';
import { categoryLabel, causeLabel } from '../labels';
import type { UiField } from './fields';

/** The field as plain text (also the accessible name of an editable cell). */
export function fieldText(record: IncidentRecord, field: UiField, t: T, lang: Lang): string {
  switch (field) {
    case 'org':
      return record.org ?? t('org_unknown');
    case 'total_affected':
      return formatTotal(record.total_affected, isApproxTotal(record.counts, record.total_affected), lang);
    case 'categories':
      return record.categories.map((c) => categoryLabel(c, t)).join(', ') || '—';
    case 'cause':
      return causeLabel(record.cause, t);
    case 'tags':
      return record.tags.join(', ') || '—';
    case 'is_breach':
      return record.is_breach ? t('yes') : t('no');
    case 'notes':
      return record.notes || '—';
    default:
      return record[field] ?? '—';
  }
}

export function FieldValue(props: { record: IncidentRecord; field: UiField; maxChips?: number }) {
  const { t, lang } = useUi();
  const { record, field } = props;
  if (field === 'categories') return <CategoryChips categories={record.categories} max={props.maxChips} />;
  if (field === 'tags' && record.tags.length) {
    return (
      <span class="tags">
        {record.tags.map((tag) => (
          <span class="tag" key={tag}>
            {tag}
          </span>
        ))}
      </span>
    );
  }
  const text = fieldText(record, field, t, lang);
  const empty = text === '—' || (field === 'org' && record.org === null);
  return <span class={empty ? 'muted' : field === 'notes' ? 'notes' : undefined}>{text}</span>;
}

export function Marks(props: { corrected: boolean; state?: 'saving' | 'error' }) {
  const { t } = useUi();
  return (
    <>
      {props.corrected && (
        <span class="mark mark-corrected" role="img" aria-label={t('corrected')} title={t('corrected_hint')}>
          ✎
        </span>
      )}
      {props.state === 'saving' && (
        <span class="mark mark-saving" role="img" aria-label={t('saving')} title={t('saving')}>
          …
        </span>
      )}
      {props.state === 'error' && (
        <span class="mark mark-unsaved" role="img" aria-label={t('unsaved')} title={t('unsaved_hint')}>
          ⚠
        </span>
      )}
    </>
  );
}

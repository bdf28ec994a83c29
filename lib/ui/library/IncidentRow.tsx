// One row of the library table: select box, editable cells, source link, saved-at, actions.
import type { IncidentRecord, RecordPatch } from '../../store';
import { lastSavedAt } from '../../store/source';
import { useUi } from '../context';
import { formatDateTime, hostnameOf, sourceHref } from '../format';
import { pure } from '../pure';
import { COLUMNS, ROW_HEIGHT, type Column } from './columns';
import { FieldEditor } from './FieldEditor';
import { useRefocus } from './useRefocus';
import { fieldText, FieldValue, Marks } from './FieldValue';
import { FIELD_LABEL, isCorrected, type UiField } from './fields';
import type { PendingEdit } from './useLibraryData';

/** What a row can ask for; one object for the table's life (rows compare their props). */
export interface RowActions {
  toggleSelect(id: string, on: boolean): void;
  startEdit(id: string, field: UiField): void;
  commitEdit(id: string, patch: RecordPatch): void;
  cancelEdit(): void;
  open(id: string): void;
  remove(ids: string[]): void;
  retry(id: string): void;
}

export interface RowProps {
  record: IncidentRecord;
  /** Position in the filtered list (0-based). */
  index: number;
  selected: boolean;
  active: boolean;
  editing: UiField | null;
  pending: PendingEdit | undefined;
  actions: RowActions;
}

/** A row re-renders only when one of its props changed (not when other rows or the list did). */
export const IncidentRow = pure(function IncidentRow(props: RowProps) {
  const { t } = useUi();
  const { record, actions } = props;
  const org = record.org ?? t('org_unknown');
  const cell = (col: Column) => {
    switch (col.id) {
      case 'select':
        return (
          <input
            type="checkbox"
            checked={props.selected}
            aria-label={t('select_row', org)}
            onChange={(e) => actions.toggleSelect(record.id, (e.currentTarget as HTMLInputElement).checked)}
          />
        );
      case 'source':
        return <SourceLink record={record} />;
      case 'savedAt':
        return <span class="muted">{formatDateTime(lastSavedAt(record.sources))}</span>;
      case 'actions':
        return (
          <span class="row-actions">
            {props.pending?.status === 'error' && (
              <button type="button" class="small" onClick={() => actions.retry(record.id)}>
                {t('retry')}
              </button>
            )}
            <button type="button" class="small" aria-label={t('details_of', org)} onClick={() => actions.open(record.id)}>
              {t('details')}
            </button>
            <button type="button" class="icon-button danger" aria-label={t('delete_of', org)} title={t('delete')} onClick={() => actions.remove([record.id])}>
              <TrashIcon />
            </button>
          </span>
        );
      default:
        return <EditableCell {...props} field={col.field!} />;
    }
  };
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      class={`tr${props.active ? ' active' : ''}${props.selected ? ' selected' : ''}${props.editing ? ' editing' : ''}`}
      style={{ top: `${props.index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
      data-id={record.id}
    >
      {COLUMNS.map((col) => (
        <div role="cell" class={`td td-${col.id}${col.align === 'end' ? ' end' : ''}`} key={col.id}>
          {cell(col)}
        </div>
      ))}
    </div>
  );
});

function EditableCell(props: RowProps & { field: UiField }) {
  const { t, lang } = useUi();
  const { record, field, actions } = props;
  const editing = props.editing === field;
  const refocus = useRefocus(editing);
  if (editing) {
    return (
      <FieldEditor
        record={record}
        field={field}
        onCommit={(patch, how) => {
          refocus.request(how);
          actions.commitEdit(record.id, patch);
        }}
        onCancel={(how) => {
          refocus.request(how);
          actions.cancelEdit();
        }}
      />
    );
  }
  const corrected = isCorrected(record, field);
  const state = props.pending && field in props.pending.patch ? props.pending.status : undefined;
  const note = [corrected ? t('corrected') : '', state === 'error' ? t('unsaved') : ''].filter(Boolean).join(', ');
  return (
    <button
      ref={refocus.target}
      type="button"
      class={`cell-button${state === 'error' ? ' unsaved' : ''}`}
      aria-label={`${t(FIELD_LABEL[field])}: ${fieldText(record, field, t, lang)}${note ? ` (${note})` : ''}`}
      title={t('click_to_edit')}
      onClick={() => actions.startEdit(record.id, field)}
    >
      <FieldValue record={record} field={field} maxChips={3} />
      <Marks corrected={corrected} state={state} />
    </button>
  );
}

/** The first source's site, linking to the quote (text fragment); "+N" when read in more places. */
export function SourceLink(props: { record: IncidentRecord }) {
  const { t } = useUi();
  const [first, ...rest] = props.record.sources;
  if (!first) return <span class="muted">—</span>;
  const host = hostnameOf(first.url);
  const href = sourceHref(first.url, first.quote.exact);
  return (
    <span class="source">
      {href === null ? (
        <span title={first.url}>{host}</span>
      ) : (
        <a href={href} target="_blank" rel="noopener noreferrer" title={first.title || first.url} aria-label={t('open_source_on', host)}>
          {host}
        </a>
      )}
      {rest.length > 0 && <span class="muted"> {t('more_n', rest.length)}</span>}
    </span>
  );
}

/** A small bin drawn in SVG (emoji fonts are not everywhere). */
function TrashIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M6 1h4l1 1h3v2H2V2h3l1-1zM3 5h10l-.8 9.1A1 1 0 0 1 11.2 15H4.8a1 1 0 0 1-1-.9L3 5zm3 2v6h1V7H6zm3 0v6h1V7H9z"
      />
    </svg>
  );
}

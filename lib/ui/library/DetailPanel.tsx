// The side panel of one incident: every field editable in place, the counts found, every source
// with its quote and a link that scrolls to it, the APPI view, and likely duplicates.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IncidentRecord, RecordPatch } from '../../store';
import { useUi } from '../context';
import { AppiSection } from './AppiSection';
import { Duplicates } from './Duplicates';
import { FieldEditor } from './FieldEditor';
import { FieldValue, Marks } from './FieldValue';
import { FIELD_LABEL, isCorrected, type UiField } from './fields';
import { Counts, Sources } from './Sources';
import { useRefocus } from './useRefocus';
import type { PendingEdit } from './useLibraryData';

const PANEL_FIELDS: readonly UiField[] = ['org', 'heading', 'published', 'total_affected', 'categories', 'cause', 'is_breach', 'tags', 'notes'];

export interface DetailProps {
  record: IncidentRecord;
  pending: PendingEdit | undefined;
  onEdit: (patch: RecordPatch) => void;
  onRetry: () => void;
  onDiscard: () => void;
  onClose: () => void;
  onDelete: () => void;
  onMerge: (otherIds: string[]) => Promise<boolean>;
}

export function DetailPanel(props: DetailProps) {
  const { t } = useUi();
  const { record, pending } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [record.id]);
  return (
    <aside
      class="detail"
      aria-labelledby="detail-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) props.onClose();
      }}
    >
      <header class="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {record.org ?? t('org_unknown')}
        </h2>
        <button type="button" class="icon-button" aria-label={t('close_details')} onClick={props.onClose}>
          ×
        </button>
      </header>
      {pending?.status === 'error' && (
        <div class="banner error" role="alert">
          <p>{t('unsaved_banner', pending.error ?? '')}</p>
          <button type="button" class="small" onClick={props.onRetry}>
            {t('retry')}
          </button>{' '}
          <button type="button" class="small" onClick={props.onDiscard}>
            {t('discard_edit')}
          </button>
        </div>
      )}
      <dl class="fields">
        {PANEL_FIELDS.map((field) => (
          <EditableField key={field} {...props} field={field} />
        ))}
      </dl>
      <Counts record={record} />
      <Sources record={record} />
      <AppiSection record={record} discoveredEditor={<dl class="fields"><EditableField {...props} field="discovered" /></dl>} />
      <Duplicates record={record} onMerge={props.onMerge} />
      <p>
        <button type="button" class="danger" onClick={props.onDelete}>
          {t('delete_incident')}
        </button>
      </p>
    </aside>
  );
}

function EditableField(props: DetailProps & { field: UiField }) {
  const { t } = useUi();
  const { record, field } = props;
  const [editing, setEditing] = useState(false);
  const refocus = useRefocus(editing);
  const label = t(FIELD_LABEL[field]);
  const state = props.pending && field in props.pending.patch ? props.pending.status : undefined;
  const marks = <Marks corrected={isCorrected(record, field)} state={state} />;
  if (field === 'is_breach') {
    return (
      <>
        <dt>{label}</dt>
        <dd>
          <label class="check">
            <input
              type="checkbox"
              checked={record.is_breach}
              onChange={(e) => props.onEdit({ is_breach: (e.currentTarget as HTMLInputElement).checked })}
            />
            {t('is_breach_yes')}
          </label>
          {marks}
        </dd>
      </>
    );
  }
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {editing ? (
          <FieldEditor
            record={record}
            field={field}
            onCommit={(patch, how) => {
              refocus.request(how);
              setEditing(false);
              props.onEdit(patch);
            }}
            onCancel={(how) => {
              refocus.request(how);
              setEditing(false);
            }}
          />
        ) : (
          <>
            <FieldValue record={record} field={field} />
            {marks}{' '}
            <button ref={refocus.target} type="button" class="link-button" aria-label={t('edit_field', label)} onClick={() => setEditing(true)}>
              {t('edit')}
            </button>
          </>
        )}
      </dd>
    </>
  );
}

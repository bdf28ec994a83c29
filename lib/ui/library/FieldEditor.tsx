// In-place editor of one field: Enter or leaving the field saves, Escape cancels. Text that does
// not parse (a date, a number) stays in the editor with the reason, never silently dropped.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IncidentRecord, RecordPatch } from '../../store';
import { useUi } from '../context';
import { labelledCauses } from '../labels';
import { CategoriesEditor } from './CategoriesEditor';
import { draftOf, FIELD_KIND, FIELD_LABEL, isNoop, parseDraft, type UiField } from './fields';

/** How the editor closed: by a key (Enter, Escape: focus goes back to the field) or by leaving it. */
export type CloseHow = 'key' | 'leave';

export interface FieldEditorProps {
  record: IncidentRecord;
  field: UiField;
  onCommit: (patch: RecordPatch, how: CloseHow) => void;
  onCancel: (how: CloseHow) => void;
}

type Input = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function FieldEditor(props: FieldEditorProps) {
  const { t } = useUi();
  const { record, field } = props;
  const kind = FIELD_KIND[field];
  const [draft, setDraft] = useState(() => draftOf(record, field));
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ draft, props, done: false });
  latest.current.draft = draft;
  latest.current.props = props;
  const input = useRef<Input>(null);
  const errorId = `edit-error-${record.id}-${field}`;
  const label = t(FIELD_LABEL[field]);

  /** Save the draft; false (and the reason shown) when it does not parse. */
  const commit = (how: CloseHow = 'leave'): boolean => {
    const state = latest.current;
    if (state.done) return true;
    const parsed = parseDraft(field, state.draft);
    if ('error' in parsed) {
      setError(t(`invalid_${parsed.error}`));
      return false;
    }
    state.done = true;
    if (isNoop(record, parsed.patch)) state.props.onCancel(how);
    else state.props.onCommit(parsed.patch, how);
    return true;
  };
  const cancel = (how: CloseHow = 'key') => {
    latest.current.done = true;
    latest.current.props.onCancel(how);
  };

  useEffect(() => {
    input.current?.focus();
    if (input.current instanceof HTMLInputElement && input.current.type === 'text') input.current.select();
    // Unmounted while still open (its row scrolled out of the window): keep a valid edit.
    return () => {
      const state = latest.current;
      if (state.done) return;
      const parsed = parseDraft(field, state.draft);
      if (!('error' in parsed) && !isNoop(record, parsed.patch)) {
        state.done = true;
        state.props.onCommit(parsed.patch, 'leave');
      }
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    } else if (e.key === 'Enter' && (kind !== 'notes' || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit('key');
    }
  };
  const onInput = (e: Event) => {
    setDraft((e.currentTarget as Input).value);
    setError(null);
  };
  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    onKeyDown,
    onBlur: () => commit('leave'),
  };

  let control;
  if (kind === 'categories') {
    return <CategoriesEditor {...props} draft={draft} setDraft={setDraft} commit={commit} cancel={cancel} />;
  } else if (kind === 'cause') {
    control = (
      <select ref={input as never} value={draft} onChange={onInput} {...common}>
        <option value="">{t('cause_none')}</option>
        {labelledCauses(t).map((c) => (
          <option value={c.key} key={c.key}>
            {c.label}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'notes') {
    control = <textarea ref={input as never} value={draft} onInput={onInput} rows={4} {...common} />;
  } else {
    const type = kind === 'fullDate' ? 'date' : 'text';
    const placeholder = kind === 'date' ? 'YYYY-MM-DD' : kind === 'tags' ? t('tags_placeholder') : undefined;
    const inputMode = kind === 'number' ? 'numeric' : undefined;
    control = (
      <input ref={input as never} type={type} value={draft} onInput={onInput} placeholder={placeholder} inputMode={inputMode} {...common} />
    );
  }
  return (
    <span class="editor">
      {control}
      {error && (
        <span class="editor-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

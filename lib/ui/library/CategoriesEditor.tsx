// The data-categories editor: a small popover of checkboxes over the vocabulary; OK or leaving it
// saves, Escape or Cancel closes it unchanged.
import { useEffect, useRef } from 'preact/hooks';
import { useUi } from '../context';
import { labelledCategories } from '../labels';
import type { CloseHow, FieldEditorProps } from './FieldEditor';

/** Multi-select of data categories from the vocabulary, as a small popover of checkboxes. */
export function CategoriesEditor(
  props: FieldEditorProps & {
    draft: string;
    setDraft: (d: string) => void;
    commit: (how: CloseHow) => boolean;
    cancel: (how: CloseHow) => void;
  },
) {
  const { t } = useUi();
  const chosen = new Set(props.draft.split(',').filter((k) => k !== ''));
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const toggle = (key: string, on: boolean) => {
    const next = labelledCategories(t)
      .map((c) => c.key)
      .filter((k) => (k === key ? on : chosen.has(k)));
    props.setDraft(next.join(','));
  };
  return (
    <div
      class="popover"
      role="group"
      aria-label={t('col_categories')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          props.cancel('key');
        }
      }}
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        if (next && !(e.currentTarget as HTMLElement).contains(next)) props.commit('leave');
      }}
    >
      <div class="popover-list">
        {labelledCategories(t).map((c, i) => (
          <label key={c.key} class="check">
            <input
              ref={i === 0 ? first : undefined}
              type="checkbox"
              checked={chosen.has(c.key)}
              onChange={(e) => toggle(c.key, (e.currentTarget as HTMLInputElement).checked)}
            />
            {c.label}
          </label>
        ))}
      </div>
      <div class="popover-actions">
        <button type="button" class="primary" onClick={() => props.commit('key')}>
          {t('ok')}
        </button>
        <button type="button" onClick={() => props.cancel('key')}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

// Export (whole library, the filtered set or the selection; CSV for Excel, JSON, VERIS — files
// produced by the background) and import of our JSON, with the import's error or counts shown.
import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../messaging/protocol';
import { checkImportSize } from '../../store';
import { errorText } from '../api';
import { useUi } from '../context';
import type { T } from '../i18n';

export interface Notify {
  info: (message: string) => void;
  error: (message: string) => void;
}

/** Export `ids` (all records when undefined) and hand the file to the browser as a download. */
export function useExport(notify: Notify) {
  const { api, host, t } = useUi();
  return async (format: ExportFormat, ids?: readonly string[]) => {
    try {
      const file = await api.exportRecords(ids ? { format, ids: [...ids] } : { format });
      host.download(file);
      notify.info(t('exported', file.filename));
    } catch (error) {
      notify.error(t('export_failed', errorText(error, t)));
    }
  };
}

/**
 * The background refuses a file by answering { ok: false, error }; sendToBackground takes any
 * answer with an `error` string for a failure and throws it as a MessageError without a code. That
 * message is the import's own explanation of what is wrong with the file: show it as it is, not as
 * "Something went wrong". Store errors (quota…) and a missing background keep their sentences.
 */
function importErrorText(error: unknown, t: T): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && error.name === 'MessageError' && code === undefined) return error.message;
  return errorText(error, t);
}

export const FORMATS: ReadonlyArray<{ format: ExportFormat; label: string }> = [
  { format: 'csv', label: 'format_csv' },
  { format: 'json', label: 'format_json' },
  { format: 'veris', label: 'format_veris' },
];

type Scope = 'all' | 'filtered' | 'selected';
type ImportOutcome = { ok: true; added: number; updated: number; warnings: string[] } | { ok: false; error: string };

export function ExportImport(props: {
  filteredIds: readonly string[];
  filterActive: boolean;
  selectedIds: readonly string[];
  notify: Notify;
  onImported: () => void;
}) {
  const { api, t } = useUi();
  const [scope, setScope] = useState<Scope>('all');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [importing, setImporting] = useState(false);
  const exportRecords = useExport(props.notify);
  const effective: Scope = scope === 'selected' && !props.selectedIds.length ? 'all' : scope;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setOutcome(null);
    const tooBig = checkImportSize(file.size);
    if (tooBig) return setOutcome({ ok: false, error: tooBig });
    setImporting(true);
    try {
      const res = await api.importRecords({ text: await file.text() });
      setOutcome(res);
      if (res.ok) props.onImported();
    } catch (error) {
      setOutcome({ ok: false, error: importErrorText(error, t) });
    } finally {
      setImporting(false);
    }
  };

  return (
    <>
      <div class="toolbar-group" role="group" aria-label={t('export')}>
        <label>
          <span class="visually-hidden">{t('export_scope')}</span>
          <select value={effective} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as Scope)}>
            <option value="all">{t('scope_all')}</option>
            <option value="filtered" disabled={!props.filterActive}>
              {t('scope_filtered', props.filteredIds.length)}
            </option>
            <option value="selected" disabled={!props.selectedIds.length}>
              {t('scope_selected', props.selectedIds.length)}
            </option>
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('export_format')}</span>
          <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
            {FORMATS.map((f) => (
              <option value={f.format} key={f.format}>
                {t(f.label)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() =>
            exportRecords(format, effective === 'all' ? undefined : effective === 'filtered' ? props.filteredIds : props.selectedIds)
          }
        >
          {t('export')}
        </button>
      </div>
      <label class={`button file-button${importing ? ' busy' : ''}`}>
        <input
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          disabled={importing}
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
        {importing ? t('importing') : t('import_json')}
      </label>
      {outcome && (
        <div class={`banner import-outcome ${outcome.ok ? 'ok' : 'error'}`} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.ok ? (
            <>
              <p>{t('import_done', outcome.added, outcome.updated)}</p>
              {outcome.warnings.length > 0 && (
                <details>
                  <summary>{t('import_warnings', outcome.warnings.length)}</summary>
                  <ul>
                    {outcome.warnings.map((w, i) => (
                      <li key={i}>{w}</li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          ) : (
            <>
              <p>
                <strong>{t('import_failed')}</strong>
              </p>
              <pre class="import-error">{outcome.error}</pre>
            </>
          )}
          <button type="button" class="icon-button" aria-label={t('close')} onClick={() => setOutcome(null)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}

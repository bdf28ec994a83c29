// Actions on the selected incidents: delete (with undo), export, clear the selection.
import type { ExportFormat } from '../../messaging/protocol';
import { useUi } from '../context';
import { FORMATS } from './ExportImport';

export function BulkBar(props: {
  count: number;
  onDelete: () => void;
  onExport: (format: ExportFormat) => void;
  onClear: () => void;
}) {
  const { t } = useUi();
  if (!props.count) return null;
  return (
    <div class="bulkbar" role="region" aria-label={t('selection')}>
      <strong>{t('n_selected', props.count)}</strong>
      <button type="button" class="danger" onClick={props.onDelete}>
        {t('delete_selected')}
      </button>
      {FORMATS.map((f) => (
        <button type="button" key={f.format} onClick={() => props.onExport(f.format)}>
          {t('export_selected_as', t(f.label))}
        </button>
      ))}
      <button type="button" class="link-button" onClick={props.onClear}>
        {t('clear_selection')}
      </button>
    </div>
  );
}

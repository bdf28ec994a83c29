// The library page: every saved incident in a virtualised table with search, filters, sorting,
// inline edits, delete with undo, bulk actions, charts of the filtered set, export/import, and a
// detail panel (sources, APPI view, duplicates). The newest incidents show at once; the rest of a
// large library loads behind them ("loading n/M"), and what works on the whole filtered set (select
// all shown, export the filtered set, charts) waits for it. A search updates the rows in its own
// short task; the charts follow when the browser is idle.
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { SortKey } from '../../store';
import { Charts } from '../charts/Charts';
import { Toasts, useToasts } from '../components/Toasts';
import { useUi } from '../context';
import { warmUpTextFragments } from '../format';
import { useDeferred } from '../hooks';
import { useStableMethods } from '../pure';
import { BulkBar } from './BulkBar';
import { DetailPanel } from './DetailPanel';
import { ExportImport, useExport, type Notify } from './ExportImport';
import type { UiField } from './fields';
import { Filters, NO_FILTERS, type FilterState } from './Filters';
import { IncidentTable } from './IncidentTable';
import type { RowActions } from './IncidentRow';
import { LanguageSelect } from './LanguageSelect';
import { nextSort, useFilteredRows, type SortState } from './useFilteredRows';
import { useLibraryData } from './useLibraryData';

export function LibraryApp(props: { initialId?: string | null }) {
  const { t } = useUi();
  const { toasts, push, dismiss } = useToasts();
  const notify: Notify = {
    info: (message) => push({ message }),
    error: (message) => push({ message, kind: 'error' }),
  };
  const data = useLibraryData({
    onError: (message, retry) => push({ message, kind: 'error', action: retry && { label: t('retry'), run: retry } }),
  });
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [sort, setSort] = useState<SortState>({ key: 'savedAt', order: 'desc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(props.initialId ?? null);
  const [editing, setEditing] = useState<{ id: string; field: UiField } | null>(null);
  const exportRecords = useExport(notify);

  // Ask for the first rows as soon as the page has rendered (a layout effect: before the first
  // paint, not after it), and ready the source links' word segmenter while they are on their way.
  useLayoutEffect(() => {
    void data.reload();
    warmUpTextFragments();
  }, [data.reload]);
  useEffect(() => {
    document.title = `leakmark — ${t('library_title')}`;
  }, [t]);

  const all = data.records;
  const loading = data.loading;
  const { rows, tags, filterActive } = useFilteredRows(all, filters, sort);
  // The charts: over the whole filtered set only, drawn in a task after the rows (and the same
  // element while the rows they plot stay the same, so typing in the search box does not redraw them).
  const complete = all !== null && !loading;
  const chartRows = useDeferred(complete ? rows : null);
  const charts = useMemo(
    () => (complete && chartRows ? <Charts records={chartRows} /> : <p class="muted charts-loading">{t('loading')}</p>),
    [complete, chartRows, t],
  );
  const filteredIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const active = activeId ? all?.find((r) => r.id === activeId) : undefined;

  const remove = async (ids: string[]) => {
    const removed = await data.remove(ids);
    if (!removed) return;
    const gone = new Set(removed.map((r) => r.id));
    setSelected((s) => new Set([...s].filter((id) => !gone.has(id))));
    if (activeId && gone.has(activeId)) setActiveId(null);
    push({
      message: t('deleted_n', removed.length),
      action: {
        label: t('undo'),
        run: async () => {
          if (await data.restore(removed)) push({ message: t('restored_n', removed.length) });
        },
      },
      timeout: 12_000,
    });
  };

  const actions = useStableMethods<RowActions>({
    toggleSelect: (id, on) =>
      setSelected((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    startEdit: (id, field) => setEditing({ id, field }),
    commitEdit: (id, patch) => {
      setEditing(null);
      void data.edit(id, patch);
    },
    cancelEdit: () => setEditing(null),
    open: (id) => setActiveId(id),
    remove: (ids) => void remove(ids),
    retry: (id) => void data.retry(id),
  });

  const sortBy = (key: SortKey) => setSort((s) => nextSort(s, key));
  const selectAll = (on: boolean) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set());
  const selectedIds = [...selected];

  return (
    <div class="library">
      <header class="topbar">
        <h1>
          leakmark <span class="subtitle">{t('library_title')}</span>
        </h1>
        <div class="toolbar">
          <ExportImport
            filteredIds={filteredIds}
            filterActive={filterActive && !loading}
            selectedIds={selectedIds}
            notify={notify}
            onImported={() => void data.reload()}
          />
          <button type="button" onClick={() => void data.reload()}>
            {t('reload')}
          </button>
          <LanguageSelect notify={notify} />
        </div>
      </header>
      {data.loadError && (
        <div class="banner error" role="alert">
          <p>{t('load_failed', data.loadError)}</p>
          <button type="button" class="small" onClick={() => void data.reload()}>
            {t('retry')}
          </button>
        </div>
      )}
      <Filters
        value={filters}
        onChange={setFilters}
        tags={tags}
        shown={rows.length}
        total={loading?.total ?? all?.length ?? 0}
        loading={loading}
      />
      <BulkBar
        count={selected.size}
        onDelete={() => void remove(selectedIds)}
        onExport={(format) => void exportRecords(format, selectedIds)}
        onClear={() => setSelected(new Set())}
      />
      <details class="charts-panel" open>
        <summary>{t('charts')}</summary>
        {charts}
      </details>
      <div class="main">
        {all === null ? (
          <p class="loading" role="status">
            {t('loading')}
          </p>
        ) : (
          <IncidentTable
            rows={rows}
            total={loading?.total ?? all.length}
            loading={Boolean(loading)}
            failed={Boolean(data.loadError)}
            sort={sort}
            onSort={sortBy}
            selected={selected}
            onSelectAll={selectAll}
            activeId={activeId}
            editing={editing}
            pending={data.pending}
            actions={actions}
            revealId={props.initialId}
          />
        )}
        {active && (
          <DetailPanel
            key={active.id}
            record={active}
            pending={data.pending.get(active.id)}
            onEdit={(patch) => void data.edit(active.id, patch)}
            onRetry={() => void data.retry(active.id)}
            onDiscard={() => data.discard(active.id)}
            onClose={() => setActiveId(null)}
            onDelete={() => void remove([active.id])}
            onMerge={async (otherIds) => {
              const merged = await data.merge(active.id, otherIds);
              if (merged) push({ message: t('merged_n', otherIds.length + 1, merged.sources.length) });
              return merged !== null;
            }}
          />
        )}
      </div>
      <Toasts toasts={toasts} dismiss={dismiss} />
    </div>
  );
}

// The library table: an ARIA table (div rows in a CSS grid, so rows can be virtualised) with a
// sticky header of sortable columns (aria-sort) and only the visible rows in the DOM.
import { useEffect } from 'preact/hooks';
import type { IncidentRecord, SortKey, SortOrder } from '../../store';
import { useUi } from '../context';
import { useVirtualRows } from '../virtual';
import { COLUMNS, GRID_TEMPLATE, HEADER_HEIGHT, ROW_HEIGHT, type Column } from './columns';
import { IncidentRow, type RowActions } from './IncidentRow';
import type { UiField } from './fields';
import type { PendingEdit } from './useLibraryData';

export interface TableProps {
  rows: readonly IncidentRecord[];
  total: number;
  /** The rest of the library is still loading (select all waits for it). */
  loading?: boolean;
  /** The library could not be loaded (the empty table then says so instead of "empty"). */
  failed?: boolean;
  sort: { key: SortKey; order: SortOrder };
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onSelectAll: (on: boolean) => void;
  activeId: string | null;
  editing: { id: string; field: UiField } | null;
  pending: ReadonlyMap<string, PendingEdit>;
  actions: RowActions;
  /** Bring this record's row into view (opening ?id=…, or after a change of filter). */
  revealId?: string | null;
}

export function IncidentTable(props: TableProps) {
  const { t } = useUi();
  const { rows } = props;
  const { ref, onScroll, range, scrollToIndex } = useVirtualRows(rows.length, ROW_HEIGHT, HEADER_HEIGHT);

  useEffect(() => {
    if (!props.revealId) return;
    const index = rows.findIndex((r) => r.id === props.revealId);
    if (index >= 0) scrollToIndex(index);
  }, [props.revealId, rows, scrollToIndex]);

  const anySelected = props.selected.size > 0;
  const allSelected = anySelected && rows.length > 0 && rows.every((r) => props.selected.has(r.id));
  const someSelected = anySelected && !allSelected && rows.some((r) => props.selected.has(r.id));

  const header = (col: Column) => {
    if (col.id === 'select') {
      return (
        <input
          type="checkbox"
          checked={allSelected}
          indeterminate={someSelected}
          disabled={!rows.length || props.loading}
          aria-label={t('select_all_shown', rows.length)}
          onChange={(e) => props.onSelectAll((e.currentTarget as HTMLInputElement).checked)}
        />
      );
    }
    if (!col.label) return <span class="visually-hidden">{t('col_actions')}</span>;
    if (!col.sort) return t(col.label);
    const sortKey = col.sort;
    const current = props.sort.key === sortKey;
    return (
      <button type="button" class="sort-button" onClick={() => props.onSort(sortKey)}>
        {t(col.label)}
        <span aria-hidden="true" class="sort-arrow">
          {current ? (props.sort.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    );
  };
  const ariaSort = (col: Column) => {
    if (!col.sort) return undefined;
    if (props.sort.key !== col.sort) return 'none';
    return props.sort.order === 'asc' ? 'ascending' : 'descending';
  };

  const visible = rows.slice(range.start, range.end);
  return (
    <div
      ref={ref}
      onScroll={onScroll}
      class="table"
      role="table"
      aria-label={t('table_label')}
      aria-rowcount={rows.length + 1}
      aria-busy={props.loading ? 'true' : undefined}
      style={{ '--grid': GRID_TEMPLATE }}
      tabIndex={-1}
    >
      <div role="rowgroup" class="thead" style={{ height: `${HEADER_HEIGHT}px` }}>
        <div role="row" aria-rowindex={1} class="tr">
          {COLUMNS.map((col) => (
            <div
              role="columnheader"
              aria-sort={ariaSort(col)}
              class={`th th-${col.id}${col.align === 'end' ? ' end' : ''}`}
              key={col.id}
            >
              {header(col)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" class="tbody" style={{ height: `${Math.max(rows.length, 1) * ROW_HEIGHT}px` }}>
        {rows.length === 0 && (
          <div role="row" class="tr empty">
            <div role="cell" class="td">
              {props.failed ? t('library_unavailable') : props.total === 0 ? t('library_empty') : t('no_matches')}
            </div>
          </div>
        )}
        {visible.map((record, i) => (
          <IncidentRow
            key={record.id}
            record={record}
            index={range.start + i}
            selected={props.selected.has(record.id)}
            active={props.activeId === record.id}
            editing={props.editing?.id === record.id ? props.editing.field : null}
            pending={props.pending.get(record.id)}
            actions={props.actions}
          />
        ))}
      </div>
    </div>
  );
}

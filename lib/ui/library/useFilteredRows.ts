// The rows the library shows: every record searched (debounced text), filtered and sorted in
// memory with the store's search index, which folds each record's text once (a record loaded or
// changed later is folded when it arrives). The index is sorted once per sort order and list, so a
// search only filters: tens of ms at most over 10,000 records.
import { useMemo } from 'preact/hooks';
import { buildSearchIndex, filterRecords, sortIndex, type IncidentRecord, type SortKey, type SortOrder } from '../../store';
import { useDebounced } from '../hooks';
import { NO_FILTERS, type FilterState } from './Filters';

/** Search input settles for this long before a large list is filtered again. */
export const SEARCH_DEBOUNCE_MS = 60;
/** Lists up to this size are filtered on every keystroke (no debounce). */
export const NO_DEBOUNCE_UP_TO = 2000;

/** The debounce for a list of `count` records. */
export function searchDebounce(count: number): number {
  return count > NO_DEBOUNCE_UP_TO ? SEARCH_DEBOUNCE_MS : 0;
}

export interface SortState {
  key: SortKey;
  order: SortOrder;
}

/** Clicking a column header: the same column flips its order; another starts in its natural order. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { key, order: key === 'org' ? 'asc' : 'desc' };
}

export function useFilteredRows(all: readonly IncidentRecord[] | null, filters: FilterState, sort: SortState) {
  const text = useDebounced(filters.text, searchDebounce(all?.length ?? 0));
  const index = useMemo(() => buildSearchIndex(all ?? []), [all]);
  const sorted = useMemo(() => sortIndex(index, sort.key, sort.order), [index, sort]);
  const { category, cause, from, to, breachesOnly, tag } = filters;
  const rows = useMemo(
    () =>
      filterRecords(sorted, {
        text,
        category: category || undefined,
        cause: cause || undefined,
        from: from || undefined,
        to: to || undefined,
        breachesOnly,
        tag: tag || undefined,
      }),
    [sorted, text, category, cause, from, to, breachesOnly, tag],
  );
  const tags = useMemo(() => [...new Set((all ?? []).flatMap((r) => r.tags))].sort(), [all]);
  const filterActive = JSON.stringify({ ...filters, text }) !== JSON.stringify(NO_FILTERS);
  return { rows, tags, filterActive };
}

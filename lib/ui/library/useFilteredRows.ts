// The rows the library shows: every record searched (debounced text), filtered and sorted in
// memory with the store's search index, which folds each record's text once.
import { useMemo } from 'preact/hooks';
import { buildSearchIndex, filterRecords, type IncidentRecord, type SortKey, type SortOrder } from '../../store';
import { useDebounced } from '../hooks';
import { NO_FILTERS, type FilterState } from './Filters';

/** Search input settles for this long before the list is filtered again. */
export const SEARCH_DEBOUNCE_MS = 150;

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
  const text = useDebounced(filters.text, SEARCH_DEBOUNCE_MS);
  const index = useMemo(() => buildSearchIndex(all ?? []), [all]);
  const { category, cause, from, to, breachesOnly, tag } = filters;
  const rows = useMemo(
    () =>
      filterRecords(index, {
        text,
        category: category || undefined,
        cause: cause || undefined,
        from: from || undefined,
        to: to || undefined,
        breachesOnly,
        tag: tag || undefined,
        sort: sort.key,
        order: sort.order,
      }),
    [index, text, category, cause, from, to, breachesOnly, tag, sort],
  );
  const tags = useMemo(() => [...new Set((all ?? []).flatMap((r) => r.tags))].sort(), [all]);
  const filterActive = JSON.stringify({ ...filters, text }) !== JSON.stringify(NO_FILTERS);
  return { rows, tags, filterActive };
}

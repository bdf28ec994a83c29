// The library table's columns: label, width (CSS grid track), sort key and edited field.
import type { SortKey } from '../../store';
import type { UiField } from './fields';

export type ColumnId = 'select' | 'org' | 'published' | 'total' | 'categories' | 'cause' | 'tags' | 'source' | 'savedAt' | 'actions';

export interface Column {
  id: ColumnId;
  /** i18n key of the header ('' for none). */
  label: string;
  width: string;
  sort?: SortKey;
  field?: UiField;
  align?: 'end';
}

export const COLUMNS: readonly Column[] = [
  { id: 'select', label: '', width: '36px' },
  { id: 'org', label: 'col_org', width: 'minmax(150px, 2fr)', sort: 'org', field: 'org' },
  { id: 'published', label: 'col_published', width: '104px', sort: 'published', field: 'published' },
  { id: 'total', label: 'col_total', width: '96px', sort: 'total', field: 'total_affected', align: 'end' },
  { id: 'categories', label: 'col_categories', width: 'minmax(150px, 2fr)', field: 'categories' },
  { id: 'cause', label: 'col_cause', width: '132px', field: 'cause' },
  { id: 'tags', label: 'col_tags', width: '110px', field: 'tags' },
  { id: 'source', label: 'col_source', width: '138px' },
  { id: 'savedAt', label: 'col_saved_at', width: '140px', sort: 'savedAt' }, // fits 'YYYY-MM-DD HH:mm' at 13px
  { id: 'actions', label: '', width: '104px' },
];

export const GRID_TEMPLATE = COLUMNS.map((c) => c.width).join(' ');

/** Row height in px: fixed, so the visible window is a division (see virtual.ts). */
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 36;

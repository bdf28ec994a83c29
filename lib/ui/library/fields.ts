// The fields the user edits in the library, how each is edited, and how typed text becomes a
// patch. Pure: the editor component (FieldEditor.tsx) only wires inputs to these functions.
import type { EditableField, IncidentRecord, RecordPatch } from '../../store';
import { parseDateInput, parseTags, parseTotal } from '../format';

export type UiField =
  | 'org'
  | 'heading'
  | 'published'
  | 'discovered'
  | 'total_affected'
  | 'categories'
  | 'cause'
  | 'tags'
  | 'notes'
  | 'is_breach';

export type EditKind = 'text' | 'date' | 'fullDate' | 'number' | 'categories' | 'cause' | 'tags' | 'notes' | 'bool';

export const FIELD_KIND: Readonly<Record<UiField, EditKind>> = {
  org: 'text',
  heading: 'text',
  published: 'date',
  discovered: 'fullDate',
  total_affected: 'number',
  categories: 'categories',
  cause: 'cause',
  tags: 'tags',
  notes: 'notes',
  is_breach: 'bool',
};

/** i18n key of each field's label. */
export const FIELD_LABEL: Readonly<Record<UiField, string>> = {
  org: 'col_org',
  heading: 'field_heading',
  published: 'col_published',
  discovered: 'field_discovered',
  total_affected: 'col_total',
  categories: 'col_categories',
  cause: 'col_cause',
  tags: 'col_tags',
  notes: 'field_notes',
  is_breach: 'field_is_breach',
};

/** The field's value as the text shown in its editor. */
export function draftOf(record: IncidentRecord, field: UiField): string {
  switch (field) {
    case 'total_affected':
      return record.total_affected === null ? '' : String(record.total_affected);
    case 'tags':
      return record.tags.join(', ');
    case 'categories':
      return record.categories.join(',');
    case 'is_breach':
      return String(record.is_breach);
    default:
      return (record[field] as string | null) ?? '';
  }
}

export type ParsedDraft = { patch: RecordPatch } | { error: 'number' | 'date' | 'empty' };

/** Typed text → the patch for `field` (categories arrive as comma-joined keys). */
export function parseDraft(field: UiField, draft: string): ParsedDraft {
  switch (FIELD_KIND[field]) {
    case 'number': {
      const r = parseTotal(draft);
      return 'error' in r ? r : { patch: { total_affected: r.value } };
    }
    case 'date':
    case 'fullDate': {
      const r = parseDateInput(draft, FIELD_KIND[field] === 'fullDate');
      return 'error' in r ? r : { patch: { [field]: r.value } };
    }
    case 'tags':
      return { patch: { tags: parseTags(draft) } };
    case 'categories':
      return { patch: { categories: draft.split(',').filter((k) => k !== '') } };
    case 'cause':
      return { patch: { cause: draft === '' ? null : draft } };
    case 'bool':
      return { patch: { is_breach: draft === 'true' } };
    case 'notes':
      return { patch: { notes: draft } };
    default: {
      const text = draft.trim();
      return { patch: { [field]: text === '' ? null : text } };
    }
  }
}

/** True when applying `patch` would change nothing. */
export function isNoop(record: IncidentRecord, patch: RecordPatch): boolean {
  const r = record as unknown as Record<string, unknown>;
  return Object.entries(patch).every(([k, v]) => JSON.stringify(r[k]) === JSON.stringify(v));
}

/** Whether the user has corrected the field (tags and notes are always the user's own). */
export function isCorrected(record: IncidentRecord, field: UiField): boolean {
  return field !== 'tags' && field !== 'notes' && Boolean(record.corrected[field as EditableField]);
}

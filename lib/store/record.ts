// What the library stores for one incident: the engine's facts, the user's corrections and notes,
// and every place the incident was read (provenance). Pure functions; the database lives in db.ts.
import type { Count, Incident, PpcTrigger } from '../types';
import { StoreError } from './errors';
import { unionStrings } from './normalize';
import { unionSources, type Source } from './source';
import { checkPatchField, EDITABLE_FIELDS, type EditableField } from './validate';

/** Version of the record shape (1: flat url/quote fields; 2: sources[], corrected, discovered). */
export const RECORD_SCHEMA_VERSION = 2;

/** A count as stored: the engine's Count without offsets (they refer to one page only). */
export type StoredCount = Omit<Count, 'start' | 'end'>;

/** Facts the engine extracts; a re-extraction refreshes those the user has not corrected. */
export const ENGINE_FIELDS = [
  'org',
  'published',
  'counts',
  'total_affected',
  'categories',
  'cause',
  'is_breach',
  'ppc_triggers',
  'heading',
] as const;

export { EDITABLE_FIELDS, type EditableField };

export interface IncidentRecord {
  id: string;
  org: string | null;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known) of the notice. */
  published: string | null;
  counts: StoredCount[];
  total_affected: number | null;
  categories: string[];
  cause: string | null;
  is_breach: boolean;
  ppc_triggers: PpcTrigger[];
  heading: string | null;
  /** ISO date the organisation discovered the incident (user-entered; drives the APPI deadlines). */
  discovered: string | null;
  sources: Source[];
  tags: string[];
  notes: string;
  corrected: Partial<Record<EditableField, true>>;
  createdAt: string;
  updatedAt: string;
  schemaVersion: number;
}

/** What the user may change through applyEdit/update. */
export type RecordPatch = Partial<Pick<IncidentRecord, EditableField | 'tags' | 'notes'>>;

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function storedCount(count: Count): StoredCount {
  const { start: _start, end: _end, ...rest } = count;
  return { ...rest, qualifiers: [...rest.qualifiers] };
}

/** A new record for an incident the engine found, read from `source`. */
export function recordFromIncident(
  incident: Incident,
  source: Source,
  now: string = new Date().toISOString(),
  id: string = newId(),
): IncidentRecord {
  return {
    id,
    org: incident.org,
    published: incident.published,
    counts: incident.counts.map(storedCount),
    total_affected: incident.total_affected,
    categories: unionStrings(incident.categories),
    cause: incident.cause,
    is_breach: incident.is_breach,
    ppc_triggers: unionStrings(incident.ppc_triggers) as PpcTrigger[],
    heading: incident.heading,
    discovered: null,
    sources: [source],
    tags: [],
    notes: '',
    corrected: {},
    createdAt: now,
    updatedAt: now,
    schemaVersion: RECORD_SCHEMA_VERSION,
  };
}

/** Trimmed, non-empty, de-duplicated tags in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  return unionStrings(tags.map((t) => t.trim()).filter((t) => t !== ''));
}

const PATCHABLE: ReadonlySet<string> = new Set<string>([...EDITABLE_FIELDS, 'tags', 'notes']);

/**
 * The user's edit: validated, applied, and every edited engine/date field marked corrected.
 * Throws StoreError('invalid') naming the field when a value is not acceptable.
 */
export function applyEdit(
  record: IncidentRecord,
  patch: RecordPatch,
  now: string = new Date().toISOString(),
): IncidentRecord {
  const next: IncidentRecord = { ...record, corrected: { ...record.corrected } };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (!PATCHABLE.has(field)) throw new StoreError('invalid', `Field "${field}" cannot be edited.`);
    const problem = checkPatchField(field, value);
    if (problem) throw new StoreError('invalid', `Field "${field}": ${problem}`);
    if (field === 'tags') next.tags = cleanTags(value as string[]);
    else if (field === 'notes') next.notes = value as string;
    else {
      const key = field as EditableField;
      const copy = Array.isArray(value) ? unionStrings(value as string[]) : value;
      (next as unknown as Record<string, unknown>)[key] = copy;
      next.corrected[key] = true;
    }
  }
  next.updatedAt = now;
  return next;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/**
 * The same incident saved again (or re-extracted by a newer engine): fields the user corrected
 * stay as corrected; other engine facts take the fresh value unless it is empty (a re-read that
 * found less keeps what was known); sources are united; id, tags, notes, discovered are kept.
 */
export function mergeReextraction(
  existing: IncidentRecord,
  fresh: IncidentRecord,
  now: string = new Date().toISOString(),
): IncidentRecord {
  const next = { ...existing } as unknown as Record<string, unknown>;
  const freshFields = fresh as unknown as Record<string, unknown>;
  for (const field of ENGINE_FIELDS) {
    if (existing.corrected[field as EditableField]) continue;
    const value = freshFields[field];
    if (!isEmpty(value)) next[field] = value;
  }
  const merged = next as unknown as IncidentRecord;
  merged.discovered = existing.discovered ?? fresh.discovered;
  merged.sources = unionSources(existing.sources, fresh.sources);
  merged.tags = cleanTags([...existing.tags, ...fresh.tags]);
  merged.createdAt = existing.createdAt < fresh.createdAt ? existing.createdAt : fresh.createdAt;
  merged.updatedAt = now;
  merged.schemaVersion = RECORD_SCHEMA_VERSION;
  return merged;
}

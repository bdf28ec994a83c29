// Record shapes of earlier schema versions and their migration to the current IncidentRecord.
// Migration runs inside the database upgrade, so it must never throw: a damaged old row is
// migrated with defaults rather than aborting the upgrade (which would lock the user out).
import type { Count, PpcTrigger } from '../types';
import { RECORD_SCHEMA_VERSION, storedCount, type IncidentRecord, type StoredCount } from './record';
import type { Source } from './source';

/** A record as leakmark's database version 1 stored it: one page per record, flat provenance. */
export interface V1Record {
  id: string;
  org: string | null;
  published: string | null;
  counts: Count[];
  total_affected: number | null;
  categories: string[];
  cause: string | null;
  is_breach: boolean;
  ppc_triggers: PpcTrigger[];
  heading: string | null;
  url: string;
  title: string;
  /** The incident's text as it was on the page. */
  quote: string;
  /** [start, end) of the quote in the page text. */
  span: [number, number];
  savedAt: string;
  engineVersion?: string;
  tags: string[];
  notes: string;
  schemaVersion: 1;
}

type Loose = Partial<Record<string, unknown>>;

const text = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const offset = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);

const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function migrateCount(c: unknown): StoredCount | null {
  if (!c || typeof c !== 'object' || typeof (c as Loose).text !== 'string') return null;
  const old = c as Loose;
  const flag = (name: string) => old[name] === true;
  return storedCount({
    text: text(old.text),
    start: 0,
    end: 0,
    value: numOrNull(old.value),
    min: numOrNull(old.min),
    max: numOrNull(old.max),
    unit: (text(old.unit) || '件') as Count['unit'],
    approx: flag('approx'),
    numeric_approx: flag('numeric_approx'),
    hedged: flag('hedged'),
    victim: old.victim !== false,
    total: flag('total'),
    qualifiers: strings(old.qualifiers),
    reason: text(old.reason),
  });
}

/** Migrate one version-1 row to the current record shape. Total: never throws. */
export function migrateV1Record(row: unknown, fallbackNow: string = new Date().toISOString()): IncidentRecord {
  const old: Loose = row && typeof row === 'object' ? (row as Loose) : {};
  const savedAt = text(old.savedAt, fallbackNow);
  const span = Array.isArray(old.span) ? old.span : [];
  const start = offset(span[0]);
  const source: Source = {
    url: text(old.url),
    title: text(old.title),
    quote: { exact: text(old.quote), prefix: '', suffix: '' },
    position: { start, end: Math.max(start, offset(span[1])) },
    pageHash: '',
    savedAt,
    engineVersion: text(old.engineVersion, 'unknown'),
  };
  return {
    id: typeof old.id === 'string' || typeof old.id === 'number' ? String(old.id) : globalThis.crypto.randomUUID(),
    org: textOrNull(old.org),
    published: textOrNull(old.published),
    counts: (Array.isArray(old.counts) ? old.counts : []).map(migrateCount).filter((c) => c !== null),
    total_affected: numOrNull(old.total_affected),
    categories: strings(old.categories),
    cause: textOrNull(old.cause),
    is_breach: old.is_breach !== false,
    ppc_triggers: strings(old.ppc_triggers) as PpcTrigger[],
    heading: textOrNull(old.heading),
    discovered: null,
    sources: source.url || source.quote.exact ? [source] : [],
    tags: strings(old.tags),
    notes: text(old.notes),
    corrected: {},
    createdAt: savedAt,
    updatedAt: savedAt,
    schemaVersion: RECORD_SCHEMA_VERSION,
  };
}

/** Bring a stored value of any known schema version to the current record shape. */
export function migrateRecord(row: unknown, fallbackNow?: string): IncidentRecord {
  const version = row && typeof row === 'object' ? (row as Loose).schemaVersion : undefined;
  if (version === RECORD_SCHEMA_VERSION) return row as IncidentRecord;
  return migrateV1Record(row, fallbackNow);
}

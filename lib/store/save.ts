// Saving incidents into the library without ever duplicating one. The lookup and the write happen
// in one readwrite transaction; IndexedDB runs readwrite transactions on a store one at a time, so
// saves arriving at once from many tabs each see the others' results and none is lost or doubled.
import type { Incident } from '../types';
import { write, type Library, type WriteStore } from './db';
import { normalizeUrl, quoteKey, spansOverlap } from './normalize';
import { StoreError } from './errors';
import { mergeReextraction, RECORD_SCHEMA_VERSION, recordFromIncident, type IncidentRecord } from './record';
import { fromRow, toRow, type StoredRow } from './schema';
import type { Source } from './source';
import { validateRecord } from './validate';

export interface SaveResult {
  record: IncidentRecord;
  /** True when a new record was created, false when an existing one was updated. */
  created: boolean;
}

/**
 * The stored row that already holds this incident: one with a source on the same page whose span
 * overlaps, or one with a source quoting the same text (after normalisation) on any page.
 */
export async function findStoredMatch(store: WriteStore, sources: readonly Source[]): Promise<StoredRow | undefined> {
  for (const source of sources) {
    const url = normalizeUrl(source.url);
    const rows = await store.index('by-url').getAll(url);
    const hit = rows.find((row) =>
      row.sources.some((s) => normalizeUrl(s.url) === url && spansOverlap(s.position, source.position)),
    );
    if (hit) return hit;
  }
  for (const source of sources) {
    const key = quoteKey(source.quote.exact);
    if (!key) continue;
    const hit = await store.index('by-quote').get(key);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Store `record` as new, or merged into the row that already holds the same incident (`known`
 * when the caller found it already, e.g. by id). Unchanged merges (same object back) are not written.
 */
export async function upsertRecord(
  store: WriteStore,
  record: IncidentRecord,
  merge: (existing: IncidentRecord, incoming: IncidentRecord) => IncidentRecord,
  known?: StoredRow,
): Promise<SaveResult> {
  const match = known ?? (await findStoredMatch(store, record.sources));
  if (!match) {
    await store.put(toRow(record));
    return { record, created: true };
  }
  const existing = fromRow(match);
  const merged = merge(existing, record);
  if (merged !== existing) await store.put(toRow(merged));
  return { record: merged, created: false };
}

/**
 * Save an incident the engine found on a page. Saving the same incident again (same page and an
 * overlapping span, or the same quoted text) updates the existing record: fields the user
 * corrected are kept, other facts refreshed, sources united. An incident that would not survive
 * an export/import round trip (unknown category or cause key, bad date…) is refused: StoreError 'invalid'.
 */
export async function saveIncident(
  library: Library,
  incident: Incident,
  source: Source,
  now: string = new Date().toISOString(),
): Promise<SaveResult> {
  const fresh = recordFromIncident(incident, source, now);
  const { issues } = validateRecord(fresh, RECORD_SCHEMA_VERSION);
  if (issues.length) {
    const detail = issues.map((i) => `${i.field}: ${i.problem}`).join('; ');
    throw new StoreError('invalid', `The incident cannot be saved: ${detail}`);
  }
  const merge = (existing: IncidentRecord, incoming: IncidentRecord) => mergeReextraction(existing, incoming, now);
  return write(library, (store) => upsertRecord(store, fresh, merge));
}

// Merging records that describe one incident: the user merged likely duplicates, or an imported
// record matched one already in the library. combineRecords is pure; mergeRecords stores.
import type { PpcTrigger } from '../types';
import { write, type Library } from './db';
import { StoreError } from './errors';
import { unionStrings } from './normalize';
import { cleanTags, RECORD_SCHEMA_VERSION, type EditableField, type IncidentRecord, type StoredCount } from './record';
import { fromRow, toRow } from './schema';
import { unionSources } from './source';

const SCALAR_FIELDS = ['org', 'published', 'discovered', 'total_affected', 'cause', 'heading', 'is_breach'] as const;
const LIST_FIELDS = ['categories', 'ppc_triggers'] as const;

/** Notes of every record, each once, in order, separated by a blank line. */
export function joinNotes(notes: readonly string[]): string {
  return unionStrings(notes.map((n) => n.trim()).filter((n) => n !== '')).join('\n\n');
}

function countKey(c: StoredCount): string {
  return `${c.text}\u0000${c.value}\u0000${c.unit}`;
}

/**
 * Each record's counts as they are (a notice may state the same number twice: both mentions stay),
 * then the counts of later records that no earlier record already has. So a record combined with a
 * copy of itself (an export imported again) is unchanged.
 */
function unionCounts(lists: readonly (readonly StoredCount[])[]): StoredCount[] {
  const out: StoredCount[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    out.push(...list.filter((c) => !seen.has(countKey(c))));
    for (const c of list) seen.add(countKey(c));
  }
  return out;
}

/**
 * One record from `keep` and `others`, keeping keep's id.
 * - A field some record's user corrected takes the first corrected value (keep first), stays corrected.
 * - Otherwise scalars are keep's, filled from the others when null; is_breach is true if any says so.
 * - Categories and APPI triggers are united (unless corrected); counts, tags, sources are united;
 *   notes are concatenated; createdAt is the earliest.
 */
export function combineRecords(
  keep: IncidentRecord,
  others: readonly IncidentRecord[],
  now: string = new Date().toISOString(),
): IncidentRecord {
  const all = [keep, ...others];
  const out = { ...keep } as unknown as Record<string, unknown>;
  const corrected: Partial<Record<EditableField, true>> = {};
  const field = (r: IncidentRecord, name: string): unknown => (r as unknown as Record<string, unknown>)[name];

  for (const name of [...SCALAR_FIELDS, ...LIST_FIELDS]) {
    const owner = all.find((r) => r.corrected[name]);
    if (owner) {
      out[name] = field(owner, name);
      corrected[name] = true;
    } else if (name === 'is_breach') {
      out[name] = all.some((r) => r.is_breach);
    } else if (name === 'categories' || name === 'ppc_triggers') {
      out[name] = unionStrings(...all.map((r) => r[name] as string[])) as string[] | PpcTrigger[];
    } else {
      out[name] = all.map((r) => field(r, name)).find((v) => v !== null && v !== undefined) ?? null;
    }
  }

  const merged = out as unknown as IncidentRecord;
  merged.id = keep.id;
  merged.counts = unionCounts(all.map((r) => r.counts));
  merged.sources = unionSources(...all.map((r) => r.sources));
  merged.tags = cleanTags(all.flatMap((r) => r.tags));
  merged.notes = joinNotes(all.map((r) => r.notes));
  merged.corrected = corrected;
  merged.createdAt = all.map((r) => r.createdAt).reduce((a, b) => (b < a ? b : a));
  merged.updatedAt = now;
  merged.schemaVersion = RECORD_SCHEMA_VERSION;
  return merged;
}

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Same content, ignoring updatedAt (used to skip writes that would change nothing). */
export function sameContent(a: IncidentRecord, b: IncidentRecord): boolean {
  return canonical({ ...a, updatedAt: '' }) === canonical({ ...b, updatedAt: '' });
}

export interface MergeResult {
  /** The record that now holds the incident (keepId). */
  merged: IncidentRecord;
  /** Every record as it was before the merge (keep first); restore(previous) undoes the merge. */
  previous: IncidentRecord[];
}

/**
 * Merge `otherIds` into `keepId` (see combineRecords: every source kept, categories and tags
 * united, notes concatenated, corrections kept) and delete the others, all or nothing.
 * Undo: restore(library, result.previous) puts every record back as it was.
 */
export async function mergeRecords(
  library: Library,
  keepId: string,
  otherIds: readonly string[],
  now: string = new Date().toISOString(),
): Promise<MergeResult> {
  const ids = [...new Set(otherIds)].filter((id) => id !== keepId);
  return write(library, async (store) => {
    const keepRow = await store.get(keepId);
    if (!keepRow) throw new StoreError('not_found', `No incident with id "${keepId}" to merge into.`);
    const others: IncidentRecord[] = [];
    for (const id of ids) {
      const row = await store.get(id);
      if (!row) throw new StoreError('not_found', `No incident with id "${id}" to merge.`);
      others.push(fromRow(row));
    }
    const keep = fromRow(keepRow);
    const merged = combineRecords(keep, others, now);
    await store.put(toRow(merged));
    for (const id of ids) await store.delete(id);
    return { merged, previous: [keep, ...others] };
  });
}

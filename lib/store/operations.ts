// Reading, editing, removing and restoring library records. Each call is one transaction.
import { unwrap } from 'idb';
import { read, write, type Library } from './db';
import { StoreError } from './errors';
import { applyEdit, type IncidentRecord, type RecordPatch } from './record';
import { fromRow, toRow, type StoredRow } from './schema';
import { filterRecords } from './search';

/** Every record, in id order. */
export async function getAll(library: Library): Promise<IncidentRecord[]> {
  const rows = await read(library, (store) => store.getAll());
  return rows.map(fromRow);
}

/** One record, or undefined when there is none with this id. */
export async function get(library: Library, id: string): Promise<IncidentRecord | undefined> {
  const row = await read(library, (store) => store.get(id));
  return row ? fromRow(row) : undefined;
}

/** How many records the library holds. */
export async function count(library: Library): Promise<number> {
  return read(library, (store) => store.count());
}

/** Most records one readPage call returns (about 1 KB each: a page stays around a megabyte or two). */
export const MAX_PAGE = 2000;

/**
 * Up to `limit` records (at most MAX_PAGE) in id order, starting after the id `after` (from the
 * first record when undefined). Only those rows are read (getAll over a key range): the library
 * page loads a large library a page at a time with it, passing the last page's `next` as `after`
 * until `next` is null. `total`, the library's size, comes with the first page only (null after):
 * counting walks the whole store (~15 ms for 10,000 records).
 */
export async function readPage(
  library: Library,
  after: string | undefined,
  limit: number,
): Promise<{ records: IncidentRecord[]; total: number | null; next: string | null }> {
  const want = Math.max(1, Math.min(MAX_PAGE, Math.floor(limit) || 1));
  return read(library, async (store) => {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const rows = await store.getAll(range, want);
    const total = after === undefined ? await store.count() : null;
    const records = rows.map(fromRow);
    const next = rows.length < want ? null : records[records.length - 1]!.id;
    return { records, total, next };
  });
}

/** IDBIndex.getAllRecords (Chrome 141+): one request for rows in either direction. */
type RecordsIndex = { getAllRecords?: unknown };

/**
 * The `limit` most recently saved records (latest source savedAt, newest first, ties by id: the
 * order filterRecords gives for sort 'savedAt'). Reads the by-savedAt index backwards, so only
 * about `limit` rows are read whatever the library's size (and no count: that walks the whole
 * store): in one request where the browser has getAllRecords, else with a cursor. Every write
 * stores savedAt (toRow), so the index holds every row; a row the version-2 upgrade could not
 * rewrite would be missing here, yet still in getAll and readPage.
 */
export async function mostRecent(library: Library, limit: number): Promise<IncidentRecord[]> {
  const want = Math.max(0, Math.floor(limit) || 0);
  if (want === 0) return [];
  return read(library, async (store) => {
    const index = store.index('by-savedAt');
    let rows: StoredRow[] = [];
    if (typeof (unwrap(index) as RecordsIndex).getAllRecords === 'function') {
      const records = index as unknown as { getAllRecords(o: object): Promise<Array<{ value: StoredRow }>> };
      rows = (await records.getAllRecords({ direction: 'prev', count: want })).map((r) => r.value);
    } else {
      let cursor = await index.openCursor(null, 'prev');
      while (cursor && rows.length < want) {
        rows.push(cursor.value);
        cursor = rows.length < want ? await cursor.continue() : null;
      }
    }
    if (rows.length === want) {
      // Rows saved at the same instant as the last one may lie beyond it (read backwards, ties come
      // by descending id; filterRecords breaks them by ascending id): take them all, then cut.
      const have = new Set(rows.map((r) => r.id));
      const tied = await index.getAll(IDBKeyRange.only(rows[rows.length - 1]!.savedAt));
      rows = rows.concat(tied.filter((r) => !have.has(r.id)));
    }
    return filterRecords(rows.map(fromRow), { sort: 'savedAt', order: 'desc' }).slice(0, want);
  });
}

/**
 * Apply the user's edit (see applyEdit: edited fields are marked corrected) and store it.
 * Throws StoreError 'not_found' for an unknown id and 'invalid' for an unacceptable value.
 */
export async function update(
  library: Library,
  id: string,
  patch: RecordPatch,
  now: string = new Date().toISOString(),
): Promise<IncidentRecord> {
  return write(library, async (store) => {
    const row = await store.get(id);
    if (!row) throw new StoreError('not_found', `No incident with id "${id}" in the library.`);
    const next = applyEdit(fromRow(row), patch, now);
    await store.put(toRow(next));
    return next;
  });
}

/**
 * Remove records by id, all or none. Returns the removed records (ids not in the library are
 * skipped) so the caller can offer undo through restore().
 */
export async function remove(library: Library, ids: readonly string[]): Promise<IncidentRecord[]> {
  return write(library, async (store) => {
    const removed: IncidentRecord[] = [];
    for (const id of new Set(ids)) {
      const row = await store.get(id);
      if (!row) continue;
      await store.delete(id);
      removed.push(fromRow(row));
    }
    return removed;
  });
}

/** Put records back exactly as given (undo of remove or merge), overwriting same ids; all or none. */
export async function restore(library: Library, records: readonly IncidentRecord[]): Promise<void> {
  await write(library, async (store) => {
    for (const record of records) await store.put(toRow(record));
  });
}

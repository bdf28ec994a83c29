// Reading, editing, removing and restoring library records. Each call is one transaction.
import { read, write, type Library } from './db';
import { StoreError } from './errors';
import { applyEdit, type IncidentRecord, type RecordPatch } from './record';
import { fromRow, toRow } from './schema';

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

// Failure handling: a full disk (QuotaExceededError) must leave the library as it was, and a
// database closed or deleted underneath must be reopened on the next call.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreError, toStoreError } from '../../../lib/store/errors';
import { importRecords } from '../../../lib/store/import';
import { mergeRecords } from '../../../lib/store/merge';
import { count, get, getAll, remove, restore, update } from '../../../lib/store/operations';
import type { IncidentRecord } from '../../../lib/store/record';
import { saveIncident } from '../../../lib/store/save';
import { done, freshLibrary, makeIncident, makeRecord, makeSource } from './fixtures';

/** Make IDBObjectStore.put throw QuotaExceededError, after `allowed` successful puts. */
function fillDisk(allowed = 0) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (calls++ >= allowed) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
}

async function seeded() {
  const t = await freshLibrary();
  for (let i = 0; i < 3; i++) {
    await saveIncident(t.library, makeIncident({ org: `会社${i}` }), makeSource({ url: `https://e.example/${i}`, quote: { exact: `q${i}`, prefix: '', suffix: '' } }));
  }
  return { ...t, before: await getAll(t.library) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage quota exceeded', () => {
  const attempts: [string, (lib: Awaited<ReturnType<typeof seeded>>) => Promise<unknown>, number][] = [
    ['saving a new incident', ({ library }) => saveIncident(library, makeIncident(), makeSource({ url: 'https://new.example/' })), 0],
    ['re-saving an existing incident', ({ library, before }) => saveIncident(library, makeIncident({ total_affected: 1 }), before[0]!.sources[0]!), 0],
    ['editing', ({ library, before }) => update(library, before[1]!.id, { notes: 'x'.repeat(1000) }), 0],
    ['merging', ({ library, before }) => mergeRecords(library, before[0]!.id, [before[1]!.id]), 0],
    ['importing three records (fails on the third)', ({ library }) => importRecords(library, [makeRecord({}, { url: 'https://i/1' }), makeRecord({}, { url: 'https://i/2', quote: { exact: 'b', prefix: '', suffix: '' } }), makeRecord({}, { url: 'https://i/3', quote: { exact: 'c', prefix: '', suffix: '' } })]), 2],
    ['restoring', ({ library }) => restore(library, [makeRecord({}, { url: 'https://r/1' }), makeRecord({}, { url: 'https://r/2' })]), 1],
  ];

  it.each(attempts)('%s → StoreError quota, nothing lost or half-written', async (_name, attempt, allowed) => {
    const lib = await seeded();
    fillDisk(allowed);
    const error = await attempt(lib).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'quota' });
    expect((error as StoreError).message).toMatch(/quota/i);
    expect((error as StoreError).message).toMatch(/nothing already in the library was lost/);
    vi.restoreAllMocks();
    expect(sortById(await getAll(lib.library))).toEqual(sortById(lib.before));
    // And the library still works once space is available.
    await saveIncident(lib.library, makeIncident(), makeSource({ url: 'https://after.example/' }));
    expect(await count(lib.library)).toBe(lib.before.length + 1);
  });
});

describe('database closed or deleted underneath', () => {
  it('reopens after the database was deleted by another context', async () => {
    const { library, factory } = await seeded();
    // deleteDatabase waits for open connections; ours closes on versionchange so this completes.
    await done(factory.deleteDatabase('leakmark') as unknown as IDBRequest<unknown>);
    expect(await getAll(library)).toEqual([]);
    const saved = await saveIncident(library, makeIncident(), makeSource());
    expect(await get(library, saved.record.id)).toEqual(saved.record);
  });

  it('reopens after its connection was closed', async () => {
    const { library, before } = await seeded();
    (await library.connection()).close();
    expect(sortById(await getAll(library))).toEqual(sortById(before));
    (await library.connection()).close();
    const removed = await remove(library, [before[0]!.id]);
    expect(removed).toHaveLength(1);
  });

  it('reports unknown ids as not_found', async () => {
    const { library } = await seeded();
    await expect(update(library, 'nope', { notes: 'x' })).rejects.toMatchObject({ name: 'StoreError', code: 'not_found' });
  });

  it('rejects invalid edits without storing them', async () => {
    const { library, before } = await seeded();
    await expect(update(library, before[0]!.id, { categories: ['bogus'] })).rejects.toMatchObject({ code: 'invalid' });
    expect(await get(library, before[0]!.id)).toEqual(before[0]);
  });
});

describe('toStoreError', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['VersionError', 'version'],
    ['InvalidStateError', 'unavailable'],
    ['DataCloneError', 'invalid'],
    ['AbortError', 'unknown'],
  ])('%s → %s', (name, code) => {
    expect(toStoreError(new DOMException('m', name)).code).toBe(code);
  });
  it('passes StoreErrors through', () => {
    const e = new StoreError('not_found', 'x');
    expect(toStoreError(e)).toBe(e);
  });
});

function sortById(records: IncidentRecord[]): IncidentRecord[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

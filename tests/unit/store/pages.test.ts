// Reading the library a part at a time (what the library page loads first and then page by page)
// and the read-only handle the page reads it with. Each part must be exactly what reading
// everything and sorting or slicing it in memory gives.
import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openLibrary, openLibraryReader } from '../../../lib/store/db';
import { count, getAll, MAX_PAGE, mostRecent, readPage, remove, restore, update } from '../../../lib/store/operations';
import type { IncidentRecord } from '../../../lib/store/record';
import { buildSearchIndex, filterRecords, isRecentQuery, sortIndex, type SortKey } from '../../../lib/store/search';
import { done, freshLibrary, makeRecord } from './fixtures';

/** Records with varied ids and save times, several saved at the same instant (ties broken by id). */
function records(n: number): IncidentRecord[] {
  return Array.from({ length: n }, (_, i) => {
    // Ids deliberately not in save order; every third record shares its save time with others.
    const id = `r-${String((i * 7919) % 1000).padStart(3, '0')}-${i}`;
    const minute = i % 3 === 0 ? 30 : i;
    const savedAt = new Date(Date.UTC(2024, 4, 1, 0, minute)).toISOString();
    return makeRecord(
      { org: `会社${i}`, published: `2024-0${(i % 9) + 1}-01`, total_affected: (i * 37) % 500 },
      { url: `https://e.example/${i}`, savedAt, quote: { exact: `引用${i}`, prefix: '', suffix: '' } },
      { id },
    );
  });
}

const newestFirst = (list: readonly IncidentRecord[]) => filterRecords(list, { sort: 'savedAt', order: 'desc' });
const ids = (list: readonly IncidentRecord[]) => list.map((r) => r.id);

describe('readPage', () => {
  it('walks the whole library in id order, page by page, with the total on the first page only', async () => {
    const { library } = await freshLibrary();
    const all = records(23);
    await restore(library, all);
    const seen: IncidentRecord[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await readPage(library, after, 5);
      expect(page.total).toBe(pages === 0 ? 23 : null);
      seen.push(...page.records);
      pages++;
      if (page.next === null) break;
      expect(page.next).toBe(page.records[page.records.length - 1]!.id);
      after = page.next;
    }
    expect(pages).toBe(5);
    expect(ids(seen)).toEqual(ids(all).sort());
    expect(seen).toEqual(await getAll(library));
  });

  it('an empty library is one empty page; a page ends exactly at the end when sizes match', async () => {
    const { library } = await freshLibrary();
    expect(await readPage(library, undefined, 10)).toEqual({ records: [], total: 0, next: null });
    await restore(library, records(4));
    const first = await readPage(library, undefined, 4);
    expect(first.records).toHaveLength(4);
    expect(await readPage(library, first.next!, 4)).toEqual({ records: [], total: null, next: null });
  });

  it(`reads at most ${MAX_PAGE} records at a time, and at least one`, async () => {
    const { library } = await freshLibrary();
    const many = Array.from({ length: MAX_PAGE + 3 }, (_, i) => ({ ...records(1)[0]!, id: `m-${String(i).padStart(5, '0')}` }));
    await restore(library, many);
    const page = await readPage(library, undefined, 1_000_000);
    expect(page.records).toHaveLength(MAX_PAGE);
    expect(page.total).toBe(MAX_PAGE + 3);
    expect((await readPage(library, page.next!, 0)).records).toHaveLength(1);
  });
});

describe('mostRecent', () => {
  it.each([0, 1, 3, 7, 10, 30, 31, 50])('the newest %i are those of sorting everything (ties at the cut included)', async (n) => {
    const { library } = await freshLibrary();
    await restore(library, records(31));
    const expected = newestFirst(await getAll(library)).slice(0, n);
    expect(ids(await mostRecent(library, n))).toEqual(ids(expected));
  });

  it('walks a cursor where the browser has no getAllRecords, with the same answer', async () => {
    const { library } = await freshLibrary();
    await restore(library, records(31));
    const proto = IDBIndex.prototype as { getAllRecords?: unknown };
    const original = proto.getAllRecords;
    expect(typeof original).toBe('function'); // the fast path is the one tested above
    delete proto.getAllRecords;
    try {
      for (const n of [1, 10, 11, 40]) {
        expect(ids(await mostRecent(library, n))).toEqual(ids(newestFirst(await getAll(library)).slice(0, n)));
      }
    } finally {
      proto.getAllRecords = original;
    }
  });

  it('reads only `limit` rows (and their ties), whatever the size of the library', async () => {
    const { library } = await freshLibrary();
    await restore(library, records(200));
    const storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const fast = vi.spyOn(IDBIndex.prototype as unknown as { getAllRecords(o: object): IDBRequest }, 'getAllRecords');
    expect(await mostRecent(library, 5)).toHaveLength(5);
    expect(fast).toHaveBeenCalledTimes(1);
    expect(fast.mock.calls[0]![0]).toMatchObject({ direction: 'prev', count: 5 });
    expect(storeGetAll).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('isRecentQuery', () => {
  it.each([
    [{ sort: 'savedAt' as const }, true],
    [{ sort: 'savedAt' as const, order: 'desc' as const, text: '  　', tag: ' ' }, true],
    [{ sort: 'savedAt' as const, order: 'asc' as const }, false],
    [{ sort: 'org' as const }, false],
    [{ sort: 'savedAt' as const, text: 'アルファ' }, false],
    [{ sort: 'savedAt' as const, breachesOnly: true }, false],
    [{ sort: 'savedAt' as const, category: 'name' }, false],
    [{ sort: 'savedAt' as const, from: '2024' }, false],
    [{}, false],
    [undefined, false],
  ])('%j → %s', (query, expected) => {
    expect(isRecentQuery(query)).toBe(expected);
  });
});

describe('sortIndex', () => {
  it.each<[SortKey, 'asc' | 'desc' | undefined]>([
    ['org', undefined],
    ['org', 'desc'],
    ['published', undefined],
    ['published', 'asc'],
    ['total', undefined],
    ['total', 'asc'],
    ['savedAt', undefined],
    ['savedAt', 'asc'],
  ])('sorts by %s %s as filterRecords does, and filtering keeps that order', (sort, order) => {
    const list = [...records(40), makeRecord({ org: null, published: null, total_affected: null }, {}, { id: 'unknown' })];
    const sorted = sortIndex(buildSearchIndex(list), sort, order);
    expect(ids(filterRecords(sorted))).toEqual(ids(filterRecords(list, { sort, order })));
    expect(ids(filterRecords(sorted, { text: '会社1' }))).toEqual(ids(filterRecords(list, { text: '会社1', sort, order })));
  });
});

describe('openLibraryReader', () => {
  let factory: IDBFactory;

  it('does not create a library that is not there', async () => {
    factory = new IDBFactory();
    await expect(openLibraryReader(factory, 'leakmark')).rejects.toMatchObject({ code: 'unavailable' });
    expect(await factory.databases()).toEqual([]);
  });

  it('does not upgrade an older library', async () => {
    factory = new IDBFactory();
    const request = factory.open('leakmark', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('incidents', { keyPath: 'id' });
    (await done(request)).close();
    await expect(openLibraryReader(factory, 'leakmark')).rejects.toMatchObject({ code: 'unavailable' });
    expect((await factory.databases())[0]?.version).toBe(1);
  });

  it('reads what the owner wrote, and refuses every write', async () => {
    factory = new IDBFactory();
    const owner = await openLibrary(factory, 'leakmark');
    const all = records(12);
    await restore(owner, all);
    const reader = await openLibraryReader(factory, 'leakmark');
    expect(await getAll(reader)).toEqual(await getAll(owner));
    expect(ids(await mostRecent(reader, 3))).toEqual(ids(newestFirst(all).slice(0, 3)));
    expect((await readPage(reader, undefined, 100)).total).toBe(12);
    await expect(update(reader, all[0]!.id, { notes: 'x' })).rejects.toMatchObject({ code: 'unavailable' });
    await expect(remove(reader, [all[0]!.id])).rejects.toMatchObject({ code: 'unavailable' });
    await expect(restore(reader, [{ ...all[0]!, id: 'new' }])).rejects.toMatchObject({ code: 'unavailable' });
    expect(await count(owner)).toBe(12);
    expect((await getAll(owner)).find((r) => r.id === all[0]!.id)?.notes).toBe(all[0]!.notes);
    // Changes by the owner show on the next read.
    await remove(owner, [all[1]!.id]);
    expect(await count(reader)).toBe(11);
    await reader.close();
    await owner.close();
  });
});

// A version-1 database written with raw IndexedDB in the old record shape, then opened by the
// current code: nothing may be lost and every record must come out in the current shape.
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openLibrary } from '../../../lib/store/db';
import { getAll } from '../../../lib/store/operations';
import { saveIncident } from '../../../lib/store/save';
import { DB_VERSION } from '../../../lib/store/schema';
import type { V1Record } from '../../../lib/store/migrate';
import { done, makeCount, makeIncident, makeSource } from './fixtures';

function v1Record(i: number): V1Record {
  return {
    id: `v1-${i}`,
    org: i % 2 ? `株式会社旧${i}` : null,
    published: `2023-0${(i % 9) + 1}-15`,
    counts: [makeCount({ value: 100 * i, text: `${100 * i}件`, unit: '件' })],
    total_affected: 100 * i,
    categories: i % 3 ? ['name', 'address'] : ['credit_card_number'],
    cause: 'misdelivery',
    is_breach: true,
    ppc_triggers: [],
    heading: `お詫び ${i}`,
    url: `https://old.example/notice/${i}`,
    title: `旧ページ ${i}`,
    quote: `誤送信により${100 * i}件のメールアドレスが流出しました(${i})。`,
    span: [10 * i, 10 * i + 40],
    savedAt: `2023-10-0${(i % 9) + 1}T12:00:00.000Z`,
    engineVersion: '0.0.1',
    tags: i % 2 ? ['old'] : [],
    notes: i === 3 ? 'メモ' : '',
    schemaVersion: 1,
  };
}

/** Create the leakmark version-1 database exactly as version 1 of the code laid it out. */
async function writeV1(factory: IDBFactory, rows: unknown[]): Promise<void> {
  const request = factory.open('leakmark', 1);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore('incidents', { keyPath: 'id' });
    store.createIndex('by-org', 'org');
    store.createIndex('by-published', 'published');
    store.createIndex('by-savedAt', 'savedAt');
  };
  const db = await done(request);
  const tx = db.transaction('incidents', 'readwrite');
  for (const row of rows) tx.objectStore('incidents').put(row);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('upgrade from database version 1', () => {
  const rows = Array.from({ length: 25 }, (_, i) => v1Record(i + 1));

  it('keeps every record and migrates it to the current shape', async () => {
    const factory = new IDBFactory();
    await writeV1(factory, rows);
    const library = await openLibrary(factory);
    const records = await getAll(library);
    expect(records).toHaveLength(rows.length);
    for (const old of rows) {
      const record = records.find((r) => r.id === old.id)!;
      expect(record, old.id).toBeDefined();
      expect(record).toMatchObject({
        org: old.org,
        published: old.published,
        total_affected: old.total_affected,
        categories: old.categories,
        cause: old.cause,
        heading: old.heading,
        tags: old.tags,
        notes: old.notes,
        discovered: null,
        corrected: {},
        schemaVersion: 2,
        createdAt: old.savedAt,
      });
      expect(record.sources).toEqual([
        {
          url: old.url,
          title: old.title,
          quote: { exact: old.quote, prefix: '', suffix: '' },
          position: { start: old.span[0], end: old.span[1] },
          pageHash: '',
          savedAt: old.savedAt,
          engineVersion: '0.0.1',
        },
      ]);
      expect(record.counts[0]).not.toHaveProperty('start');
      expect(record).not.toHaveProperty('url');
      expect(record).not.toHaveProperty('urlKeys');
    }
    await library.close();
  });

  it('adds the version-2 indexes and fills them for the old records', async () => {
    const factory = new IDBFactory();
    await writeV1(factory, rows);
    const library = await openLibrary(factory);
    const db = await library.connection();
    expect(db.version).toBe(DB_VERSION);
    const tx = db.transaction('incidents');
    expect([...tx.store.indexNames].sort()).toEqual(['by-org', 'by-org-key', 'by-published', 'by-quote', 'by-savedAt', 'by-url']);
    expect(await tx.store.index('by-url').count('https://old.example/notice/4')).toBe(1);
    expect(await tx.store.index('by-org-key').count('旧5')).toBe(1);
    await tx.done;

    // Saving a page already saved in version 1 updates that record instead of adding one.
    const old = rows[6]!;
    const result = await saveIncident(
      library,
      makeIncident({ org: old.org, total_affected: old.total_affected }),
      makeSource({ url: old.url, position: { start: old.span[0] + 5, end: old.span[1] + 5 }, savedAt: '2024-01-01T00:00:00.000Z' }),
    );
    expect(result.created).toBe(false);
    expect(result.record.id).toBe(old.id);
    expect(await getAll(library)).toHaveLength(rows.length);
  });

  it('survives damaged version-1 rows', async () => {
    const factory = new IDBFactory();
    await writeV1(factory, [{ id: 'broken', counts: 'nope', span: 'x', categories: [1, 'name'] }, v1Record(1)]);
    const library = await openLibrary(factory);
    const records = await getAll(library);
    expect(records.map((r) => r.id).sort()).toEqual(['broken', 'v1-1']);
    const broken = records.find((r) => r.id === 'broken')!;
    expect(broken).toMatchObject({ counts: [], categories: ['name'], org: null, notes: '', tags: [] });
  });

  it('moves a numeric-keyed row to its string id, and never over a row that already has it', async () => {
    const factory = new IDBFactory();
    await writeV1(factory, [{ ...v1Record(1), id: 7 }, { ...v1Record(2), id: '7' }, { ...v1Record(3), id: 8 }]);
    const library = await openLibrary(factory);
    const records = await getAll(library);
    expect(records.map((r) => r.id).sort()).toEqual(['7', '7-v1', '8']);
    expect(new Set(records.map((r) => r.sources[0]?.url)).size).toBe(3); // all three kept
    const db = await library.connection();
    const keys = await db.getAllKeys('incidents');
    expect(keys.every((k) => typeof k === 'string')).toBe(true);
  });

  it('builds the same schema for a new database', async () => {
    const factory = new IDBFactory();
    const library = await openLibrary(factory);
    const db = await library.connection();
    const store = db.transaction('incidents').store;
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames]).toHaveLength(6);
    expect(store.index('by-url').multiEntry).toBe(true);
    expect(store.index('by-quote').multiEntry).toBe(true);
  });
});

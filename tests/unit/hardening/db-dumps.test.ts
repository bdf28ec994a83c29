// Databases of every schema version, committed as JSON dumps (tests/fixtures/db/*.json, written by
// tests/fixtures/db/make-dumps.ts), loaded into fake-indexeddb exactly as that version laid them out
// and opened with the current code: every row must come back, in the current shape, usable (edit,
// export, import, remove), with its indexes filled. Nothing lost.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../lib/store/db';
import { toJson } from '../../../lib/store/export';
import { importRecords, parseImport } from '../../../lib/store/import';
import { normalizeUrl } from '../../../lib/store/normalize';
import { getAll, remove, update } from '../../../lib/store/operations';
import { RECORD_SCHEMA_VERSION, type IncidentRecord } from '../../../lib/store/record';
import { DB_VERSION, fromRow, type StoredRow } from '../../../lib/store/schema';
import { validateRecord } from '../../../lib/store/validate';
import type { DatabaseDump } from '../../fixtures/db/make-dumps';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/db');
const DUMPS = readdirSync(DIR)
  .filter((f) => /^v\d+-.*\.json$/.test(f))
  .sort()
  .map((file) => ({ file, dump: JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as DatabaseDump }));

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Write `dump` into `factory` at its version, stores and indexes as that version created them. */
async function load(factory: IDBFactory, dump: DatabaseDump): Promise<void> {
  const request = factory.open(dump.database, dump.version);
  request.onupgradeneeded = () => {
    for (const [name, spec] of Object.entries(dump.stores)) {
      const store = request.result.createObjectStore(name, { keyPath: spec.keyPath });
      for (const index of spec.indexes) store.createIndex(index.name, index.keyPath, { multiEntry: !!index.multiEntry, unique: !!index.unique });
    }
  };
  const db = await done(request);
  const tx = db.transaction(Object.keys(dump.stores), 'readwrite');
  for (const [name, spec] of Object.entries(dump.stores)) for (const row of spec.rows) tx.objectStore(name).put(row);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function opened(dump: DatabaseDump): Promise<{ factory: IDBFactory; library: Library; records: IncidentRecord[] }> {
  const factory = new IDBFactory();
  await load(factory, dump);
  const library = await openLibrary(factory, dump.database);
  return { factory, library, records: await getAll(library) };
}


/**
 * Records that cannot be edited or removed because of the numeric-id bug (see the itBug test at the
 * end): listed so the generic test still checks every other record.
 */
const rowsOf = (dump: DatabaseDump) => dump.stores.incidents!.rows as Array<Record<string, unknown>>;
const idOf = (row: Record<string, unknown>) => String(row.id);

describe('committed database dumps', () => {
  it('cover every schema version before the current one, and the current one', () => {
    const versions = new Set(DUMPS.map((d) => d.dump.version));
    for (let v = 1; v <= DB_VERSION; v++) expect(versions, `a dump of version ${v} in tests/fixtures/db`).toContain(v);
    expect(DUMPS.length).toBeGreaterThanOrEqual(4);
  });
});

describe.each(DUMPS)('$file', ({ file, dump }) => {
  it('opens with the current code: every row comes back, in the current shape', async () => {
    const { records, library } = await opened(dump);
    const rows = rowsOf(dump);
    expect(records).toHaveLength(rows.length);
    expect(records.map((r) => r.id).sort()).toEqual(rows.map(idOf).sort());
    for (const record of records) {
      expect(record.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
      expect(Array.isArray(record.sources)).toBe(true);
      expect(record).not.toHaveProperty('urlKeys');
      expect(record).not.toHaveProperty('quoteKeys');
    }
    const db = await library.connection();
    expect(db.version).toBe(DB_VERSION);
    await library.close();
  });

  it('opening again (already upgraded) gives the same records', async () => {
    const { factory, library, records } = await opened(dump);
    await library.close();
    const again = await getAll(await openLibrary(factory, dump.database));
    expect(again).toEqual(records);
  });

  it('every record can be edited and removed; the library exports and re-imports whole', async () => {
    const { library, records } = await opened(dump);
    const editable = records.filter((r) => validateRecord(r, RECORD_SCHEMA_VERSION).issues.length === 0);
    const stuck: string[] = [];
    for (const record of records) {
      const edited = await update(library, record.id, { notes: `${record.notes}（確認済み）` }).catch((e: unknown) => e);
      if (edited instanceof Error) stuck.push(record.id);
    }
    expect(stuck).toEqual([]);
    // What is valid exports and imports into an empty library: every record accounted for (rows that
    // hold the same incident, same page and quote, merge, as saving them would have).
    const text = toJson(editable, '2024-06-01T00:00:00.000Z');
    const parsed = parseImport(text);
    expect(parsed.ok, parsed.ok ? '' : parsed.error).toBe(true);
    const target = await openLibrary(new IDBFactory(), 'target');
    const result = parsed.ok ? await importRecords(target, parsed.records) : null;
    expect(result!.added + result!.updated + result!.unchanged).toBe(editable.length);
    const imported = await getAll(target);
    expect(imported).toHaveLength(result!.added);
    for (const r of imported) expect(editable.map((e) => e.id)).toContain(r.id);
    if (file !== 'v1-damaged.json') expect(imported.map((r) => r.id).sort()).toEqual(editable.map((r) => r.id).sort());
    const removed = await remove(library, records.map((r) => r.id));
    const removable = records.map((r) => r.id).filter((id) => !stuck.includes(id));
    expect(removed.map((r) => r.id).sort()).toEqual(removable.sort());
    expect((await getAll(library)).map((r) => r.id)).toEqual(stuck);
  });
});

describe('v1-library.json: every fact survives the upgrade', () => {
  const { dump } = DUMPS.find((d) => d.file === 'v1-library.json')!;

  it('organisation, dates, counts, categories, cause, heading, user text and provenance', async () => {
    const { records } = await opened(dump);
    for (const old of rowsOf(dump)) {
      const record = records.find((r) => r.id === old.id)!;
      expect(record, String(old.id)).toBeDefined();
      expect(record).toMatchObject({
        org: old.org,
        published: old.published,
        total_affected: old.total_affected,
        categories: old.categories,
        cause: old.cause,
        is_breach: old.is_breach,
        ppc_triggers: old.ppc_triggers,
        heading: old.heading,
        tags: old.tags,
        notes: old.notes,
        createdAt: old.savedAt,
        corrected: {},
        discovered: null,
      });
      const span = old.span as [number, number];
      expect(record.sources).toEqual([
        {
          url: old.url,
          title: old.title,
          quote: { exact: old.quote, prefix: '', suffix: '' },
          position: { start: span[0], end: span[1] },
          pageHash: '',
          savedAt: old.savedAt,
          engineVersion: old.engineVersion ?? 'unknown',
        },
      ]);
      const counts = old.counts as Array<{ text: string; value: number | null }>;
      expect(record.counts.map((c) => [c.text, c.value])).toEqual(counts.map((c) => [c.text, c.value]));
      expect(validateRecord(record, RECORD_SCHEMA_VERSION).issues, String(old.id)).toEqual([]);
    }
  });

  it('fills the version-2 indexes for the old rows (dedupe finds them)', async () => {
    const { library } = await opened(dump);
    const db = await library.connection();
    const tx = db.transaction('incidents');
    for (const old of rowsOf(dump)) {
      expect(await tx.store.index('by-url').count(normalizeUrl(String(old.url))), String(old.url)).toBeGreaterThan(0);
    }
    expect(await tx.store.index('by-quote').count()).toBeGreaterThan(0);
  });
});

describe('v2-library.json: the current version opens unchanged', () => {
  const { dump } = DUMPS.find((d) => d.file === 'v2-library.json')!;

  it('every record equals its stored row without the derived index keys', async () => {
    const { records } = await opened(dump);
    for (const row of rowsOf(dump)) {
      expect(records.find((r) => r.id === row.id)).toEqual(fromRow(row as unknown as StoredRow));
    }
  });
});

describe('v1-damaged.json: damaged rows are migrated with defaults, never dropped', () => {
  const { dump } = DUMPS.find((d) => d.file === 'v1-damaged.json')!;

  it('mistyped fields fall back to empty values; good fields are kept', async () => {
    const { records } = await opened(dump);
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.get('only-id')).toMatchObject({ org: null, counts: [], categories: [], tags: [], notes: '', sources: [] });
    expect(byId.get('wrong-types')).toMatchObject({ org: null, published: null, counts: [], total_affected: null, categories: [], cause: null, tags: [], notes: '' });
    expect(byId.get('bad-counts')!.counts.map((c) => c.text)).toEqual(['約1万件']);
    expect(byId.get('negative-span')!.sources[0]!.position).toEqual({ start: 0, end: 0 });
    expect(byId.get('reversed-span')!.sources[0]!.position.end).toBeGreaterThanOrEqual(byId.get('reversed-span')!.sources[0]!.position.start);
    expect(byId.get('unknown-fields')).not.toHaveProperty('color');
    expect(byId.get('huge-quote')!.sources[0]!.quote.exact).toHaveLength(15_000);
    expect(byId.get('not-a-breach')!.is_breach).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // A version-1 row whose id is a number (key 7) is migrated to a record with id "7"; the upgrade
  // moves the row to the key "7" (a cursor cannot change a key), so edit and delete find it.
  it('a row with a numeric id keeps its data and can be edited and removed by the id the library shows', async () => {
    const { library, records } = await opened(dump);
    const numeric = records.find((r) => r.sources[0]?.url === 'https://damaged.example/numeric-id');
    expect(numeric?.id).toBe('7');
    await expect(update(library, numeric!.id, { notes: 'x' })).resolves.toMatchObject({ notes: 'x' });
    expect((await remove(library, [numeric!.id])).map((r) => r.id)).toEqual(['7']);
  });
});

// The database schema, versioned from day one. Each upgrade step takes the database from version
// N-1 to N; opening runs every step after the version on disk, so any old database reaches the
// current shape and a fresh one is built by the same steps.
import type { DBSchema } from 'idb';
import { normalizeOrg, normalizeUrl, quoteKey } from './normalize';
import { migrateRecord } from './migrate';
import type { IncidentRecord } from './record';
import { lastSavedAt } from './source';

export const STORE = 'incidents';
/** Current database version (bump it and append a step to UPGRADES to change the schema). */
export const DB_VERSION = 2;

/** A record as stored: the record plus derived keys for the indexes. */
export interface StoredRow extends IncidentRecord {
  /** Latest source savedAt (index by-savedAt; the name dates from version 1). */
  savedAt: string;
  /** normalizeOrg(org) (index by-org-key). */
  orgKey: string;
  /** normalizeUrl of every source URL (multiEntry index by-url). */
  urlKeys: string[];
  /** quoteKey of every source quote (multiEntry index by-quote). */
  quoteKeys: string[];
}

export interface LibrarySchema extends DBSchema {
  incidents: {
    key: string;
    value: StoredRow;
    indexes: {
      'by-org': string;
      'by-published': string;
      'by-savedAt': string;
      'by-org-key': string;
      'by-url': string;
      'by-quote': string;
    };
  };
}

const DERIVED = ['savedAt', 'orgKey', 'urlKeys', 'quoteKeys'] as const;

export function toRow(record: IncidentRecord): StoredRow {
  return {
    ...record,
    savedAt: lastSavedAt(record.sources),
    orgKey: normalizeOrg(record.org),
    urlKeys: [...new Set(record.sources.map((s) => normalizeUrl(s.url)))],
    quoteKeys: [...new Set(record.sources.map((s) => quoteKey(s.quote.exact)).filter((k) => k !== ''))],
  };
}

export function fromRow(row: StoredRow): IncidentRecord {
  const record = { ...migrateRecord(row) } as Partial<StoredRow>;
  for (const key of DERIVED) delete record[key];
  return record as IncidentRecord;
}

type Step = (db: IDBDatabase, tx: IDBTransaction) => void;

/**
 * A version-1 row stored under a key that is not its string id (a number, 7): the migrated record
 * says id "7", and the library looks rows up by that id, so the row moves to the key "7" (a cursor
 * cannot change a row's key). Should "7" be taken already, it goes to "7-v1" rather than overwrite.
 */
function rekey(store: IDBObjectStore, cursor: IDBCursorWithValue, row: StoredRow): void {
  cursor.delete();
  const added = store.add(row);
  added.onerror = (event) => {
    event.preventDefault(); // a taken key must not abort the whole upgrade
    event.stopPropagation();
    store.add({ ...row, id: `${row.id}-v1` });
  };
}

/** UPGRADES[n] takes the database from version n to n + 1. */
const UPGRADES: readonly Step[] = [
  // v1: one store keyed by id, indexes by organisation, publication date and save date.
  (db) => {
    const store = db.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex('by-org', 'org');
    store.createIndex('by-published', 'published');
    store.createIndex('by-savedAt', 'savedAt');
  },
  // v2: records keep several sources; rows get derived keys for dedupe and duplicate finding.
  (_db, tx) => {
    const store = tx.objectStore(STORE);
    store.createIndex('by-org-key', 'orgKey');
    store.createIndex('by-url', 'urlKeys', { multiEntry: true });
    store.createIndex('by-quote', 'quoteKeys', { multiEntry: true });
    const cursorRequest = store.openCursor();
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return;
      try {
        const row = toRow(migrateRecord(cursor.value));
        if (row.id === cursor.primaryKey) cursor.update(row);
        else rekey(store, cursor, row);
      } catch {
        // A row that cannot be rewritten (odd key) stays as it was; fromRow migrates it on read.
      }
      cursor.continue();
    };
  },
];

/** Run the steps from `oldVersion` up to `newVersion` inside the versionchange transaction. */
export function upgradeLibrary(db: IDBDatabase, tx: IDBTransaction, oldVersion: number, newVersion: number): void {
  for (let version = oldVersion; version < newVersion; version++) UPGRADES[version]!(db, tx);
}

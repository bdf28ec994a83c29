// Opening the library database and running transactions on it. The background script owns the
// library; every operation goes through a Library handle, which reopens the database when it was
// closed underneath (another context deleted or upgraded it, or the browser closed it) and turns
// IndexedDB failures into StoreErrors. The IDBFactory is a parameter so tests can pass a fake.
import { wrap, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { isErrorNamed, StoreError, toStoreError } from './errors';
import { DB_VERSION, STORE, upgradeLibrary, type LibrarySchema } from './schema';

export type LibraryDB = IDBPDatabase<LibrarySchema>;
export type ReadStore = IDBPObjectStore<LibrarySchema, ['incidents'], 'incidents', 'readonly'>;
export type WriteStore = IDBPObjectStore<LibrarySchema, ['incidents'], 'incidents', 'readwrite'>;

export const DEFAULT_LIBRARY_NAME = 'leakmark';

function openDatabase(factory: IDBFactory, name: string, readOnly: boolean): Promise<LibraryDB> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      reject(toStoreError(error));
      return;
    }
    let refused = false;
    request.onupgradeneeded = (event) => {
      if (readOnly) {
        // Creating or upgrading the database is the owner's job (the background): give up, and
        // the abort leaves the database as it was (a database this open would create is not kept).
        refused = true;
        request.transaction!.abort();
        return;
      }
      upgradeLibrary(request.result, request.transaction!, event.oldVersion, event.newVersion ?? DB_VERSION);
    };
    request.onsuccess = () => resolve(wrap(request.result) as unknown as LibraryDB);
    request.onerror = () =>
      reject(
        refused
          ? new StoreError('unavailable', `The library database "${name}" is missing or older than this code; a reader does not create or upgrade it.`)
          : toStoreError(request.error),
      );
    request.onblocked = () => {
      // An older connection elsewhere has not closed yet; the open proceeds once it does.
    };
  });
}

/**
 * A handle on the library database that survives the database being closed or deleted. A
 * read-only handle (`readOnly`) never creates, upgrades or writes to the database: write() refuses.
 */
export class Library {
  readonly name: string;
  readonly readOnly: boolean;
  private readonly factory: IDBFactory;
  private current: Promise<LibraryDB> | null = null;

  constructor(factory: IDBFactory, name: string, opts: { readOnly?: boolean } = {}) {
    this.factory = factory;
    this.name = name;
    this.readOnly = opts.readOnly ?? false;
  }

  /** The open connection, opening (and upgrading) the database when there is none. */
  connection(): Promise<LibraryDB> {
    if (!this.current) {
      const opening = openDatabase(this.factory, this.name, this.readOnly).then((db) => {
        // Another context wants to delete or upgrade the database: step aside, reopen on next use.
        db.addEventListener('versionchange', () => {
          db.close();
          this.forget(opening);
        });
        // Closed by the browser (storage cleared, disk error): reopen on next use.
        db.addEventListener('close', () => this.forget(opening));
        return db;
      });
      opening.catch(() => this.forget(opening));
      this.current = opening;
    }
    return this.current;
  }

  /** Drop the cached connection so the next operation opens a new one. */
  forget(connection?: Promise<LibraryDB>): void {
    if (!connection || this.current === connection) this.current = null;
  }

  /** Close the connection (the handle stays usable: the next operation reopens). */
  async close(): Promise<void> {
    const current = this.current;
    this.current = null;
    if (current) (await current.catch(() => null))?.close();
  }
}

/** Open (creating or upgrading as needed) the library database. */
export async function openLibrary(
  factory: IDBFactory = globalThis.indexedDB,
  name: string = DEFAULT_LIBRARY_NAME,
): Promise<Library> {
  if (!factory) throw new StoreError('unavailable', 'IndexedDB is not available in this context.');
  const library = new Library(factory, name);
  await library.connection();
  return library;
}

/**
 * A read-only handle on the library for a page other than its owner (the library page reads its
 * records directly, the same origin as the background): opening it neither creates nor upgrades
 * the database (that fails with 'unavailable'), and every write through it is refused.
 */
export async function openLibraryReader(
  factory: IDBFactory = globalThis.indexedDB,
  name: string = DEFAULT_LIBRARY_NAME,
): Promise<Library> {
  if (!factory) throw new StoreError('unavailable', 'IndexedDB is not available in this context.');
  const library = new Library(factory, name, { readOnly: true });
  await library.connection();
  return library;
}

/** Start a transaction, reopening once when the cached connection turned out to be closed. */
async function begin<M extends IDBTransactionMode>(library: Library, mode: M) {
  if (mode !== 'readonly' && library.readOnly) {
    throw new StoreError('unavailable', 'This is a read-only handle on the library: changes go through the background.');
  }
  for (let attempt = 0; ; attempt++) {
    const db = await library.connection();
    try {
      return db.transaction(STORE, mode);
    } catch (error) {
      if (attempt === 0 && isErrorNamed(error, 'InvalidStateError')) {
        library.forget();
        continue;
      }
      throw toStoreError(error);
    }
  }
}

/** Run `work` in one readonly transaction. */
export async function read<T>(library: Library, work: (store: ReadStore) => Promise<T>): Promise<T> {
  const tx = await begin(library, 'readonly');
  try {
    return await work(tx.store);
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * Run `work` in one readwrite transaction: all of it is stored, or (on any error, a full disk
 * included) none of it, and the error is a StoreError ('quota' when the storage quota ran out).
 * Only IndexedDB requests may be awaited inside `work`, or the transaction commits early.
 */
export async function write<T>(library: Library, work: (store: WriteStore) => Promise<T>): Promise<T> {
  const tx = await begin(library, 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const result = await work(tx.store);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing to roll back.
    }
    throw toStoreError(error ?? tx.error);
  }
}

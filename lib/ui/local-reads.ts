// The library page's loading reads, straight from IndexedDB. The page is an extension page of the
// background's origin, so it can open the library database itself: 10,000 records load in about
// 0.2 s that way, against about 1 s as messages (the background serialises every page of records,
// the page parses it back), and the first screenful does not wait for the background either.
//
// Only reads, and only these two (listNewest, listRecordsPage): the handle is read-only (lib/store refuses to create, upgrade or
// write the database through it). Every change still goes through the background's messages: the
// background owns the library, so saves, edits, imports, merges and undo keep one writer with its
// checks and transactions, and the popup and content scripts see the same library. The reads are
// lib/store's own (mostRecent, readPage), the ones the background answers the same messages with.
// When reading here fails (no IndexedDB, a database the background has not created or upgraded
// yet), the page asks the background instead, from then on.
import { MAX_PAGE, mostRecent, readPage, type Library } from '../store';
import type { LibraryApi } from './api';

export function withLocalReads(api: LibraryApi, open: () => Promise<Library>): LibraryApi {
  let library: Promise<Library> | null = null;
  let failed = false;
  const local = async <R>(read: (library: Library) => Promise<R>, ask: () => Promise<R>): Promise<R> => {
    if (failed) return ask();
    try {
      library ??= open();
      return await read(await library);
    } catch {
      failed = true;
      return ask();
    }
  };
  return {
    ...api,
    listNewest: (req) =>
      local(async (lib) => ({ records: await mostRecent(lib, Math.min(req.limit, MAX_PAGE)) }), () => api.listNewest(req)),
    listRecordsPage: (req) => local((lib) => readPage(lib, req.after, req.limit), () => api.listRecordsPage(req)),
  };
}

// The library page's records, loaded in two steps so the table shows at once whatever the
// library's size: first the most recently saved screenful (listNewest), then the whole library a
// page at a time (listRecordsPage), merged in as each page arrives, each in its own short task;
// `loading` says how far it got, null once everything is there. A reload (after an import, or the
// Reload button) walks the pages again over what is shown. Then kept in step with every change
// the page makes through the background. Edits are optimistic: the row
// shows the new value at once; if the background refuses (quota full, invalid…) the value stays
// in the row, marked unsaved, with the reason, until the user retries or discards it. Nothing is
// lost silently.
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { IncidentRecord, RecordPatch } from '../../store';
import { errorText } from '../api';
import { useUi } from '../context';

/** Records read first: a tall screenful of the default view (newest saved first) and its overscan. */
export const FIRST_PAGE = 50;
/** Records per listRecordsPage message while loading the whole library (about 1 MB). */
export const LOAD_PAGE = 1000;

export interface PendingEdit {
  /** Every field edited and not yet confirmed by the background. */
  patch: RecordPatch;
  status: 'saving' | 'error';
  error?: string;
  seq: number;
}

/** While the whole library is loading: records read so far, of how many (null: not known yet). */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

export interface DataCallbacks {
  /** A change failed: show `message` (not blocking); `retry` when trying again makes sense. */
  onError: (message: string, retry?: () => void) => void;
}

/**
 * Changes this page made while a load was running, by id (null: removed): the load's pages may have
 * been read before them, so for these ids the page's copy wins over the pages'.
 */
type Journal = Map<string, IncidentRecord | null>;

/** `list` with the records of one loaded page put in (replacing older copies), except journaled ids. */
function mergePage(list: readonly IncidentRecord[], page: readonly IncidentRecord[], journal: Journal): IncidentRecord[] {
  const byId = new Map(list.map((r) => [r.id, r]));
  for (const r of page) {
    if (!journal.has(r.id)) byId.set(r.id, r);
    else if (!byId.has(r.id) && journal.get(r.id)) byId.set(r.id, journal.get(r.id)!);
  }
  return [...byId.values()];
}

export function useLibraryData({ onError }: DataCallbacks) {
  const { api, t } = useUi();
  const [records, setRecordsState] = useState<IncidentRecord[] | null>(null);
  const recordsRef = useRef<IncidentRecord[] | null>(null);
  const [loading, setLoading] = useState<LoadProgress | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const pendingRef = useRef<Map<string, PendingEdit>>(new Map());
  const [pending, setPendingState] = useState<ReadonlyMap<string, PendingEdit>>(pendingRef.current);
  const seq = useRef(0);
  // reload() reads t through a ref: the language arriving (a new t) must not start another load.
  const tRef = useRef(t);
  tRef.current = t;
  /** The running load (a newer reload supersedes it) and its journal; null when none runs. */
  const load = useRef<{ journal: Journal } | null>(null);

  const setRecords = (change: (list: IncidentRecord[] | null) => IncidentRecord[] | null) => {
    recordsRef.current = change(recordsRef.current);
    setRecordsState(recordsRef.current);
  };
  /** Note a change of this page's in the running load's journal (null: removed). */
  const journal = (id: string, record: IncidentRecord | null) => load.current?.journal.set(id, record);

  const setPending = (change: (map: Map<string, PendingEdit>) => void) => {
    const next = new Map(pendingRef.current);
    change(next);
    pendingRef.current = next;
    setPendingState(next);
  };

  const reload = useCallback(async () => {
    const mine = { journal: new Map() as Journal };
    load.current = mine;
    const live = () => load.current === mine;
    try {
      if (recordsRef.current === null) {
        // Nothing shown yet: the first screenful first (the library may be large).
        const first = await api.listNewest({ limit: FIRST_PAGE });
        if (!live()) return;
        setRecords(() => first.records);
        setLoadError(null);
        if (first.records.length < FIRST_PAGE) {
          // That was the whole library.
          setLoading(null);
          load.current = null;
          return;
        }
        setLoading({ loaded: first.records.length, total: null });
      }
      // The whole library, a page at a time; the next page is asked for before this one is merged.
      const seen = new Set<string>();
      let res = await api.listRecordsPage({ limit: LOAD_PAGE });
      let total = res.total ?? 0;
      for (;;) {
        if (!live()) return;
        const next = res.next === null ? null : api.listRecordsPage({ after: res.next, limit: LOAD_PAGE });
        next?.catch(() => undefined); // awaited below (unless this load was superseded)
        // Merge (and draw) in a task of its own, once the next page's read is under way.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!live()) return;
        for (const r of res.records) seen.add(r.id);
        const page = res.records;
        setRecords((list) => mergePage(list ?? [], page, mine.journal));
        if (!next) break;
        setLoading({ loaded: seen.size, total: (total = Math.max(total, seen.size)) });
        res = await next;
      }
      // What the library no longer holds goes (unless this page put it back or changed it meanwhile).
      setRecords((list) => (list ?? []).filter((r) => seen.has(r.id) || mine.journal.get(r.id)));
      setLoading(null);
      setLoadError(null);
    } catch (error) {
      if (!live()) return;
      setRecords((old) => old ?? []);
      setLoading(null);
      setLoadError(errorText(error, tRef.current));
    } finally {
      if (live()) load.current = null;
    }
  }, [api]);

  const replace = (record: IncidentRecord) => {
    journal(record.id, record);
    setRecords((list) => list && list.map((r) => (r.id === record.id ? record : r)));
  };

  const send = async (id: string, patch: RecordPatch, mySeq: number) => {
    try {
      const { record } = await api.updateRecord({ id, patch });
      replace(record);
      if (pendingRef.current.get(id)?.seq === mySeq) setPending((m) => m.delete(id));
    } catch (error) {
      const message = errorText(error, t);
      if (pendingRef.current.get(id)?.seq === mySeq) {
        setPending((m) => m.set(id, { patch, status: 'error', error: message, seq: mySeq }));
      }
      onError(t('edit_not_saved', message), () => retry(id));
    }
  };

  /** Save an edit (merged with any edit of the record still unsaved). */
  const edit = (id: string, patch: RecordPatch) => {
    const merged = { ...pendingRef.current.get(id)?.patch, ...patch };
    const mySeq = ++seq.current;
    setPending((m) => m.set(id, { patch: merged, status: 'saving', seq: mySeq }));
    return send(id, merged, mySeq);
  };

  const retry = (id: string) => {
    const current = pendingRef.current.get(id);
    if (!current) return Promise.resolve();
    const mySeq = ++seq.current;
    setPending((m) => m.set(id, { ...current, status: 'saving', error: undefined, seq: mySeq }));
    return send(id, current.patch, mySeq);
  };

  const discard = (id: string) => setPending((m) => m.delete(id));

  /** Remove records; resolves to what was removed (for undo), or null when it failed. */
  const remove = async (ids: readonly string[]): Promise<IncidentRecord[] | null> => {
    try {
      const { removed } = await api.removeRecords({ ids: [...ids] });
      const gone = new Set(removed.map((r) => r.id));
      for (const id of ids) journal(id, null);
      setRecords((list) => list && list.filter((r) => !gone.has(r.id)));
      setPending((m) => gone.forEach((id) => m.delete(id)));
      return removed;
    } catch (error) {
      onError(t('delete_failed', errorText(error, t)));
      return null;
    }
  };

  const restore = async (removed: readonly IncidentRecord[]): Promise<boolean> => {
    try {
      await api.restoreRecords({ records: [...removed] });
      const back = new Set(removed.map((r) => r.id));
      for (const r of removed) journal(r.id, r);
      setRecords((list) => [...removed, ...(list ?? []).filter((r) => !back.has(r.id))]);
      return true;
    } catch (error) {
      onError(t('restore_failed', errorText(error, t)), () => void restore(removed));
      return false;
    }
  };

  /** Merge `otherIds` into `keepId` (the background keeps every source); the merged record, or null. */
  const merge = async (keepId: string, otherIds: readonly string[]): Promise<IncidentRecord | null> => {
    try {
      const { record } = await api.mergeRecords({ keepId, otherIds: [...otherIds] });
      const gone = new Set(otherIds);
      for (const id of otherIds) journal(id, null);
      journal(record.id, record);
      setRecords((list) => list && list.filter((r) => !gone.has(r.id)).map((r) => (r.id === record.id ? record : r)));
      return record;
    } catch (error) {
      onError(t('merge_failed', errorText(error, t)));
      return null;
    }
  };

  /** Records as shown: unsaved edits applied over the stored values. */
  const shown = useMemo(() => {
    if (!records) return null;
    if (!pending.size) return records;
    return records.map((r) => {
      const p = pending.get(r.id);
      return p ? ({ ...r, ...p.patch } as IncidentRecord) : r;
    });
  }, [records, pending]);

  return { records: shown, loading, loadError, pending, reload, edit, retry, discard, remove, restore, merge };
}

export type LibraryData = ReturnType<typeof useLibraryData>;

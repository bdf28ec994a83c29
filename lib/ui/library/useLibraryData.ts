// The library page's records: loaded once (listRecords without limit), then kept in step with
// every change the page makes through the background. Edits are optimistic: the row shows the new
// value at once; if the background refuses (quota full, invalid…) the value stays in the row,
// marked unsaved, with the reason, until the user retries or discards it. Nothing is lost silently.
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { IncidentRecord, RecordPatch } from '../../store';
import { errorText } from '../api';
import { useUi } from '../context';

export interface PendingEdit {
  /** Every field edited and not yet confirmed by the background. */
  patch: RecordPatch;
  status: 'saving' | 'error';
  error?: string;
  seq: number;
}

export interface DataCallbacks {
  /** A change failed: show `message` (not blocking); `retry` when trying again makes sense. */
  onError: (message: string, retry?: () => void) => void;
}

export function useLibraryData({ onError }: DataCallbacks) {
  const { api, t } = useUi();
  const [records, setRecords] = useState<IncidentRecord[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const pendingRef = useRef<Map<string, PendingEdit>>(new Map());
  const [pending, setPendingState] = useState<ReadonlyMap<string, PendingEdit>>(pendingRef.current);
  const seq = useRef(0);

  const setPending = (change: (map: Map<string, PendingEdit>) => void) => {
    const next = new Map(pendingRef.current);
    change(next);
    pendingRef.current = next;
    setPendingState(next);
  };

  const reload = useCallback(async () => {
    try {
      const res = await api.listRecords({});
      setRecords(res.records);
      setLoadError(null);
    } catch (error) {
      setRecords((old) => old ?? []);
      setLoadError(errorText(error, t));
    }
  }, [api, t]);

  const replace = (record: IncidentRecord) =>
    setRecords((list) => list && list.map((r) => (r.id === record.id ? record : r)));

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

  return { records: shown, loadError, pending, reload, edit, retry, discard, remove, restore, merge };
}

export type LibraryData = ReturnType<typeof useLibraryData>;

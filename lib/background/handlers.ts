// The background's answers to BackgroundProtocol: the page experience (analyze, reportPage, saves,
// dismissals, settings, per-tab state) and the library (list, edit, remove/restore, duplicates, merge,
// export, import). Each handler is a few lines over lib/store or the tab state; the background entry
// wires them to messaging with handleMessages().
import type { Handlers } from '../messaging/client';
import { UploadStore } from '../messaging/upload';
import type { BackgroundProtocol, ContentProtocol, Req, Res, TabIncident } from '../messaging/protocol';
import {
  count,
  filterRecords,
  findLikelyDuplicates,
  get,
  getAll,
  importRecords as storeImport,
  isRecentQuery,
  mergeRecords as storeMerge,
  MAX_PAGE,
  mostRecent,
  normalizeUrl,
  parseImport,
  readPage,
  remove,
  restore,
  saveIncident as storeSave,
  StoreError,
  toCsv,
  toJson,
  toVeris,
  update,
  type IncidentRecord,
  type Library,
} from '../store';
import type { Incident } from '../types';
import { addDismissal } from './dismissals';
import type { EngineHost } from './engine-host';
import { loadSettings, updateSettings } from './settings';
import type { StorageAreaLike } from './storage';
import type { TabStates } from './tab-state';

export type SendToTab = <K extends keyof ContentProtocol>(tabId: number, type: K, data: Req<K>) => Promise<Res<K>>;

export interface BackgroundDeps {
  library: () => Promise<Library>;
  tabs: TabStates;
  engine: EngineHost;
  /** storage.local: settings and dismissals. */
  local: StorageAreaLike;
  sendToTab: SendToTab;
  /** Big pages' text arriving in parts (default: a store with the default limits). */
  uploads?: UploadStore;
  now?: () => Date;
}

function sameSpan(a: Incident, b: Incident): boolean {
  return a.span[0] === b.span[0] && a.span[1] === b.span[1];
}

/** Records with a source on this URL (fragment ignored). */
export async function recordsForUrl(library: Library, url: string): Promise<IncidentRecord[]> {
  const key = normalizeUrl(url);
  return (await getAll(library)).filter((r) => r.sources.some((s) => normalizeUrl(s.url) === key));
}

function exportName(format: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return `leakmark-${day}.${format === 'csv' ? 'csv' : format === 'veris' ? 'veris.json' : 'json'}`;
}

export function createBackgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundProtocol> {
  const { tabs, engine, local } = deps;
  const now = deps.now ?? (() => new Date());
  const requireTab = (tabId: number | undefined): number => {
    if (tabId === undefined) throw new Error('This message must come from a tab.');
    return tabId;
  };

  const uploads = deps.uploads ?? new UploadStore();
  // Parts are kept per sender: another tab cannot add to (or take) an upload it did not start.
  const owner = (sender: { tabId?: number }) => sender.tabId ?? -1;

  return {
    analyze: (req, sender) => engine.analyze('page' in req ? req.page : uploads.take(owner(sender), req.scanId, req.parts)),

    uploadPart({ scanId, seq, part }, sender) {
      uploads.add(owner(sender), scanId, seq, part);
      return { ok: true };
    },

    async reportPage({ page, incidents }, sender) {
      await tabs.set(requireTab(sender.tabId), { page, incidents }, sender);
      return { ok: true };
    },

    async saveIncident({ incident, source }, sender) {
      const result = await storeSave(await deps.library(), incident, source, now().toISOString());
      if (sender.tabId !== undefined) {
        await tabs.update(sender.tabId, (rec) => {
          const hit = rec.incidents.find((t) => sameSpan(t.incident, incident));
          if (hit) hit.savedId = result.record.id;
        }, sender.frameId);
      }
      return result;
    },

    async savedForUrl({ url }) {
      return { records: await recordsForUrl(await deps.library(), url) };
    },

    async tabState({ tabId }) {
      const rec = await tabs.get(tabId);
      return { page: rec?.page ?? null, incidents: rec?.incidents ?? [] };
    },

    async saveOnTab({ tabId, index, frameId }) {
      return deps.sendToTab(tabId, 'saveOne', frameId === undefined ? { index } : { index, frameId });
    },

    async saveAllOnTab({ tabId }) {
      return deps.sendToTab(tabId, 'saveAll', {});
    },

    async dismiss({ tabId, url, index, quote }, sender) {
      await addDismissal(local, url, quote);
      const tab = tabId ?? sender.tabId;
      if (tab !== undefined) {
        await tabs.update(tab, (rec) => {
          const hit: TabIncident | undefined = rec.incidents.find((t) => t.index === index);
          if (hit) hit.dismissed = true;
        }, sender.frameId);
      }
      return { ok: true };
    },

    async getSettings() {
      return { settings: await loadSettings(local) };
    },

    async setSettings({ patch }) {
      return { settings: await updateSettings(local, patch) };
    },

    async listRecords({ query, limit }) {
      const library = await deps.library();
      if (limit !== undefined && isRecentQuery(query)) {
        const [records, total] = await Promise.all([mostRecent(library, limit), count(library)]);
        return { records, total };
      }
      const matching = filterRecords(await getAll(library), query ?? {});
      return { records: limit === undefined ? matching : matching.slice(0, Math.max(0, limit)), total: matching.length };
    },

    async listNewest({ limit }) {
      return { records: await mostRecent(await deps.library(), Math.min(limit, MAX_PAGE)) };
    },

    async listRecordsPage({ after, limit }) {
      return readPage(await deps.library(), after, limit);
    },

    async updateRecord({ id, patch }) {
      return { record: await update(await deps.library(), id, patch, now().toISOString()) };
    },

    async removeRecords({ ids }) {
      return { removed: await remove(await deps.library(), ids) };
    },

    async restoreRecords({ records }) {
      await restore(await deps.library(), records);
      return { ok: true };
    },

    async findDuplicates({ id }) {
      const library = await deps.library();
      const record = await get(library, id);
      if (!record) throw new StoreError('not_found', `No incident with id "${id}" in the library.`);
      const found = await findLikelyDuplicates(library, record);
      return { candidates: found.map(({ record: r, score, reason }) => ({ record: r, score, reason })) };
    },

    async mergeRecords({ keepId, otherIds }) {
      const { merged } = await storeMerge(await deps.library(), keepId, otherIds, now().toISOString());
      return { record: merged };
    },

    async exportRecords({ format, ids }) {
      const all = await getAll(await deps.library());
      const wanted = ids ? new Set(ids) : null;
      const records = wanted ? all.filter((r) => wanted.has(r.id)) : all;
      const at = now();
      const content =
        format === 'csv' ? toCsv(records) : format === 'veris' ? `${JSON.stringify(toVeris(records), null, 2)}\n` : toJson(records, at.toISOString());
      const mime = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
      return { filename: exportName(format, at), mime, content };
    },

    async importRecords({ text }) {
      const parsed = parseImport(text);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      const result = await storeImport(await deps.library(), parsed.records, now().toISOString());
      return { ok: true, added: result.added, updated: result.updated, warnings: parsed.warnings };
    },
  };
}

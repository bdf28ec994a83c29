import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBackgroundHandlers, type BackgroundDeps } from '../../../lib/background/handlers';
import { TabStates } from '../../../lib/background/tab-state';
import { handleMessages, MessageError, sendToBackground, type Handler } from '../../../lib/messaging/client';
import type { BackgroundProtocol, Req, Res } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/messaging/protocol';
import { getAll, recordFromIncident, restore, type Library } from '../../../lib/store';
import { fakeSendToTab, freshLibrary, local, localEngine, NOTICE, noticeIncident, noticeSource, tabIncident, tabStates, URL_A } from './helpers';

let library: Library;
let deps: BackgroundDeps;

function handlers() {
  return createBackgroundHandlers(deps);
}

async function call<K extends keyof BackgroundProtocol>(type: K, data: Req<K>, tabId?: number): Promise<Res<K>> {
  const handler = handlers()[type] as Handler<K>;
  return handler(data, { tabId });
}

const page = { url: URL_A, title: 'お詫び', pageHash: 'h' };
const NOT_A_BREACH = { ...noticeIncident(), is_breach: false };

beforeEach(async () => {
  fakeBrowser.reset();
  library = await freshLibrary();
  deps = {
    library: async () => library,
    tabs: tabStates(),
    engine: localEngine,
    local: local(),
    sendToTab: fakeSendToTab({ saveAll: { saved: 3 }, saveOne: { record: { id: 'x' }, created: true } }),
    now: () => new Date('2024-06-01T00:00:00.000Z'),
  };
});

describe('page experience', () => {
  it('analyze runs the engine', async () => {
    const res = await call('analyze', { page: { text: NOTICE } });
    expect(res.incidents).toHaveLength(1);
    expect(res.engineVersion).toBeTruthy();
  });

  it('the badge is the number of breach incidents on each tab, empty when none', async () => {
    const breach = noticeIncident();
    await call('reportPage', { page, incidents: [tabIncident(breach, 0), tabIncident(breach, 1), tabIncident(NOT_A_BREACH, 2)] }, 1);
    await call('reportPage', { page, incidents: [tabIncident(NOT_A_BREACH, 0)] }, 2);
    await call('reportPage', { page, incidents: [tabIncident(breach, 0), tabIncident(breach, 1, { dismissed: true })] }, 3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('1');
    expect(await fakeBrowser.action.getBadgeText({})).toBe(''); // never a global badge
  });

  it('reportPage must come from a tab', async () => {
    await expect(call('reportPage', { page, incidents: [] })).rejects.toThrow(/tab/);
  });

  it('tabState answers from memory, and from storage.session after a service-worker restart', async () => {
    await call('reportPage', { page, incidents: [tabIncident(noticeIncident(), 0)] }, 7);
    expect((await call('tabState', { tabId: 7 })).incidents).toHaveLength(1);
    deps.tabs = new TabStates(fakeBrowser.action, fakeBrowser.storage.session as never); // new worker, empty memory
    const again = await call('tabState', { tabId: 7 });
    expect(again.page).toEqual(page);
    expect(again.incidents).toHaveLength(1);
    expect(await call('tabState', { tabId: 99 })).toEqual({ page: null, incidents: [] });
  });

  it('saving the same incident twice gives one record, and the tab knows it is saved', async () => {
    const incident = noticeIncident();
    await call('reportPage', { page, incidents: [tabIncident(incident, 0)] }, 1);
    const first = await call('saveIncident', { page, incident, source: noticeSource() }, 1);
    const second = await call('saveIncident', { page, incident, source: noticeSource(URL_A, '2024-05-11T00:00:00.000Z') }, 1);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.record.id).toBe(first.record.id);
    expect(await getAll(library)).toHaveLength(1);
    expect((await call('tabState', { tabId: 1 })).incidents[0]!.savedId).toBe(first.record.id);
  });

  it('savedForUrl lists the records saved from a URL (fragment ignored)', async () => {
    await call('saveIncident', { page, incident: noticeIncident(), source: noticeSource() });
    expect((await call('savedForUrl', { url: `${URL_A}#section` })).records).toHaveLength(1);
    expect((await call('savedForUrl', { url: 'https://example.jp/other' })).records).toHaveLength(0);
  });

  it('dismiss remembers the quote per URL and takes the incident off the badge', async () => {
    const breach = noticeIncident();
    await call('reportPage', { page, incidents: [tabIncident(breach, 0), tabIncident(breach, 1)] }, 4);
    await call('dismiss', { url: URL_A, index: 1, quote: '不正アクセスによる' }, 4);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('1');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.values(stored)).toContainEqual(['不正アクセスによる']);
  });

  it('settings: defaults, patches, bad values cleaned', async () => {
    expect((await call('getSettings', {})).settings).toEqual(DEFAULT_SETTINGS);
    const next = await call('setSettings', { patch: { paused: true, disabledSites: ['https://www.Example.jp/path', 'news.example', 'news.example'] } });
    expect(next.settings).toEqual({ paused: true, disabledSites: ['example.jp', 'news.example'], language: 'auto' });
    expect((await call('getSettings', {})).settings.paused).toBe(true);
    await call('setSettings', { patch: { language: 'fr' as never } });
    expect((await call('getSettings', {})).settings.language).toBe('auto');
  });

  it('saveAllOnTab and saveOnTab go through the tab\'s content script', async () => {
    expect(await call('saveAllOnTab', { tabId: 5 })).toEqual({ saved: 3 });
    expect(deps.sendToTab).toHaveBeenCalledWith(5, 'saveAll', {});
    await call('saveOnTab', { tabId: 5, index: 2 });
    expect(deps.sendToTab).toHaveBeenCalledWith(5, 'saveOne', { index: 2 });
  });
});

describe('library', () => {
  async function seed(): Promise<string[]> {
    const a = recordFromIncident(noticeIncident(), noticeSource(), '2024-05-10T00:00:00.000Z', 'a');
    const b = recordFromIncident({ ...noticeIncident(), org: '株式会社アルファ', total_affected: 1200 }, noticeSource('https://news.example/1'), '2024-05-11T00:00:00.000Z', 'b');
    const c = recordFromIncident({ ...noticeIncident(), org: '熊本県', total_affected: 5, is_breach: false }, noticeSource('https://pref.example/1'), '2024-05-12T00:00:00.000Z', 'c');
    b.sources[0]!.quote.exact = 'another quote';
    c.sources[0]!.quote.exact = 'a third quote';
    await restore(library, [a, b, c]);
    return ['a', 'b', 'c'];
  }

  it('listRecords filters, sorts and limits, with the total before the limit', async () => {
    await seed();
    const all = await call('listRecords', {});
    expect(all.total).toBe(3);
    const breaches = await call('listRecords', { query: { breachesOnly: true, sort: 'total' }, limit: 1 });
    expect(breaches.total).toBe(2);
    expect(breaches.records.map((r) => r.id)).toEqual(['a']);
  });

  it('listRecords of the newest (the popup\'s recent list): the same answer as sorting everything', async () => {
    await seed();
    const recent = await call('listRecords', { query: { sort: 'savedAt', order: 'desc' }, limit: 2 });
    expect(recent).toEqual({ records: (await call('listRecords', { query: { sort: 'savedAt' } })).records.slice(0, 2), total: 3 });
    expect(recent.records.map((r) => r.id)).toEqual(['a', 'b']); // all saved at the same instant: by id
    expect((await call('listRecords', { query: { sort: 'savedAt' }, limit: 0 })).records).toEqual([]);
  });

  it('listNewest and listRecordsPage: the library page\'s first screenful, then everything page by page', async () => {
    await seed();
    const newest = await call('listNewest', { limit: 2 });
    expect(newest.records).toEqual((await call('listRecords', { query: { sort: 'savedAt' } })).records.slice(0, 2));
    expect((await call('listNewest', { limit: 10 })).records).toHaveLength(3);
    const first = await call('listRecordsPage', { limit: 2 });
    expect(first.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(first.total).toBe(3);
    expect(first.next).toBe('b');
    const second = await call('listRecordsPage', { after: 'b', limit: 2 });
    expect(second).toEqual({ records: [expect.objectContaining({ id: 'c' })], total: null, next: null });
    // Records as the UI gets them everywhere: no derived index keys.
    expect(first.records[0]).toEqual((await call('listRecords', {})).records.find((r) => r.id === 'a'));
    expect(first.records[0]).not.toHaveProperty('urlKeys');
  });

  it('updateRecord, removeRecords and restoreRecords (undo)', async () => {
    await seed();
    const { record } = await call('updateRecord', { id: 'a', patch: { notes: 'checked', org: '株式会社アルファ' } });
    expect(record.notes).toBe('checked');
    expect(record.corrected.org).toBe(true);
    await expect(call('updateRecord', { id: 'nope', patch: { notes: '' } })).rejects.toMatchObject({ code: 'not_found' });
    const { removed } = await call('removeRecords', { ids: ['a', 'c', 'missing'] });
    expect(removed.map((r) => r.id).sort()).toEqual(['a', 'c']);
    expect((await call('listRecords', {})).total).toBe(1);
    await call('restoreRecords', { records: removed });
    expect((await call('listRecords', {})).total).toBe(3);
  });

  it('findDuplicates and mergeRecords', async () => {
    await seed();
    const { candidates } = await call('findDuplicates', { id: 'a' });
    expect(candidates.map((c) => c.record.id)).toEqual(['b']);
    expect(candidates[0]!.reason).toMatch(/same organisation/);
    const { record } = await call('mergeRecords', { keepId: 'a', otherIds: ['b'] });
    expect(record.id).toBe('a');
    expect(record.sources).toHaveLength(2);
    expect((await call('listRecords', {})).total).toBe(2);
    await expect(call('findDuplicates', { id: 'zzz' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('exportRecords in CSV, JSON and VERIS; importRecords round-trips the JSON', async () => {
    await seed();
    const csv = await call('exportRecords', { format: 'csv' });
    expect(csv.filename).toBe('leakmark-2024-06-01.csv');
    expect(csv.mime).toMatch(/text\/csv/);
    expect(csv.content.split('\r\n').filter(Boolean)).toHaveLength(4);
    const veris = await call('exportRecords', { format: 'veris', ids: ['a'] });
    expect(JSON.parse(veris.content)).toHaveLength(1);
    const json = await call('exportRecords', { format: 'json' });
    expect(json.filename).toBe('leakmark-2024-06-01.json');

    library = await freshLibrary();
    const imported = await call('importRecords', { text: json.content });
    expect(imported).toMatchObject({ ok: true, added: 3, updated: 0 });
    expect(await call('importRecords', { text: '{"format":"something else"}' })).toMatchObject({ ok: false });
  });
});

describe('over the message channel', () => {
  it('answers typed requests and turns thrown errors into { error } (sendToBackground rethrows)', async () => {
    const stop = handleMessages<BackgroundProtocol>(handlers());
    expect((await sendToBackground('getSettings', {})).settings).toEqual(DEFAULT_SETTINGS);
    await expect(sendToBackground('updateRecord', { id: 'nope', patch: {} })).rejects.toBeInstanceOf(MessageError);
    stop();
  });
});

// Builders for the UI tests: deterministic fake records, a fake LibraryApi over an in-memory
// library (the store's pure functions do the work), a fake Host, and render helpers.
import { render, screen, waitFor, within } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import { App as LibraryPage } from '../../../entrypoints/library/App';
import { App as PopupPage } from '../../../entrypoints/popup/App';
import { DEFAULT_SETTINGS, type Settings, type TabIncident } from '../../../lib/messaging/protocol';
import {
  applyEdit,
  combineRecords,
  filterRecords,
  parseImport,
  rankDuplicates,
  recordFromIncident,
  toCsv,
  toJson,
  toVeris,
  type IncidentRecord,
} from '../../../lib/store';
import type { Incident } from '../../../lib/types';
import type { LibraryApi } from '../../../lib/ui/api';
import type { Host } from '../../../lib/ui/host';
import { CATALOGS, catalogSource } from '../../../lib/ui/i18n';
import { CATEGORY_KEYS, CAUSE_KEYS } from '../../../lib/vocabulary';

export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    span: [0, 80],
    heading: '不正アクセスによる個人情報漏えいに関するお詫び',
    heading_span: [0, 24],
    org: '株式会社サンプル',
    org_span: [30, 38],
    published: '2024-05-10',
    is_breach: true,
    breach_evidence: ['漏えい'],
    total_affected: 1234,
    counts: [
      {
        text: '1,234名',
        value: 1234,
        min: null,
        max: null,
        unit: '名',
        approx: true,
        numeric_approx: false,
        hedged: true,
        victim: true,
        total: false,
        qualifiers: ['可能性'],
        reason: 'victim_unit',
        start: 40,
        end: 46,
      },
    ],
    categories: ['name', 'email'],
    category_mentions: [],
    cause: 'unauthorized_access',
    cause_mentions: [],
    ppc_triggers: [],
    ...overrides,
  };
}

/** One record; `n` varies its id, source and saved time. */
export function makeRecord(n: number, incident: Partial<Incident> = {}, extra: Partial<IncidentRecord> = {}): IncidentRecord {
  const savedAt = new Date(Date.UTC(2024, 5, 1, 0, 0, n)).toISOString();
  const record = recordFromIncident(
    makeIncident(incident),
    {
      url: `https://news${n % 7}.example.jp/2024/${n}.html`,
      title: `お知らせ ${n}`,
      quote: { exact: '当社サーバーへの不正アクセスにより、お客様1,234名の個人情報が漏えいした可能性があります。', prefix: '', suffix: '' },
      position: { start: 0, end: 80 },
      pageHash: `h${n}`,
      savedAt,
      engineVersion: '0.1.0',
    },
    savedAt,
    `rec-${String(n).padStart(5, '0')}`,
  );
  return { ...record, ...extra };
}

const ORGS = ['株式会社アルファ', '北山市', 'ベータ工業株式会社', '学校法人ガンマ学園', 'デルタ病院', '(株)イプシロン', 'ゼータ銀行'];

/** `count` varied records (deterministic): orgs, months 2020–2024, categories, causes, totals. */
export function manyRecords(count: number): IncidentRecord[] {
  const out: IncidentRecord[] = [];
  let seed = 7;
  const rand = (m: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % m; // the high bits: an LCG's low bits repeat with a short period
  };
  for (let i = 0; i < count; i++) {
    const month = 1 + rand(12);
    const year = 2020 + rand(5);
    const cats = [...new Set([CATEGORY_KEYS[rand(CATEGORY_KEYS.length)]!, CATEGORY_KEYS[rand(6)]!])];
    out.push(
      makeRecord(i, {
        org: `${ORGS[i % ORGS.length]} ${i}`,
        published: `${year}-${String(month).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`,
        total_affected: rand(10) === 0 ? null : 1 + rand(50_000),
        categories: cats,
        cause: CAUSE_KEYS[rand(CAUSE_KEYS.length)]!,
      }),
    );
  }
  return out;
}

export class FakeMessageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface FakeState {
  records: IncidentRecord[];
  settings: Settings;
  tab: { incidents: TabIncident[] };
}

/** A LibraryApi over an in-memory library; every method is a vi.fn (mockRejectedValueOnce works). */
export function fakeApi(records: IncidentRecord[] = [], tabIncidents: TabIncident[] = []) {
  const state: FakeState = { records: [...records], settings: { ...DEFAULT_SETTINGS }, tab: { incidents: tabIncidents } };
  const find = (id: string) => {
    const r = state.records.find((x) => x.id === id);
    if (!r) throw new FakeMessageError(`No record ${id}`, 'not_found');
    return r;
  };
  const replace = (r: IncidentRecord) => (state.records = state.records.map((x) => (x.id === r.id ? r : x)));
  let saved = 0;
  const api: LibraryApi = {
    listRecords: vi.fn(async ({ query, limit }) => {
      const all = filterRecords(state.records, query ?? {});
      return { records: limit === undefined ? all : all.slice(0, limit), total: all.length };
    }),
    listNewest: vi.fn(async ({ limit }) => ({
      records: filterRecords(state.records, { sort: 'savedAt', order: 'desc' }).slice(0, limit),
    })),
    listRecordsPage: vi.fn(async ({ after, limit }) => {
      const rest = [...state.records].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((r) => after === undefined || r.id > after);
      const records = rest.slice(0, limit);
      const total = after === undefined ? state.records.length : null;
      return { records, total, next: rest.length > limit ? records[records.length - 1]!.id : null };
    }),
    updateRecord: vi.fn(async ({ id, patch }) => {
      const record = applyEdit(find(id), patch, '2024-07-01T00:00:00.000Z');
      replace(record);
      return { record };
    }),
    removeRecords: vi.fn(async ({ ids }) => {
      const removed = state.records.filter((r) => ids.includes(r.id));
      state.records = state.records.filter((r) => !ids.includes(r.id));
      return { removed };
    }),
    restoreRecords: vi.fn(async ({ records: back }) => {
      state.records.push(...back);
      return { ok: true as const };
    }),
    findDuplicates: vi.fn(async ({ id }) => ({
      candidates: rankDuplicates(find(id), state.records).map(({ record, score, reason }) => ({ record, score, reason })),
    })),
    mergeRecords: vi.fn(async ({ keepId, otherIds }) => {
      const record = combineRecords(find(keepId), otherIds.map(find), '2024-07-01T00:00:00.000Z');
      state.records = state.records.filter((r) => !otherIds.includes(r.id));
      replace(record);
      return { record };
    }),
    exportRecords: vi.fn(async ({ format, ids }) => {
      const chosen = ids ? state.records.filter((r) => ids.includes(r.id)) : state.records;
      const content = format === 'csv' ? toCsv(chosen) : format === 'json' ? toJson(chosen) : JSON.stringify(toVeris(chosen));
      return { filename: `leakmark.${format === 'veris' ? 'veris.json' : format}`, mime: 'text/plain', content };
    }),
    importRecords: vi.fn(async ({ text }) => {
      const parsed = parseImport(text);
      if (!parsed.ok) return { ok: false as const, error: parsed.error };
      state.records.push(...parsed.records);
      return { ok: true as const, added: parsed.records.length, updated: 0, warnings: parsed.warnings };
    }),
    tabState: vi.fn(async () => ({
      page: { url: 'https://www.example.co.jp/news/1', title: 'お詫び', pageHash: 'p' },
      incidents: state.tab.incidents,
    })),
    saveAllOnTab: vi.fn(async () => {
      const unsaved = state.tab.incidents.filter((x) => x.savedId === null && !x.dismissed);
      state.tab.incidents = state.tab.incidents.map((x) =>
        x.dismissed ? x : { ...x, savedId: x.savedId ?? `saved-${++saved}` },
      );
      return { saved: unsaved.length };
    }),
    saveOnTab: vi.fn(async ({ index }) => {
      const hit = state.tab.incidents.find((x) => x.index === index)!;
      const record = makeRecord(9000 + index, hit.incident);
      state.tab.incidents = state.tab.incidents.map((x) => (x.index === index ? { ...x, savedId: record.id } : x));
      state.records.push(record);
      return { record, created: true };
    }),
    getSettings: vi.fn(async () => ({ settings: state.settings })),
    setSettings: vi.fn(async ({ patch }) => {
      state.settings = { ...state.settings, ...patch };
      return { settings: state.settings };
    }),
  };
  return { api, state };
}

export function fakeHost(tab: { id: number; url: string } | null = { id: 7, url: 'https://www.example.co.jp/news/1' }) {
  return {
    activeTab: vi.fn(async () => tab),
    openLibrary: vi.fn(),
    download: vi.fn(),
  } satisfies Host;
}

export const english = catalogSource(CATALOGS.en);

export function renderLibrary(api: LibraryApi, host: Host = fakeHost(), initialId?: string) {
  return render(<LibraryPage api={api} host={host} browserSource={english} initialId={initialId} />);
}

export function renderPopup(api: LibraryApi, host: Host = fakeHost()) {
  return render(<PopupPage api={api} host={host} browserSource={english} />);
}

// Queries over the library table.
export const table = () => screen.getByRole('table', { name: 'Saved incidents' });
export const bodyRows = () => within(table()).getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') !== '1');
export const rowOf = (org: string) => screen.getByRole('button', { name: new RegExp(`^Organisation: ${org}`) }).closest('[role="row"]') as HTMLElement;

/** Wait until the table holds `count` rows (plus its header row). */
export async function loaded(count: number) {
  // A generous bound: 10,000 records load in pages, slow on a busy 2-core machine; not a timing check.
  await waitFor(() => expect(table().getAttribute('aria-rowcount')).toBe(String(count + 1)), { timeout: 15_000 });
}

// Shared builders for the store tests. fake-indexeddb/auto provides the IDB* globals idb needs;
// every test still opens its own IDBFactory so databases never leak between tests.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openLibrary, type Library } from '../../../lib/store/db';
import { recordFromIncident, type IncidentRecord } from '../../../lib/store/record';
import type { Source } from '../../../lib/store/source';
import type { Count, Incident } from '../../../lib/types';

export function makeCount(overrides: Partial<Count> = {}): Count {
  return {
    text: '1,234名',
    start: 10,
    end: 16,
    value: 1234,
    min: null,
    max: null,
    unit: '名',
    approx: false,
    numeric_approx: false,
    hedged: false,
    victim: true,
    total: false,
    qualifiers: [],
    reason: 'victim_unit',
    ...overrides,
  };
}

export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    span: [0, 120],
    heading: '不正アクセスによる個人情報漏えいに関するお詫び',
    heading_span: [0, 24],
    org: '株式会社サンプル',
    org_span: [30, 38],
    published: '2024-05-10',
    is_breach: true,
    breach_evidence: ['漏えい'],
    total_affected: 1234,
    counts: [makeCount()],
    categories: ['name', 'email'],
    category_mentions: [],
    cause: 'unauthorized_access',
    cause_mentions: [],
    ppc_triggers: ['unlawful_purpose', 'over_1000_people'],
    ...overrides,
  };
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    url: 'https://example.co.jp/news/2024/0510.html',
    title: '個人情報漏えいに関するお詫び',
    quote: { exact: '当社サーバーへの不正アクセスにより、お客様1,234名の個人情報が漏えいした可能性があります。', prefix: '', suffix: '' },
    position: { start: 0, end: 120 },
    pageHash: 'hash-1',
    savedAt: '2024-05-11T09:00:00.000Z',
    engineVersion: '0.1.0',
    ...overrides,
  };
}

let counter = 0;

/** A stored-shape record; ids are deterministic per call order. */
export function makeRecord(
  incident: Partial<Incident> = {},
  source: Partial<Source> = {},
  extra: Partial<IncidentRecord> = {},
): IncidentRecord {
  counter++;
  const base = recordFromIncident(makeIncident(incident), makeSource(source), '2024-05-11T09:00:00.000Z', `rec-${counter}`);
  return { ...base, ...extra };
}

export interface TestLibrary {
  library: Library;
  factory: IDBFactory;
}

export async function freshLibrary(name = 'leakmark'): Promise<TestLibrary> {
  const factory = new IDBFactory();
  return { library: await openLibrary(factory, name), factory };
}

/** Promise for a raw IDBRequest (tests that talk to IndexedDB without idb). */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// Shared pieces for the background tests: a fresh library on fake-indexeddb, an engine host running
// the real engine here, and incidents/sources read off a small notice.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { EngineHost } from '../../../lib/background/engine-host';
import type { SendToFrame } from '../../../lib/background/frames';
import type { SendToTab } from '../../../lib/background/handlers';
import type { StorageAreaLike } from '../../../lib/background/storage';
import { TabStates } from '../../../lib/background/tab-state';
import type { TabIncident } from '../../../lib/messaging/protocol';
import { ENGINE_VERSION, extractIncidents } from '../../../lib/pipeline';
import { openLibrary, sourceFromPage, type Library, type Source } from '../../../lib/store';
import type { Incident } from '../../../lib/types';

export const URL_A = 'https://example.jp/news/1';

export const NOTICE =
  '不正アクセスによる個人情報漏えいのお詫び\n' +
  '株式会社アルファは、当社サーバーが第三者による不正アクセスを受け、お客様1,234名の氏名、住所、クレジットカード番号が流出した可能性があると発表した。\n';

export function noticeIncident(): Incident {
  const [incident] = extractIncidents({ text: NOTICE });
  if (!incident) throw new Error('the engine found nothing in NOTICE');
  return incident;
}

export function noticeSource(url = URL_A, savedAt = '2024-05-10T00:00:00.000Z'): Source {
  return sourceFromPage(NOTICE, noticeIncident().span, { url, title: 'お詫び', pageHash: 'fnv1a:0:0', engineVersion: ENGINE_VERSION }, savedAt);
}

export function tabIncident(incident: Incident, index: number, extra: Partial<TabIncident> = {}): TabIncident {
  return { index, incident, savedId: null, dismissed: false, ...extra };
}

let n = 0;
export async function freshLibrary(): Promise<Library> {
  return openLibrary(new IDBFactory(), `test-${++n}`);
}

export const localEngine: EngineHost = {
  analyze: async (page) => ({ incidents: extractIncidents(page), tokenizer: false, engineVersion: ENGINE_VERSION }),
};

export function local(): StorageAreaLike {
  return fakeBrowser.storage.local as unknown as StorageAreaLike;
}

export function session(): StorageAreaLike {
  return fakeBrowser.storage.session as unknown as StorageAreaLike;
}

export function tabStates(): TabStates {
  return new TabStates(fakeBrowser.action, session());
}

export function fakeSendToTab(answers: Record<string, unknown> = {}): SendToTab & ReturnType<typeof vi.fn> {
  return vi.fn(async (_tabId: number, type: string) => {
    if (type in answers) return answers[type];
    throw new Error(`no answer for ${type}`);
  }) as never;
}

/** A SendToFrame answering per message type (a function gets the tab, frame and document). */
export function fakeSendToFrame(
  answers: Record<string, unknown | ((tabId: number, frameId: number, documentId?: string) => unknown)> = {},
): SendToFrame & ReturnType<typeof vi.fn> {
  return vi.fn(async (tabId: number, frameId: number, type: string, _data: unknown, documentId?: string) => {
    const answer = answers[type];
    if (typeof answer === 'function') return answer(tabId, frameId, documentId);
    if (type in answers) return answer;
    throw new Error(`no answer for ${type}`);
  }) as never;
}

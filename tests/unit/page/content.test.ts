// @vitest-environment happy-dom
// The content script's wiring with fakes: settings gate, reactions to settings changes, messages.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SETTINGS_KEY } from '../../../lib/background/settings';
import type { StorageAreaLike } from '../../../lib/background/storage';
import type { Handlers } from '../../../lib/messaging/client';
import type { ContentProtocol, Req, Res } from '../../../lib/messaging/protocol';
import { startPageExperience, type ContentEnv } from '../../../lib/page/content';
import { ENGINE_VERSION, extractIncidents } from '../../../lib/pipeline';
import type { PageText } from '../../../lib/types';

const NOTICE_HTML =
  '<h2>不正アクセスによる個人情報漏えいのお詫び</h2><p>株式会社アルファは、当社サーバーが第三者による不正アクセスを受け、お客様1,234名の氏名、住所が流出した可能性があると発表した。</p>';

function env(overrides: Partial<ContentEnv> = {}) {
  const abort = new AbortController();
  const sent: string[] = [];
  let handlers: Handlers<ContentProtocol> = {};
  const send = vi.fn(async (type: string, data: unknown) => {
    sent.push(type);
    if (type === 'analyze') return { incidents: extractIncidents((data as { page: PageText }).page), tokenizer: false, engineVersion: ENGINE_VERSION };
    if (type === 'savedForUrl') return { records: [] };
    if (type === 'saveIncident') return { record: { id: `r${sent.length}` }, created: true };
    return { ok: true };
  });
  const e: ContentEnv = {
    doc: document,
    win: window,
    signal: abort.signal,
    send: send as never,
    handle: (h) => {
      handlers = h;
      return () => (handlers = {});
    },
    local: fakeBrowser.storage.local as unknown as StorageAreaLike,
    onStorageChange: (cb) => {
      fakeBrowser.storage.onChanged.addListener(cb as never);
      return () => fakeBrowser.storage.onChanged.removeListener(cb as never);
    },
    uiLanguage: () => 'en-US',
    ui: { shadowMode: 'open', trusted: () => true }, // happy-dom: look inside, and its clicks are not trusted
    ...overrides,
  };
  const started = startPageExperience(e);
  const message = <K extends keyof ContentProtocol>(type: K, data: Req<K>) =>
    (handlers[type] as (d: Req<K>, s: object) => Promise<Res<K>>)(data, {});
  return { abort, sent, started, message };
}

async function idle(ms = 50) {
  await new Promise((r) => setTimeout(r, ms));
}

beforeEach(() => {
  fakeBrowser.reset();
  document.title = '';
  // eslint-disable-next-line no-restricted-properties
  document.body.innerHTML = NOTICE_HTML;
});

describe('startPageExperience', () => {
  it('scans a breach page and answers saveAll', async () => {
    const { sent, message, abort } = env();
    await idle();
    expect(sent).toContain('analyze');
    expect(document.querySelectorAll('leakmark-toolbar')).toHaveLength(1);
    expect(await message('saveAll', {})).toEqual({ saved: 1 });
    abort.abort();
  });

  it('a page failing the pre-filter sends nothing at all', async () => {
    // eslint-disable-next-line no-restricted-properties
    document.body.innerHTML = '<h1>肉じゃがの作り方</h1><p>じゃがいもを切ります。</p>';
    const { sent, abort } = env();
    await idle();
    expect(sent).toEqual([]);
    abort.abort();
  });

  it('does not scan when paused, and scans when the pause is lifted', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: true, disabledSites: [], language: 'auto' } });
    const { sent, abort } = env();
    await idle();
    expect(sent).not.toContain('analyze');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: false, disabledSites: [], language: 'auto' } });
    await idle();
    expect(sent).toContain('analyze');
    abort.abort();
  });

  it('removes everything when the site is switched off, and tells the background', async () => {
    const { sent, abort } = env();
    await idle();
    expect(document.querySelectorAll('leakmark-toolbar')).toHaveLength(1);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: false, disabledSites: [location.hostname], language: 'auto' } });
    await idle();
    expect(document.querySelectorAll('leakmark-toolbar, leakmark-legend, mark[data-leakmark]')).toHaveLength(0);
    expect(sent.filter((t) => t === 'reportPage')).toHaveLength(2); // the scan, then the empty report
    abort.abort();
  });

  it('switches the page UI language when the setting changes', async () => {
    const { abort } = env();
    await idle();
    const label = () => document.querySelector('leakmark-toolbar')!.shadowRoot!.querySelector('button.save')!.textContent;
    expect(label()).toBe('Save');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: false, disabledSites: [], language: 'ja' } });
    await idle();
    expect(label()).toBe('保存');
    abort.abort();
  });

  it('stops listening on abort (storage changes and messages do nothing)', async () => {
    const { sent, abort, started } = env();
    await idle();
    abort.abort();
    const before = sent.length;
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: false, disabledSites: [], language: 'ja' } });
    await idle();
    expect(sent.length).toBe(before);
    expect(started.controller.observing).toBe(false);
    expect(document.querySelectorAll('leakmark-toolbar')).toHaveLength(0);
  });
});

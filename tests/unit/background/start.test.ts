import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MENU_ID } from '../../../lib/background/context-menu';
import { startBackground } from '../../../lib/background/start';
import { sendToBackground } from '../../../lib/messaging/client';
import { getAll, type Library } from '../../../lib/store';
import { fakeSendToTab, freshLibrary, localEngine, NOTICE, noticeIncident, tabIncident } from './helpers';

type Listener = (...args: never[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => listeners.push(l),
    removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    fire: (...args: unknown[]) => Promise.all(listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args))),
    count: () => listeners.length,
  };
}

let library: Library;
beforeEach(async () => {
  fakeBrowser.reset();
  library = await freshLibrary();
});

function start(lang = 'ja') {
  const contextMenus = { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: event() };
  const commands = { onCommand: event() };
  const browser = { ...fakeBrowser, contextMenus, commands, i18n: { getUILanguage: () => lang } };
  const sendToTab = fakeSendToTab({ saveAll: { saved: 1 }, selectionSource: { found: false }, rescan: { ok: true } });
  const app = startBackground({ browser: browser as never, engine: localEngine, openLibrary: async () => library, sendToTab });
  return { app, contextMenus, commands, sendToTab };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('startBackground', () => {
  it('answers messages', async () => {
    const { app } = start();
    const res = await sendToBackground('analyze', { page: { text: NOTICE } });
    expect(res.incidents).toHaveLength(1);
    app.stop();
    await expect(sendToBackground('getSettings', {})).rejects.toThrow();
  });

  it('clears a tab\'s badge and state when it navigates or closes', async () => {
    const { app } = start();
    const page = { url: 'https://a.example/', title: '', pageHash: '' };
    await app.tabs.set(1, { page, incidents: [tabIncident(noticeIncident(), 0)] });
    await app.tabs.set(2, { page, incidents: [tabIncident(noticeIncident(), 0)] });
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' } as never, {} as never);
    await fakeBrowser.tabs.onRemoved.trigger(2, {} as never);
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
    expect(await app.tabs.get(1)).toBeNull();
    app.stop();
  });

  it('installs the context menu in the UI language and saves a clicked selection', async () => {
    const { app, contextMenus } = start('ja');
    await settle();
    expect(contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ id: MENU_ID, title: 'leakmark: この選択範囲を保存' }));
    await contextMenus.onClicked.fire({ menuItemId: MENU_ID, selectionText: NOTICE, pageUrl: 'https://a.example/' }, { id: 4 });
    await settle();
    expect(await getAll(library)).toHaveLength(1);
    app.stop();
    expect(contextMenus.onClicked.count()).toBe(0);
  });

  it('re-titles the menu when the language setting changes', async () => {
    const { app, contextMenus } = start('ja');
    await settle();
    await sendToBackground('setSettings', { patch: { language: 'en' } });
    await settle();
    expect(contextMenus.create).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'leakmark: Save selection' }));
    app.stop();
  });

  it('runs the save-all command on the tab it came from', async () => {
    const { app, commands, sendToTab } = start();
    await commands.onCommand.fire('save-all', { id: 6 });
    expect(sendToTab).toHaveBeenCalledWith(6, 'saveAll', {});
    app.stop();
    expect(commands.onCommand.count()).toBe(0);
  });
});

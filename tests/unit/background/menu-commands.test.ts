import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runCommand, SAVE_ALL_COMMAND } from '../../../lib/background/commands';
import { installContextMenu, MENU_ID, saveSelection } from '../../../lib/background/context-menu';
import { selectionIncident } from '../../../lib/background/selection';
import { extractIncidents, MAX_REPORTED } from '../../../lib/pipeline';
import { getAll, type Library } from '../../../lib/store';
import { fakeSendToTab, freshLibrary, localEngine, NOTICE, URL_A } from './helpers';

let library: Library;
beforeEach(async () => {
  fakeBrowser.reset();
  library = await freshLibrary();
});

const QUIET = '当社のサーバーで障害が発生し、約1,200名のお客様がサービスを利用できない状態となりました。原因は調査中です。';

describe('selectionIncident', () => {
  it('keeps the engine\'s facts when it finds an incident in the selection', () => {
    const found = extractIncidents({ text: NOTICE });
    const one = selectionIncident(NOTICE, found);
    expect(one.span).toEqual([0, NOTICE.length]);
    expect(one.is_breach).toBe(true);
    expect(one.total_affected).toBe(1234);
    expect(one.categories).toEqual(expect.arrayContaining(['name', 'address', 'credit_card_number']));
  });

  it('combines several incidents into one', () => {
    const text = `${NOTICE}\n${NOTICE.replace('株式会社アルファ', '株式会社ベータ').replace('1,234名', '56名')}`;
    const one = selectionIncident(text, [
      ...extractIncidents({ text: NOTICE }),
      ...extractIncidents({ text: NOTICE.replace('1,234名', '56名') }),
    ]);
    expect(one.counts.map((c) => c.text)).toEqual(['1,234名', '56名']);
    expect(one.org).toBe('株式会社アルファ');
  });

  it('still extracts facts when the detector says it is no incident (the user asked)', () => {
    expect(extractIncidents({ text: QUIET })).toEqual([]);
    const one = selectionIncident(QUIET, []);
    expect(one.is_breach).toBe(false);
    expect(one.counts.map((c) => c.text)).toContain('約1,200名');
    expect(one.span).toEqual([0, QUIET.length]);
  });

  it('lists at most MAX_REPORTED counts and mentions of each kind, found by the engine or not', () => {
    const many = '顧客1名の氏名が紛失により流出。\n'.repeat(3 * MAX_REPORTED);
    for (const one of [selectionIncident(many, []), selectionIncident(many, [...extractIncidents({ text: many }), ...extractIncidents({ text: many })])]) {
      expect(one.counts.length).toBe(MAX_REPORTED);
      expect(one.category_mentions.length).toBeLessThanOrEqual(MAX_REPORTED);
      expect(one.cause_mentions.length).toBe(MAX_REPORTED);
    }
    expect(selectionIncident(many, []).category_mentions.length).toBe(MAX_REPORTED);
  });
});

describe('context menu', () => {
  it('is created once per install, on selections only', async () => {
    const menus = { create: vi.fn(), removeAll: vi.fn(async () => undefined) };
    await installContextMenu(menus, 'leakmark: この選択範囲を保存');
    expect(menus.removeAll).toHaveBeenCalled();
    expect(menus.create).toHaveBeenCalledWith({ id: MENU_ID, title: 'leakmark: この選択範囲を保存', contexts: ['selection'], documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'] });
  });

  it('saves the selection as one incident with the page source the content script gives', async () => {
    const sendToTab = fakeSendToTab({
      selectionSource: {
        found: true,
        page: { url: URL_A, title: 'ニュース', pageHash: 'fnv1a:1:2' },
        text: QUIET,
        quote: { exact: QUIET, prefix: '前', suffix: '後' },
        position: { start: 100, end: 100 + QUIET.length },
      },
      rescan: { ok: true },
    });
    const result = await saveSelection(
      { library: async () => library, engine: localEngine, sendToTab },
      { menuItemId: MENU_ID, selectionText: ' 当社のサーバーで障害が… ', pageUrl: URL_A },
      { id: 3, title: 'ニュース' },
    );
    expect(result?.created).toBe(true);
    const [record] = await getAll(library);
    expect(record!.sources[0]).toMatchObject({ url: URL_A, position: { start: 100 }, quote: { prefix: '前' } });
    expect(record!.counts.map((c) => c.text)).toContain('約1,200名');
    expect(sendToTab).toHaveBeenCalledWith(3, 'rescan', {});
  });

  it('falls back to the selection text itself when no content script answers', async () => {
    const result = await saveSelection(
      { library: async () => library, engine: localEngine, sendToTab: fakeSendToTab() },
      { menuItemId: MENU_ID, selectionText: NOTICE, pageUrl: 'file:///tmp/notice.html' },
    );
    expect(result?.record.sources[0]).toMatchObject({ url: 'file:///tmp/notice.html', position: { start: 0 } });
    expect(result?.record.is_breach).toBe(true);
  });

  it('ignores other menu items and empty selections', async () => {
    const deps = { library: async () => library, engine: localEngine, sendToTab: fakeSendToTab() };
    expect(await saveSelection(deps, { menuItemId: 'other', selectionText: NOTICE })).toBeNull();
    expect(await saveSelection(deps, { menuItemId: MENU_ID, selectionText: '   ' })).toBeNull();
    expect(await getAll(library)).toEqual([]);
  });
});

describe('keyboard command', () => {
  it('"save-all" asks the current tab to save everything', async () => {
    const sendToTab = fakeSendToTab({ saveAll: { saved: 2 } });
    expect(await runCommand({ sendToTab, activeTabId: async () => 9 }, SAVE_ALL_COMMAND)).toBe(2);
    expect(sendToTab).toHaveBeenCalledWith(9, 'saveAll', {});
    expect(await runCommand({ sendToTab, activeTabId: async () => 9 }, SAVE_ALL_COMMAND, { id: 4 })).toBe(2);
    expect(sendToTab).toHaveBeenLastCalledWith(4, 'saveAll', {});
  });

  it('ignores other commands and windows without a tab', async () => {
    const sendToTab = fakeSendToTab();
    expect(await runCommand({ sendToTab, activeTabId: async () => 9 }, 'other')).toBe(0);
    expect(await runCommand({ sendToTab, activeTabId: async () => undefined }, SAVE_ALL_COMMAND)).toBe(0);
    expect(sendToTab).not.toHaveBeenCalled();
  });
});

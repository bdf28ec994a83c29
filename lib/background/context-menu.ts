// The context-menu item on selected text ("leakmark: この選択範囲を保存" / "Save selection"): the
// selection is run through the engine and saved as one incident (selection.ts), with a W3C source
// pointing into the page text when the tab's content script can place the selection, else into the
// selection itself. The tab then rescans so the saved facts are painted.
import type { SelectionSource } from '../messaging/protocol';
import { pageHash } from '../page/hash';
import { saveIncident, sourceFromPage, type Library, type SaveResult, type Source } from '../store';
import type { EngineHost } from './engine-host';
import type { SendToTab } from './handlers';
import { selectionIncident } from './selection';

export const MENU_ID = 'leakmark-save-selection';
const MENU_PAGES = ['http://*/*', 'https://*/*', 'file:///*'];

export interface MenusLike {
  create(props: { id: string; title: string; contexts: string[]; documentUrlPatterns?: string[] }): unknown;
  removeAll(): Promise<void> | void;
}

/** (Re)create the menu item: menus survive restarts in Chrome, not in Firefox; removeAll avoids duplicates. */
export async function installContextMenu(menus: MenusLike, title: string): Promise<void> {
  await menus.removeAll();
  // Only on pages a source may point to (isPageUrl): not on extension, data: or browser pages.
  menus.create({ id: MENU_ID, title, contexts: ['selection'], documentUrlPatterns: MENU_PAGES });
}

export interface SelectionDeps {
  library: () => Promise<Library>;
  engine: EngineHost;
  sendToTab: SendToTab;
  now?: () => Date;
}

export interface ClickInfo {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

export interface ClickTab {
  id?: number;
  title?: string;
  url?: string;
}

/** Save the selection of a context-menu click; null when it is not our item or nothing is selected. */
export async function saveSelection(deps: SelectionDeps, info: ClickInfo, tab?: ClickTab): Promise<SaveResult | null> {
  if (info.menuItemId !== MENU_ID) return null;
  const selected = (info.selectionText ?? '').trim();
  if (!selected) return null;
  const savedAt = (deps.now?.() ?? new Date()).toISOString();

  let placed: SelectionSource = { found: false };
  if (tab?.id !== undefined) {
    placed = await deps.sendToTab(tab.id, 'selectionSource', { text: selected }).catch(() => ({ found: false }) as const);
  }
  const text = placed.found && placed.text.trim() ? placed.text : selected;
  const analysis = await deps.engine.analyze({ text });
  const incident = selectionIncident(text, analysis.incidents);

  const source: Source = placed.found
    ? {
        url: placed.page.url,
        title: placed.page.title,
        quote: placed.quote,
        position: placed.position,
        pageHash: placed.page.pageHash,
        savedAt,
        engineVersion: analysis.engineVersion,
      }
    : sourceFromPage(
        text,
        [0, text.length],
        { url: info.pageUrl ?? tab?.url ?? '', title: tab?.title ?? '', pageHash: pageHash(text), engineVersion: analysis.engineVersion },
        savedAt,
      );
  const result = await saveIncident(await deps.library(), incident, source, savedAt);
  if (tab?.id !== undefined) await deps.sendToTab(tab.id, 'rescan', {}).catch(() => undefined);
  return result;
}

// Wiring of the background: messages, toolbar badge per tab, context menu, keyboard command, tab
// lifecycle. The extension API object and the engine come in as parameters (fakeBrowser in tests).
import type { browser as wxtBrowser } from 'wxt/browser';
import { handleMessages } from '../messaging/client';
import type { BackgroundProtocol, Settings } from '../messaging/protocol';
import { pickLanguage, strings } from '../page/strings';
import { openLibrary, type Library } from '../store';
import { runCommand } from './commands';
import { browserSendToFrame, createFrameRouter, frameAlive, type SendToFrame, type TabsMessaging } from './frames';
import { installContextMenu, saveSelection, type MenusLike } from './context-menu';
import type { EngineHost } from './engine-host';
import { createBackgroundHandlers, type SendToTab } from './handlers';
import { loadSettings, SETTINGS_KEY } from './settings';
import type { StorageAreaLike } from './storage';
import { TabStates, type ActionLike } from './tab-state';

type Browser = typeof wxtBrowser;

export interface BackgroundEnv {
  browser: Browser;
  engine: EngineHost;
  /** Default: openLibrary() (IndexedDB of the background's origin), opened on first use. */
  openLibrary?: () => Promise<Library>;
  /** Messages to one frame of a tab (default: browser.tabs.sendMessage with a frameId). */
  sendToFrame?: SendToFrame;
  /** Messages to "the tab" (default: routed to its frames through sendToFrame). */
  sendToTab?: SendToTab;
}

export interface BackgroundApp {
  tabs: TabStates;
  library: () => Promise<Library>;
  stop(): void;
}

/** Open once; a failed open is retried on the next call. */
function memo<T>(open: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  return () => {
    current ??= open().catch((err) => {
      current = null;
      throw err;
    });
    return current;
  };
}

type LooseBrowser = Browser & {
  browserAction?: ActionLike;
  menus?: MenusLike & Browser['contextMenus'];
};

export function startBackground(env: BackgroundEnv): BackgroundApp {
  const b = env.browser as LooseBrowser;
  const action: ActionLike | null = (b.action as ActionLike | undefined) ?? b.browserAction ?? null;
  const session = (b.storage?.session as StorageAreaLike | undefined) ?? null;
  const local = b.storage.local as unknown as StorageAreaLike;
  const tabs = new TabStates(action, session);
  const library = memo(env.openLibrary ?? (() => openLibrary()));
  const sendToFrame = env.sendToFrame ?? browserSendToFrame(b.tabs as unknown as TabsMessaging);
  // Every frame of a tab runs the content script: messages to "the tab" are routed to its frames.
  const sendToTab: SendToTab = env.sendToTab ?? createFrameRouter(tabs, sendToFrame);
  const stops: Array<() => void> = [];

  stops.push(handleMessages(createBackgroundHandlers({ library, tabs, engine: env.engine, local, sendToTab })));
  stops.push(
    handleMessages<BackgroundProtocol>({
      // A frame's page is going away (pagehide): its findings leave the tab (the others stay).
      frameGone: async (_data, sender) => {
        if (sender.tabId !== undefined) await tabs.dropFrame(sender.tabId, sender.frameId ?? 0, sender.documentId);
        return { ok: true };
      },
    }),
  );

  // Tab lifecycle. A tab that loads (its top page, or any frame: Chrome reports both) keeps only the
  // frames whose reporting document still answers, checked when the load starts and when it ends
  // (the old document may still be there at the start). Where documents cannot be told apart (no
  // documentId: Firefox) the start of a load clears them, as before. A closed tab's state goes.
  const onRemoved = (tabId: number) => void tabs.clear(tabId);
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status !== 'loading' && change.status !== 'complete') return;
    const ping = frameAlive(sendToFrame, tabId);
    const starting = change.status === 'loading';
    void tabs.prune(tabId, async (frame) => (frame.documentId ? ping(frame) : !starting));
  };
  b.tabs.onRemoved.addListener(onRemoved);
  b.tabs.onUpdated.addListener(onUpdated);
  stops.push(() => {
    b.tabs.onRemoved.removeListener(onRemoved);
    b.tabs.onUpdated.removeListener(onUpdated);
  });

  // Context menu on selected text, titled in the UI language (re-titled when the setting changes).
  const menus = (b.contextMenus as unknown as MenusLike | undefined) ?? b.menus;
  if (menus) {
    const uiLanguage = () => {
      try {
        return b.i18n?.getUILanguage?.();
      } catch {
        return undefined;
      }
    };
    const title = (settings: Settings) => strings(pickLanguage(settings.language, uiLanguage())).contextMenu;
    const install = () =>
      loadSettings(local)
        .then((s) => installContextMenu(menus, title(s)))
        .catch((err) => console.debug('leakmark: context menu', err));
    void install();
    const onClicked = (
      info: { menuItemId: string | number; selectionText?: string; pageUrl?: string; frameId?: number },
      tab?: { id?: number; title?: string; url?: string },
    ) => {
      // The selection is in the frame that was right-clicked: ask that frame, rescan that frame.
      const inFrame = info.frameId !== undefined ? createFrameRouter(tabs, sendToFrame, info.frameId) : sendToTab;
      saveSelection({ library, engine: env.engine, sendToTab: inFrame }, info, tab).catch((err) => console.debug('leakmark: save selection', err));
    };
    b.contextMenus?.onClicked?.addListener(onClicked as never);
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) void install();
    };
    b.storage.onChanged.addListener(onStorage);
    stops.push(() => {
      b.contextMenus?.onClicked?.removeListener(onClicked as never);
      b.storage.onChanged.removeListener(onStorage);
    });
  }

  // Keyboard command: save all on the current tab.
  if (b.commands?.onCommand) {
    const activeTabId = async () => (await b.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    const onCommand = (command: string, tab?: { id?: number }) => {
      runCommand({ sendToTab, activeTabId }, command, tab).catch((err) => console.debug('leakmark: command', err));
    };
    b.commands.onCommand.addListener(onCommand);
    stops.push(() => b.commands.onCommand.removeListener(onCommand));
  }

  return {
    tabs,
    library,
    stop() {
      for (const stop of stops.splice(0)) stop();
    },
  };
}

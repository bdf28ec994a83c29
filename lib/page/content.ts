// The content script's wiring: settings gate, scan controller, the page app (created only once a page
// passes the pre-filter), messages from the background, reactions to settings changes and SPA
// navigation. Everything hangs off `signal` (WXT's ctx.signal) and no exception reaches the page.
import { mightBeBreachPage } from '../dom/prefilter';
import type { Handlers } from '../messaging/client';
import type { ContentProtocol, Settings } from '../messaging/protocol';
import { loadDismissals } from '../background/dismissals';
import { loadSettings, sanitizeSettings, SETTINGS_KEY, siteEnabled } from '../background/settings';
import type { StorageAreaLike } from '../background/storage';
import { createPageApp, type PageApp, type Send } from './app';
import { createScanController, isOwnMutation, type ScanController } from './controller';
import { pickLanguage } from './strings';
import type { PageUiOptions } from './toolbar';

export interface ContentEnv {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  send: Send;
  /** Answer the background's ContentProtocol messages; returns the stop function. */
  handle: (handlers: Handlers<ContentProtocol>) => () => void;
  /** storage.local (settings, dismissals). */
  local: StorageAreaLike;
  /** storage.onChanged subscription; returns the stop function. */
  onStorageChange: (cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void) => () => void;
  /** SPA navigation (wxt:locationchange). */
  onLocationChange?: (cb: () => void) => void;
  uiLanguage: () => string | undefined;
  /** Tests only (see PageAppOptions.ui). */
  ui?: PageUiOptions;
  /** See PageAppOptions.documentStyles. */
  documentStyles?: boolean;
}

export interface PageExperience {
  controller: ScanController;
  app: () => PageApp | null;
}

export function startPageExperience(env: ContentEnv): PageExperience {
  const { doc, win, signal } = env;
  let settings: Settings | null = null;
  let app: PageApp | null = null;
  let watchingLocation = false;

  const currentSettings = async () => (settings ??= await loadSettings(env.local));
  const getApp = async (): Promise<PageApp> => {
    if (app) return app;
    const lang = pickLanguage((await currentSettings()).language, env.uiLanguage());
    app = createPageApp({ doc, win, signal, send: env.send, lang, loadDismissed: (url) => loadDismissals(env.local, url), ui: env.ui, documentStyles: env.documentStyles });
    // SPA navigation on a page that has something: look again (the URL is part of what is reported).
    // Registered only now, so quiet pages never carry the location watcher.
    if (!watchingLocation) {
      watchingLocation = true;
      env.onLocationChange?.(safe(() => controller.request()));
    }
    return app;
  };

  const controller = createScanController({
    doc,
    signal,
    prefilter: () => mightBeBreachPage(doc),
    enabled: async () => siteEnabled(await currentSettings(), doc.location?.href ?? ''),
    scan: async (reason) => {
      await (await getApp()).scan({ force: reason === 'request' });
    },
    isOwnMutation,
  });

  const safe =
    <A extends unknown[]>(fn: (...args: A) => unknown) =>
    (...args: A) => {
      try {
        const out = fn(...args);
        if (out instanceof Promise) out.catch((err) => console.debug('leakmark:', err));
      } catch (err) {
        console.debug('leakmark:', err);
      }
    };

  const stopMessages = env.handle({
    saveAll: async () => ({ saved: app ? await app.saveAll() : 0 }),
    saveOne: async ({ index }) => {
      if (!app) throw new Error('Nothing was found on this page.');
      return app.saveIndex(index);
    },
    rescan: async () => {
      await controller.request({ force: true });
      return { ok: true };
    },
    reveal: async ({ recordId }) => ({ found: app ? await app.reveal(recordId) : false }),
    selectionSource: async ({ text }) => (await getApp()).selectionSource(text),
  });

  const stopStorage = env.onStorageChange(
    safe(async (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      const before = settings;
      settings = sanitizeSettings(changes[SETTINGS_KEY]!.newValue);
      if (!siteEnabled(settings, doc.location?.href ?? '')) {
        app?.clear();
        return;
      }
      if (before && before.language !== settings.language && app) {
        app.clear(false);
        app = null;
      }
      if (controller.passed) await controller.request();
    }),
  );

  signal.addEventListener('abort', () => {
    stopMessages();
    stopStorage();
    controller.stop();
  });

  void controller.start().catch((err) => console.debug('leakmark: start', err));
  return { controller, app: () => app };
}

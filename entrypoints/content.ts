// Content script: the page experience (pre-filter, highlights, save buttons, legend, cards). Wiring
// only: see lib/page/content.ts. Nothing here may throw into the page.
import { browser } from 'wxt/browser';
import { handleMessages, sendToBackground } from '../lib/messaging/client';
import type { ContentProtocol } from '../lib/messaging/protocol';
import type { StorageAreaLike } from '../lib/background/storage';
import { startPageExperience } from '../lib/page/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      startPageExperience({
        doc: document,
        win: window,
        signal: ctx.signal,
        send: sendToBackground,
        handle: (handlers) => handleMessages<ContentProtocol>(handlers),
        local: browser.storage.local as unknown as StorageAreaLike,
        onStorageChange: (cb) => {
          browser.storage.onChanged.addListener(cb as never);
          return () => browser.storage.onChanged.removeListener(cb as never);
        },
        onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
        uiLanguage: () => browser.i18n.getUILanguage(),
      });
    } catch (err) {
      console.debug('leakmark: content script failed to start', err);
    }
  },
});

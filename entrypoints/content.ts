// Content script: the page experience (pre-filter, highlights, save buttons, legend, cards). Wiring
// only: see lib/page/content.ts. Runs in every frame; each frame scans itself and the background adds
// the frames of a tab up. Nothing here may throw into the page.
import { browser } from 'wxt/browser';
import { handleMessages, sendToBackground } from '../lib/messaging/client';
import type { ContentProtocol } from '../lib/messaging/protocol';
import type { StorageAreaLike } from '../lib/background/storage';
import { isTinyFrame } from '../lib/dom/frame';
import { shadowRootsSeen } from '../lib/dom/prefilter';
import { openShadowRoots } from '../lib/dom/shadow-roots';
import { watchShadowRoots } from '../lib/dom/shadow-watch';
import { isOwnMutation } from '../lib/page/controller';
import { startPageExperience } from '../lib/page/content';
// The highlight colours, in the manifest's css for this script: in the page before its first style, so
// painting later adds no sheet (see HighlighterOptions.documentStyles).
import '../assets/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame scans itself (notices are often shown in an iframe); the background adds the frames of
  // a tab up (lib/background/tab-state.ts). Not about:blank/srcdoc frames (matchAboutBlank): the page
  // app would report and save "about:srcdoc" as the notice's URL.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      // Ads, trackers and hidden frames: too small to show a notice. Nothing is started in them.
      if (isTinyFrame(window)) return;
      const experience = startPageExperience({
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
        documentStyles: true,
      });
      // Content that arrives later inside the open shadow roots the pre-filter met (the controller's
      // observer sees only the light DOM): check again, within the watcher's own limits. Pages without
      // shadow roots watch nothing. The roots nested in watched ones are added after each change.
      const watch = watchShadowRoots({
        signal: ctx.signal,
        isOwnMutation,
        roots: () => {
          const seen = shadowRootsSeen(document);
          return [...seen, ...seen.flatMap((root) => openShadowRoots(root, { maxElements: 2_000, maxRoots: 10 }))];
        },
        onChange: () => {
          experience.controller
            .request()
            .then(() => watch.refresh())
            .catch(() => undefined);
        },
      });
      watch.refresh();
      // The background asks "still there?" after a load in the tab; frames that do not answer lose
      // their findings.
      const stopPing = handleMessages<ContentProtocol>({ framePing: () => ({ ok: true }) });
      ctx.signal.addEventListener('abort', stopPing);
      // Leaving the page (navigation, the frame removed, bfcache): the tab's findings from this
      // document go. Only documents that scanned tell: quiet pages send nothing.
      ctx.addEventListener(window, 'pagehide', () => {
        if (experience.app()) sendToBackground('frameGone', {}).catch(() => undefined);
      });
      // Back from the bfcache: report again (the text did not change, so the scan must be forced).
      ctx.addEventListener(window, 'pageshow', (event) => {
        if ((event as PageTransitionEvent).persisted && experience.app()) {
          experience.controller.request({ force: true }).catch(() => undefined);
        }
      });
    } catch (err) {
      console.debug('leakmark: content script failed to start', err);
    }
  },
});

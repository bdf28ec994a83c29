// Background: owns the library database, runs the engine for pages (through the offscreen document in
// Chrome, here in Firefox), keeps per-tab state and the badge. Wiring only: see lib/background/.
import { browser } from 'wxt/browser';
import { createEngineHost } from '../lib/background/engine-host';
import { createOffscreenClient, type OffscreenApi } from '../lib/background/offscreen-client';
import { startBackground } from '../lib/background/start';
import { createTokenizerGate } from '../lib/background/tokenizer-gate';
import { sendToOffscreen } from '../lib/messaging/client';
import { ENGINE_VERSION, extractIncidents } from '../lib/pipeline';

export default defineBackground(() => {
  try {
    const offscreenApi = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
    const offscreen =
      !import.meta.env.FIREFOX && offscreenApi
        ? createOffscreenClient({ offscreen: offscreenApi, send: (page, waitMs) => sendToOffscreen('offscreen:analyze', { page, waitMs }) })
        : null;
    // Firefox (MV2): no offscreen documents; the persistent background page builds kuromoji itself.
    const tokenizer = import.meta.env.FIREFOX
      ? createTokenizerGate(() => import('../lib/tokenizer/kuromoji-browser').then((m) => m.loadKuromojiBrowser()))
      : null;
    const engine = createEngineHost({ run: extractIncidents, engineVersion: ENGINE_VERSION, offscreen, tokenizer });
    startBackground({ browser, engine });
  } catch (err) {
    console.debug('leakmark: background failed to start', err);
  }
});

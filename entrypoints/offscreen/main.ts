// Offscreen document (Chrome MV3 only): the one place kuromoji is built, once, for every tab. The
// background creates it on the first page that passes the pre-filter and sends it offscreen:analyze.
import { createOffscreenEngine } from '../../lib/background/offscreen-engine';
import { createTokenizerGate } from '../../lib/background/tokenizer-gate';
import { handleMessages } from '../../lib/messaging/client';
import type { OffscreenProtocol } from '../../lib/messaging/protocol';
import { ENGINE_VERSION, extractIncidents } from '../../lib/pipeline';
import { loadKuromojiBrowser } from '../../lib/tokenizer/kuromoji-browser';

try {
  // The background decides how long a request may wait for the first build (waitMs).
  const tokenizer = createTokenizerGate(() => loadKuromojiBrowser(), { firstWaitMs: 60_000 });
  const engine = createOffscreenEngine({ run: extractIncidents, engineVersion: ENGINE_VERSION, tokenizer });
  handleMessages<OffscreenProtocol>({
    'offscreen:analyze': ({ page, waitMs }) => engine.analyze(page, waitMs ?? 0),
  });
} catch (err) {
  console.debug('leakmark: offscreen engine failed to start', err);
}

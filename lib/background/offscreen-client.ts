// The background's side of the offscreen document (Chrome MV3): create it on first use (once, even
// when requests race), then ask it to analyze. The document outlives service-worker restarts, so an
// existing one is reused.
import type { AnalyzeResult } from '../messaging/protocol';
import type { PageText } from '../types';
import type { OffscreenEngine } from './engine-host';

export interface OffscreenApi {
  createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export interface OffscreenClientOptions {
  offscreen: OffscreenApi;
  /** sendToOffscreen('offscreen:analyze', …). */
  send: (page: PageText, waitMs: number) => Promise<AnalyzeResult>;
  url?: string;
  /** Pause before the one retry when the document's listener was not up yet. */
  retryMs?: number;
}

export const OFFSCREEN_URL = 'offscreen.html';
export const OFFSCREEN_JUSTIFICATION = 'Run the Japanese tokenizer (kuromoji) once for all tabs';

export function createOffscreenClient(opts: OffscreenClientOptions): OffscreenEngine & { ensure(): Promise<void> } {
  const url = opts.url ?? OFFSCREEN_URL;
  const retryMs = opts.retryMs ?? 150;
  let creating: Promise<void> | null = null;

  const ensure = (): Promise<void> => {
    creating ??= (async () => {
      if (await opts.offscreen.hasDocument?.().catch(() => false)) return;
      try {
        await opts.offscreen.createDocument({ url, reasons: ['WORKERS'], justification: OFFSCREEN_JUSTIFICATION });
      } catch (err) {
        // Another request (or an earlier service-worker life) created it already.
        if (!/single offscreen|already/i.test(String((err as Error)?.message ?? err))) throw err;
      }
    })().catch((err) => {
      creating = null;
      throw err;
    });
    return creating;
  };

  return {
    ensure,
    async analyze(page, waitMs) {
      await ensure();
      try {
        return await opts.send(page, waitMs);
      } catch (err) {
        if (!/receiving end|could not establish/i.test(String((err as Error)?.message ?? err))) throw err;
        // Its listener was not up yet, or the document was closed: make sure it exists, retry once.
        creating = null;
        await ensure();
        await new Promise((resolve) => setTimeout(resolve, retryMs));
        return opts.send(page, waitMs);
      }
    },
  };
}

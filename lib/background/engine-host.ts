// Where the engine runs for the background's `analyze`, off every page's main thread:
//  - Chrome (MV3): in the offscreen document, which holds the one kuromoji build for all tabs. When
//    the document cannot be created or does not answer in time, the service worker runs the engine
//    itself without the tokenizer (the engine works without it, slightly worse on organisations).
//  - Firefox (MV2): in the background page, with kuromoji built there (TokenizerGate).
// Nobody ever waits on kuromoji's first build for more than ~1.5 s.
import type { AnalyzeResult } from '../messaging/protocol';
import type { Incident, PageText, Tokenizer } from '../types';
import type { TokenizerGate } from './tokenizer-gate';

export interface OffscreenEngine {
  analyze(page: PageText, waitMs: number): Promise<AnalyzeResult>;
}

export interface EngineHostOptions {
  /** The engine (extractIncidents). */
  run: (page: PageText, options: { tokenizer?: Tokenizer }) => Incident[];
  engineVersion: string;
  /** Chrome: the offscreen document's engine. */
  offscreen?: OffscreenEngine | null;
  /** Firefox: kuromoji built in this context. */
  tokenizer?: TokenizerGate | null;
  /** How long the offscreen document may wait for kuromoji's first build. */
  firstWaitMs?: number;
  /** How long the offscreen document may take in all before the engine runs here instead. */
  offscreenTimeoutMs?: number;
  /** After this many failures in a row the offscreen document is not asked any more. */
  maxOffscreenFailures?: number;
  now?: () => number;
}

export interface EngineHost {
  analyze(page: PageText): Promise<AnalyzeResult>;
}

export function createEngineHost(opts: EngineHostOptions): EngineHost {
  const { run, engineVersion, offscreen, tokenizer } = opts;
  const firstWaitMs = opts.firstWaitMs ?? 1500;
  const timeoutMs = opts.offscreenTimeoutMs ?? 10_000;
  const maxFailures = opts.maxOffscreenFailures ?? 3;
  const now = opts.now ?? (() => Date.now());
  let failures = 0;
  let offscreenDeadline: number | null = null;

  const local = async (page: PageText): Promise<AnalyzeResult> => {
    const tok = tokenizer ? await tokenizer.get() : undefined;
    return { incidents: run(page, tok ? { tokenizer: tok } : {}), tokenizer: !!tok, engineVersion };
  };

  return {
    async analyze(page) {
      if (offscreen && failures < maxFailures) {
        offscreenDeadline ??= now() + firstWaitMs;
        const waitMs = Math.max(0, offscreenDeadline - now());
        try {
          const answer = await withTimeout(offscreen.analyze(page, waitMs), timeoutMs + waitMs);
          failures = 0;
          return answer;
        } catch (err) {
          failures++;
          console.debug('leakmark: offscreen engine unavailable, running here', err);
        }
      }
      return local(page);
    },
  };
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

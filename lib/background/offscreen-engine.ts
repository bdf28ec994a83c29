// The engine as the offscreen document runs it (Chrome): kuromoji starts building as soon as the
// document loads; each request waits for it at most `waitMs` (the background's deadline) and
// otherwise runs without it.
import type { AnalyzeResult } from '../messaging/protocol';
import type { Incident, PageText, Tokenizer } from '../types';
import type { TokenizerGate } from './tokenizer-gate';

export interface OffscreenEngineOptions {
  run: (page: PageText, options: { tokenizer?: Tokenizer }) => Incident[];
  engineVersion: string;
  tokenizer: TokenizerGate;
}

export function createOffscreenEngine({ run, engineVersion, tokenizer }: OffscreenEngineOptions) {
  tokenizer.start();
  return {
    async analyze(page: PageText, waitMs = 0): Promise<AnalyzeResult> {
      const tok = await tokenizer.get(waitMs);
      return { incidents: run(page, tok ? { tokenizer: tok } : {}), tokenizer: !!tok, engineVersion };
    },
  };
}

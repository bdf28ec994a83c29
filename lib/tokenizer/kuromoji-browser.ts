// kuromoji (IPADIC) as the engine's Tokenizer in an extension page: the offscreen document (Chrome) or
// the background page (Firefox). The dictionary is the extension's own files (dict/*.dat.gz, copied
// there at build time), fetched by @sglkc/kuromoji; never anything from the network.
// Pitfall: kuromoji joins dicPath and file names and collapses every run of slashes, so a full
// chrome-extension:// URL breaks ('chrome-extension:/id/…'); a root-relative path like '/dict/' works.
import * as kuromojiModule from '@sglkc/kuromoji';
import type { IpadicFeatures, Tokenizer as KuromojiTokenizer } from '@sglkc/kuromoji';
import type { Token, Tokenizer } from '../types';
import { adaptKuromojiTokens } from './adapt';

export const BROWSER_DIC_PATH = '/dict/';

type Builder = { build(cb: (err: unknown, tokenizer: KuromojiTokenizer<IpadicFeatures>) => void): void };
type KuromojiLike = { builder(options: { dicPath: string }): Builder };

/** The CommonJS module, whichever way the bundler exposes it. */
function kuromojiApi(): KuromojiLike {
  const mod = kuromojiModule as unknown as KuromojiLike & { default?: KuromojiLike };
  return typeof mod.builder === 'function' ? mod : mod.default!;
}

/** Build kuromoji from the extension's dictionary (about a second). Rejects when it cannot be read. */
export async function loadKuromojiBrowser(dicPath: string = BROWSER_DIC_PATH, api: KuromojiLike = kuromojiApi()): Promise<Tokenizer> {
  const built = await new Promise<KuromojiTokenizer<IpadicFeatures>>((resolve, reject) => {
    let settled = false;
    try {
      api.builder({ dicPath }).build((err, tokenizer) => {
        if (settled) return; // the loader may call back twice on an HTTP error
        settled = true;
        if (err || !tokenizer) reject(err instanceof Error ? err : new Error(`kuromoji: ${String(err)}`));
        else resolve(tokenizer);
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
  return {
    tokenize(text: string): Token[] {
      return text === '' ? [] : adaptKuromojiTokens(text, built.tokenize(text));
    },
  };
}

// kuromoji (IPADIC) as the engine's Tokenizer, on the Node side (CLI, eval, tests).
//
// Pitfalls handled here:
// - The dictionary loader joins dicPath and file names with '/' and then collapses every run of
//   slashes, so 'file://…' URLs and '//server/share' paths break; we pass a plain absolute path
//   (file: URLs are converted first).
// - kuromoji's word_position is 1-based and only right because every sentence it splits off ends in a
//   one-character 、/。 (it adds the previous token's start to the next sentence's offsets). We do not
//   rely on it: 0-based offsets come from walking each surface form through the input.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpadicFeatures, Tokenizer as KuromojiTokenizer } from '@sglkc/kuromoji';
import type { Token, Tokenizer } from '../types';
import { adaptKuromojiTokens } from './adapt';

type Kuromoji = typeof import('@sglkc/kuromoji');

const require = createRequire(import.meta.url);

/** The dictionary directory shipped with @sglkc/kuromoji. */
export function defaultKuromojiDicPath(): string {
  return path.join(path.dirname(require.resolve('@sglkc/kuromoji/package.json')), 'dict');
}

function resolveDicPath(dicPath: string | undefined): string {
  if (dicPath === undefined) return defaultKuromojiDicPath();
  return path.resolve(dicPath.startsWith('file:') ? fileURLToPath(dicPath) : dicPath);
}

export { adaptKuromojiTokens };

/**
 * Builds kuromoji from its dictionary directory (default: the one in node_modules/@sglkc/kuromoji/dict).
 * Takes about a second; build once and reuse the result. Rejects when the dictionary cannot be read.
 */
export async function loadKuromojiTokenizer(dicPath?: string): Promise<Tokenizer> {
  const dir = resolveDicPath(dicPath);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`kuromoji dictionary directory not found: ${dir}`);
  }
  const kuromoji = require('@sglkc/kuromoji') as Kuromoji;
  const built = await new Promise<KuromojiTokenizer<IpadicFeatures>>((resolve, reject) => {
    try {
      kuromoji.builder({ dicPath: dir }).build((err, tokenizer) => {
        if (err) reject(err instanceof Error ? err : new Error(String(err)));
        else resolve(tokenizer);
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
  return {
    tokenize(text: string): Token[] {
      if (text === '') return [];
      return adaptKuromojiTokens(text, built.tokenize(text));
    },
  };
}

// kuromoji's tokens → the engine's Token, shared by the Node and the browser loaders (this file imports
// nothing from Node, so the browser bundle can use it).
import type { IpadicFeatures } from '@sglkc/kuromoji';
import type { Token } from '../types';

/**
 * Maps kuromoji tokens to ours, with 0-based offsets found by walking the surface forms through text
 * (kuromoji's own word_position is 1-based and drifts across sentences).
 */
export function adaptKuromojiTokens(text: string, tokens: readonly IpadicFeatures[]): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  for (const t of tokens) {
    const surface = t.surface_form;
    let start = text.startsWith(surface, cursor) ? cursor : text.indexOf(surface, cursor);
    if (start < 0) start = cursor; // never seen; keep offsets monotonic rather than fail
    cursor = start + surface.length;
    out.push({ surface, start, pos: t.pos ?? '', posDetail1: t.pos_detail_1 ?? '', posDetail2: t.pos_detail_2 ?? '' });
  }
  return out;
}

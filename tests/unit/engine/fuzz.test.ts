// Property-based fuzzing of the engine: random and mutated notices never make it throw, and every
// incident it returns is valid (spans inside the text, counts that parse back from their own text,
// categories and causes from the vocabulary).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { extractIncidents } from '../../../lib/pipeline';
import { extractCounts } from '../../../lib/extract/counts';
import { CATEGORY_KEYS, CAUSE_KEYS } from '../../../lib/vocabulary';
import type { Incident } from '../../../lib/types';

const seedDir = new URL('../../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedDir).map((f) => readFileSync(new URL(f, seedDir), 'utf8'));

/** Pieces notices are made of, so random strings look like notices often enough to exercise rules. */
const TOKENS = [
  '個人情報', '流出', '漏えい', 'した可能性', 'があります', 'はありません', '。', '、', '\n', '・', '【事件簿#1】',
  '■', '約', '最大で', '2,446', '7.2', '万', '件', '名', '人分', '円', 'ファイル', '氏名', '住所', 'クレジットカード番号',
  '株式会社', '市', 'は9月28日、', '令和6年7月26日', '不正アクセス', 'ランサムウェア', '誤送信', '(', ')', ':', ' ',
  '数万', '以上', 'を超える', '合計', '\uD800', '0', '9',
];

function checkValid(text: string, incidents: Incident[]): void {
  let last = -1;
  for (const inc of incidents) {
    const [s, e] = inc.span;
    expect(s).toBeGreaterThanOrEqual(0);
    expect(e).toBeLessThanOrEqual(text.length);
    expect(s).toBeLessThan(e);
    expect(s).toBeGreaterThanOrEqual(last);
    last = e;
    for (const c of inc.counts) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      const again = extractCounts(c.text, 0, c.text.length);
      expect(again.length).toBeGreaterThan(0);
      expect(again[0]!.value).toBe(c.value);
    }
    for (const k of inc.categories) expect(CATEGORY_KEYS).toContain(k);
    if (inc.cause !== null) expect(CAUSE_KEYS).toContain(inc.cause);
    if (inc.total_affected !== null) expect(Number.isFinite(inc.total_affected)).toBe(true);
  }
}

describe('engine fuzzing', () => {
  it('survives token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        checkValid(text, extractIncidents({ text }));
      }),
      { numRuns: 400 },
    );
  });

  it('survives mutated seed notices', () => {
    const mutation = fc.record({
      seed: fc.nat({ max: seeds.length - 1 }),
      edits: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fc.string({ maxLength: 8 })), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(mutation, ({ seed, edits }) => {
        let text = seeds[seed]!;
        for (const [where, del, insert] of edits) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + insert + text.slice(at + del);
        }
        checkValid(text, extractIncidents({ text }));
      }),
      { numRuns: 150 },
    );
  });

  it('survives arbitrary unicode and block lists', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.array(fc.tuple(fc.nat(3000), fc.nat(3000))), (text, raw) => {
        const blocks = raw.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b), kind: 'h2' as const }));
        checkValid(text, extractIncidents({ text, blocks }));
      }),
      { numRuns: 200 },
    );
  });
});

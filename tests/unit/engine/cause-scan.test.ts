// The cause scan tries each cause's pattern only where the first two units of one of its matches
// stand (startPairs, read off the pattern). These tests check that nothing is missed: the scan must
// find exactly what one global regex per cause finds, on every fixture and on random text made of
// the patterns' own pieces.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { CAUSE_PATTERNS, CAUSE_PRECEDENCE, causeMatches } from '../../../lib/extract/cause';
import { firstUnits, startPairs } from '../../../lib/text/gated-scan';
import { foldWidth } from '../../../lib/text/normalize';
import { htmlToPageText, decodeHtmlBytes } from '../../../lib/html/visible-text';
import { CAUSES } from '../../../lib/vocabulary';

const show = (pairs: Map<number, ReadonlySet<number> | null>) =>
  [...pairs]
    .map(([u, next]) => String.fromCharCode(u) + ':' + (next === null ? '*' : String.fromCharCode(...[...next].sort((a, b) => a - b))))
    .sort()
    .join(' ');

describe('startPairs / firstUnits', () => {
  const rows: Array<[RegExp, string]> = [
    [/abc|d?e/, 'a:b d:e e:*'],
    [/(?:x|y)*z/, 'x:xyz y:xyz z:*'],
    [/(?<!q)w|(?=g)h/, 'h:* w:*'],
    [/x\d{2,}件/, 'x:0123456789'],
    [/(?:ab)+c|(?:de)*f/, 'a:b d:e f:*'],
    [/宛先[^。]{0,10}?(?:誤|間違)/, '宛:先'],
    [/(?:職員|社員)(?:\d+名)?(?:が|は)/, '社:員 職:員'],
    [/ウ[イィ]ルス|X\(旧/, 'X:( ウ:ィイ'],
    [/a[^b]c/, 'a:*'],
    [/\u3000?あ/, '\u3000:あ あ:*'],
  ];
  it.each(rows)('reads the start pairs of %s', (re, expected) => expect(show(startPairs(re))).toBe(expected));
  it('lists first units', () => expect(firstUnits(/不正|流出|(?<!二次)漏えい/)).toBe('不流漏'));
  const refused: RegExp[] = [/a?/, /[^a]b/, /x|.y/, /(?:a?)*b/, /\Da/, /abc/i, /a*/];
  it.each(refused)('refuses to guess for %s', (re) => expect(() => startPairs(re)).toThrow());
});

/** What one global regex per cause finds, in the order the scan reports: by position, then by precedence. */
function globalMatches(str: string): Array<{ cause: number; index: number; text: string }> {
  const out: Array<{ cause: number; index: number; text: string }> = [];
  CAUSE_PRECEDENCE.forEach((key, cause) => {
    const re = new RegExp(CAUSE_PATTERNS[key]!.source, 'g');
    for (const m of str.matchAll(re)) if (m[0].length > 0) out.push({ cause, index: m.index, text: m[0] });
  });
  return out.sort((a, b) => a.index - b.index || a.cause - b.cause);
}

function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const dir of ['seeds', 'synthetic', 'pages', 'hostile']) {
    const url = new URL(`../../fixtures/${dir}/`, import.meta.url);
    for (const f of readdirSync(url)) {
      if (f.endsWith('.txt')) texts.push(readFileSync(new URL(f, url), 'utf8'));
      else if (f.endsWith('.html')) texts.push(htmlToPageText(decodeHtmlBytes(readFileSync(new URL(f, url)))).text);
    }
  }
  return texts.map(foldWidth);
}

/** mulberry32, so the random texts are the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('causeMatches', () => {
  it('finds what the global regexes find on every fixture page', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(causeMatches(text)).toEqual(globalMatches(text));
  });

  it('finds what the global regexes find on random text made of the patterns’ pieces', () => {
    const random = rng(20261203);
    // Pieces: the vocabulary's surfaces, runs of the patterns' own characters, and common filler.
    const surfaces = Object.values(CAUSES).flatMap((c) => c.ja);
    const sources = CAUSE_PRECEDENCE.map((k) => CAUSE_PATTERNS[k]!.source.replace(/[\\()[\]{}?*+|^$!=<:]/g, ''));
    const filler = 'のがはをに、。\n 0123名(（)）・等情報データ職員社員誤って宛先BCC';
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      while (s.length < 20 + random() * 200) {
        const r = random();
        if (r < 0.3) s += pick(surfaces);
        else if (r < 0.7) {
          const src = pick(sources);
          const at = Math.floor(random() * src.length);
          s += src.slice(at, at + 1 + Math.floor(random() * 6));
        } else s += pick([...filler]);
      }
      expect(causeMatches(s)).toEqual(globalMatches(s));
    }
  });

  it('every match begins with one of its cause’s start pairs (the gate misses none)', () => {
    const pairs = CAUSE_PRECEDENCE.map((k) => startPairs(CAUSE_PATTERNS[k]!));
    for (const text of fixtureTexts()) {
      for (const m of globalMatches(text)) {
        const next = pairs[m.cause]!.get(m.text.charCodeAt(0));
        expect(next, `${CAUSE_PRECEDENCE[m.cause]} ${m.text}`).toBeDefined();
        if (next) expect(next.has(m.text.charCodeAt(1)), `${CAUSE_PRECEDENCE[m.cause]} ${m.text}`).toBe(true);
      }
    }
  });
});

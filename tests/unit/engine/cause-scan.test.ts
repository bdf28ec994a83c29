// The cause and leak-word scans try a pattern only where the first units of one of its matches
// stand (startTrie / startPairs, read off the pattern). These tests check that nothing is missed:
// each scan must find exactly what the plain regex finds, on every fixture page and on random text
// drawn from the patterns themselves.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { CAUSE_PATTERNS, CAUSE_PRECEDENCE, causeMatches, extractCause } from '../../../lib/extract/cause';
import { firstUnits, gatedMatches, pairGatedMatches, pairGateOf, startPairs, startTrie } from '../../../lib/text/gated-scan';
import { findLeakStatements, LEAK_GATE, LEAK_PAIRS, LEAK_WORD, LEAK_WORD_STICKY } from '../../../lib/detect/leak-statements';
import { sentences, within } from '../../../lib/text/lines';
import { foldWidth } from '../../../lib/text/normalize';
import { htmlToPageText, decodeHtmlBytes } from '../../../lib/html/visible-text';
import { CAUSES } from '../../../lib/vocabulary';
import { rng } from '../../support/rng';

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


/**
 * A random string the pattern's source describes (lookarounds skipped, a negated class or a dot
 * replaced by a filler unit): every alternative gets drawn, which a list of words can miss.
 */
function sample(source: string, random: () => number): string {
  let pos = 0;
  const filler = 'のが、。 0a';
  const pick = (s: string) => s[Math.floor(random() * s.length)]!;
  const alternation = (): string[] => {
    const alts: string[][] = [[]];
    while (pos < source.length && source[pos] !== ')') {
      if (source[pos] === '|') {
        pos++;
        alts.push([]);
        continue;
      }
      alts[alts.length - 1]!.push(...quantified());
    }
    return alts[Math.floor(random() * alts.length)]!;
  };
  const quantified = (): string[] => {
    const gen = atom();
    let min = 1;
    let max = 1;
    const q = /^(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(pos));
    if (q && !(q[0].startsWith('{') && q[1] === undefined)) {
      pos += q[0].length;
      if (q[0][0] === '?') [min, max] = [0, 1];
      else if (q[0][0] === '*') [min, max] = [0, 3];
      else if (q[0][0] === '+') [min, max] = [1, 3];
      else [min, max] = [Number(q[1]), q[2] === undefined ? Number(q[1]) : q[3] === '' ? Number(q[1]) + 3 : Number(q[3])];
    }
    const n = min + Math.floor(random() * (max - min + 1));
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(gen());
    return out;
  };
  const atom = (): (() => string) => {
    const c = source[pos]!;
    if (c === '(') {
      pos++;
      const look = /^\?(?:<?[=!])/.exec(source.slice(pos));
      if (look) pos += look[0].length;
      else if (source.startsWith('?:', pos)) pos += 2;
      const start = pos;
      alternation();
      pos++; // ')'
      if (look) return () => '';
      return () => {
        const saved = pos;
        pos = start;
        const s = alternation().join('');
        pos = saved;
        return s;
      };
    }
    if (c === '[') {
      const close = source.indexOf(']', pos + 1 + (source[pos + 1] === '^' ? 1 : 0));
      const body = source.slice(pos + 1, close);
      pos = close + 1;
      if (body.startsWith('^')) return () => pick(filler);
      const units: string[] = [];
      for (let i = 0; i < body.length; i++) {
        if (body[i] === '\\') units.push(body[++i]!);
        else if (body[i + 1] === '-' && i + 2 < body.length) {
          for (let u = body.charCodeAt(i); u <= body.charCodeAt(i + 2); u++) units.push(String.fromCharCode(u));
          i += 2;
        } else units.push(body[i]!);
      }
      return () => pick(units.join(''));
    }
    pos++;
    if (c === '\\') {
      const e = source[pos++]!;
      if (e === 'd') return () => pick('0123456789');
      if (e === 's') return () => pick(' \u3000');
      return () => e;
    }
    if (c === '.') return () => pick(filler);
    return () => c;
  };
  return alternation().join('');
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
        if (r < 0.15) s += pick(surfaces);
        else if (r < 0.3) s += sample(CAUSE_PATTERNS[pick(CAUSE_PRECEDENCE)]!.source, random);
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

describe('startTrie', () => {
  const show3 = (t: ReturnType<typeof startTrie>): string[] => {
    const out: string[] = [];
    const walk = (node: ReturnType<typeof startTrie> | null, prefix: string) => {
      if (prefix.length === 3) return void out.push(prefix);
      if (node === null) return void out.push(prefix + '*');
      for (const [u, next] of node) walk(next, prefix + String.fromCharCode(u));
    };
    walk(t, '');
    return out.sort();
  };
  it('reads three units deep', () =>
    expect(show3(startTrie(/メールアカウント|乗っ取|紛失|a[bc]+d/, 3))).toEqual(['abb', 'abc', 'abd', 'acb', 'acc', 'acd', 'メール', '乗っ取', '紛失*']));
  it('every cause match begins with three units of its trie', () => {
    const tries = CAUSE_PRECEDENCE.map((k) => startTrie(CAUSE_PATTERNS[k]!, 3));
    for (const text of fixtureTexts()) {
      for (const m of globalMatches(text)) {
        let node: ReturnType<typeof startTrie> | null | undefined = tries[m.cause]!;
        for (let d = 0; d < 3 && node !== null; d++) {
          node = node!.get(m.text.charCodeAt(d));
          expect(node, `${CAUSE_PRECEDENCE[m.cause]} ${m.text}`).toBeDefined();
        }
      }
    }
  });
});

describe('pairGatedMatches (leak words)', () => {
  const gate = LEAK_PAIRS;
  const same = (text: string, start: number, end: number) => {
    const a = pairGatedMatches(text, start, end, gate, LEAK_WORD_STICKY).map((m) => [m.index, m[0]]);
    const b = gatedMatches(text, start, end, LEAK_GATE, LEAK_WORD_STICKY).map((m) => [m.index, m[0]]);
    expect(a).toEqual(b);
  };
  it('refuses a regex whose match may be one unit long', () => expect(() => pairGateOf(/ab|c/)).toThrow());
  it('finds what gatedMatches finds on every fixture page, whole and in pieces', () => {
    for (const text of fixtureTexts()) {
      same(text, 0, text.length);
      for (let at = 0; at < text.length; at += 997) same(text, at, Math.min(text.length, at + 1500));
    }
  });
  it('finds what gatedMatches finds on random text made of leak words', () => {
    const random = rng(7);
    const words = LEAK_WORD.source.replace(/\(\?[:=!<]+|[\\()[\]{}?*+^$]/g, '').split('|');
    const filler = '二次の、。\nがはをにてした情報データなく';
    for (let n = 0; n < 2000; n++) {
      let s = '';
      while (s.length < 10 + random() * 100) {
        const r = random();
        s += r < 0.3 ? words[Math.floor(random() * words.length)]! : r < 0.6 ? sample(LEAK_WORD.source, random) : filler[Math.floor(random() * filler.length)]!;
      }
      const a = Math.floor(random() * 5);
      same(s, a, Math.max(a, s.length - Math.floor(random() * 5)));
    }
  });
});

describe('leak-word starts noted by the cause scan', () => {
  it('give findLeakStatements the same statements as its own scan', () => {
    for (const text of fixtureTexts()) {
      const all = sentences(text);
      for (let at = 0; at < text.length; at += 1499) {
        const end = Math.min(text.length, at + 3000);
        const ss = within(all, at + 7, end - 5);
        causeMatches('別の文書。流出'); // notes for another text: findLeakStatements scans by itself
        const own = findLeakStatements(text, ss);
        extractCause(text, at, end, within(all, at, end)); // notes covering the sentences
        expect(findLeakStatements(text, ss)).toEqual(own);
      }
    }
  });
});

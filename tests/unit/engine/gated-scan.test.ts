import { describe, expect, it } from 'vitest';
import { firstUnitSticky, gatedMatches, gatedTest, gateOf, inSet, topAlternatives } from '../../../lib/text/gated-scan';
import { LEAK_GATE, LEAK_WORD, LEAK_WORD_STICKY } from '../../../lib/detect/leak-statements';
import { extractCounts } from '../../../lib/extract/counts';
import { CountTextIndex } from '../../../lib/extract/count-sentences';

describe('gateOf / inSet', () => {
  const set = gateOf('漏流0a\u3000');
  it.each(['漏', '流', '0', 'a', '\u3000'])('holds %s', (c) => expect(inSet(set, c.charCodeAt(0))).toBe(true));
  it.each(['出', '1', 'b', ' ', '\u0000'])('does not hold %j', (c) => expect(inSet(set, c.charCodeAt(0))).toBe(false));
  it('holds nothing past the end of a string', () => expect(inSet(gateOf('\u0000'), 'a'.charCodeAt(1))).toBe(false));
});

/** The matches a global regex finds, for comparison. */
function globalMatches(re: RegExp, text: string): Array<[number, string]> {
  const g = new RegExp(re.source, 'g');
  return [...text.matchAll(g)].map((m) => [m.index, m[0]]);
}

describe('gatedMatches', () => {
  const rows = [
    '個人情報が流出し、漏えいの可能性がある。',
    '二次漏えいについて。漏れなく確認し、漏れた情報を調べる。',
    '誤って別の保護者に送信した。誤送付もあった。',
    '',
  ];
  it.each(rows)('finds what a global scan finds in %j', (text) => {
    const kept: Array<[number, string]> = [];
    let next = 0;
    for (const m of gatedMatches(text, 0, text.length, LEAK_GATE, LEAK_WORD_STICKY)) {
      if (m.index < next) continue;
      kept.push([m.index, m[0]]);
      next = m.index + m[0].length;
    }
    expect(kept).toEqual(globalMatches(LEAK_WORD, text));
  });

  it('skips positions its mayStart test rules out, and only those', () => {
    const text = '10件と20件';
    const re = /\d+件/y;
    const all = gatedMatches(text, 0, text.length, gateOf('0123456789'), re).map((m) => m.index);
    const ruled = gatedMatches(text, 0, text.length, gateOf('0123456789'), re, { mayStart: (_t, i) => i !== 0 }).map((m) => m.index);
    expect(all).toEqual([0, 1, 4, 5]);
    expect(ruled).toEqual([1, 4, 5]);
  });
});

describe('gatedTest', () => {
  const must: string[] = ['情報が流出した。', '閲覧可能な状態でした。', '誤って送信しました。'];
  const mustNot: string[] = ['二次漏えいについて。', '漏れなく確認します。', '閲覧用の端末。', '誤って、', ''];
  it.each(must)('finds a leak word in %s', (s) => expect(gatedTest(s, 0, s.length, LEAK_GATE, LEAK_WORD_STICKY)).toBe(true));
  it.each(mustNot)('finds no leak word in %j', (s) => expect(gatedTest(s, 0, s.length, LEAK_GATE, LEAK_WORD_STICKY)).toBe(false));
  it('stays inside its range', () => {
    const s = '流出。別の文。';
    expect(gatedTest(s, 3, s.length, LEAK_GATE, LEAK_WORD_STICKY)).toBe(false);
    expect(gatedTest(s, 0, 1, LEAK_GATE, LEAK_WORD_STICKY)).toBe(false);
  });
});

describe('count scan start test (counts only where a number meets a unit)', () => {
  const must: Array<[string, string]> = [
    ['個人情報10件', '10件'],
    ['1,000件を超える', '1,000件'],
    ['1400を超えるファイル', '1400を超えるファイル'],
    ['約 7.2 万件', '約 7.2 万件'],
    ['80   人分', '80   人分'],
    ['のべ647名', 'のべ647名'],
    ['数万件', '数万件'],
    ['三千人', '三千人'],
  ];
  it.each(must)('finds the count in %s', (text, count) => {
    expect(extractCounts(text, 0, text.length).map((c) => c.text)).toContain(count);
  });
  const mustNot: string[] = ['2024年5月9日', '072-992-2655', '一部の情報', '80    人', '1234567890123456789012345678件', '17時9分'];
  it.each(mustNot)('finds no count in %s', (text) => {
    expect(extractCounts(text, 0, text.length)).toEqual([]);
  });
});

describe('CountTextIndex (built line by line on demand)', () => {
  const text = '漏えいの可能性がある個人情報は下記の通り。\n・氏名:234件\n\n・住所:12件\n2 その他\n・電話番号 5件。なお流出はない。';
  const index = new CountTextIndex(text, 0, text.length);
  const at = (s: string) => text.indexOf(s);
  it.each([
    ['234件', '可能性'],
    ['12件', '可能性'],
    ['5件', null],
  ] as const)('gives %s the hedge %s', (count, hedge) => expect(index.hedgeAt(at(count))).toBe(hedge));
  it('gives the sentence around a position', () => {
    const [s, e] = index.sentenceAt(at('5件'));
    expect(text.slice(s, e)).toBe('・電話番号 5件。');
  });
  it('gives an empty sentence outside the region', () => {
    const inner = new CountTextIndex(text, 5, 10);
    expect(inner.sentenceAt(2)).toEqual([2, 2]);
    expect(inner.hedgeAt(2)).toBeNull();
  });
});

describe('topAlternatives', () => {
  it.each([
    ['a|b', ['a', 'b']],
    ['a|(b|c)|d', ['a', '(b|c)', 'd']],
    ['[|]|x', ['[|]', 'x']],
    ['\\||y', ['\\|', 'y']],
    ['(?<=[(|])z|w', ['(?<=[(|])z', 'w']],
    ['only', ['only']],
  ])('splits %j at its top-level bars', (source, want) => expect(topAlternatives(source)).toEqual(want));
});

describe('firstUnitSticky', () => {
  // Alternatives that share first units, start with a class or a look-behind, or overlap: the dispatching sticky must return what
  // the plain sticky returns at every position (the first alternative that matches there, in the pattern's order).
  const pattern = /漏えい|漏れ(?!なく)|[流漏]出|(?<=書類を)紛失|誤(?:送信|送付)|誤って[^。]{0,10}?送付|送付先|ab|a/;
  const texts = ['書類を紛失し、個人情報が漏えい、流出した。漏れなく確認。', '誤って別人に送付した。誤送信もあった。送付先を誤り', 'ab a abc 漏出', ''];
  it.each(texts)('matches as the plain sticky regex at every position of %j', (text) => {
    const plain = new RegExp(pattern.source, 'y');
    const split = firstUnitSticky(pattern);
    for (let i = 0; i <= text.length; i++) {
      plain.lastIndex = i;
      split.lastIndex = i;
      const a = plain.exec(text);
      const b = split.exec(text);
      expect(b === null ? null : [b.index, b[0]]).toEqual(a === null ? null : [a.index, a[0]]);
    }
  });
  it('puts the prefix before each group and tries only the allowed units', () => {
    const split = firstUnitSticky(/漏えい|流出/, '(?<!二次)', '漏');
    const at = (text: string, i: number) => {
      split.lastIndex = i;
      return split.exec(text)?.[0] ?? null;
    };
    expect(at('二次漏えい', 2)).toBeNull();
    expect(at('漏えい', 0)).toBe('漏えい');
    expect(at('流出', 0)).toBeNull();
  });
});

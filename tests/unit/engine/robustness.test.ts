import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractIncidents, MAX_REPORTED } from '../../../lib/pipeline';
import { CATEGORY_KEYS, CAUSE_KEYS } from '../../../lib/vocabulary';
import { bestTime } from '../../support/best-time';

const seed = readFileSync(new URL('../../fixtures/seeds/001_ad97ec18e55074ed.txt', import.meta.url), 'utf8');

/** A page of about `size` characters made of hostile pieces. */
function hostile(size: number): string {
  const pieces = [
    '9'.repeat(5000),
    '万万万'.repeat(300),
    '約約約'.repeat(200) + '件',
    '\uD800\uDC00\uD800x\uDFFF',
    '<div><p>個人情報が<b>流出</b></div></p><script>alert(1)</script>',
    '【'.repeat(500),
    '、'.repeat(3000),
    '氏名、'.repeat(500) + 'が流出しました。',
    '1,' .repeat(3000) + '000件',
    seed.slice(0, 4000),
    '■'.repeat(200) + '\n',
    '(' .repeat(2000) + '漏えい',
  ];
  let out = '';
  let i = 0;
  while (out.length < size) out += pieces[i++ % pieces.length] + '\n';
  return out.slice(0, size);
}

/** The best of three runs of the engine (tests/support/best-time.ts). */
function timeOf(text: string): number {
  return bestTime(() => extractIncidents({ text }));
}

describe('engine robustness', () => {
  it('never throws on hostile input and returns valid incidents', () => {
    const text = hostile(300_000);
    const incidents = extractIncidents({ text });
    for (const inc of incidents) {
      expect(inc.span[0]).toBeGreaterThanOrEqual(0);
      expect(inc.span[1]).toBeLessThanOrEqual(text.length);
      for (const c of inc.counts) expect(text.slice(c.start, c.end)).toBe(c.text);
      for (const k of inc.categories) expect(CATEGORY_KEYS).toContain(k);
      if (inc.cause !== null) expect(CAUSE_KEYS).toContain(inc.cause);
    }
  });

  it('reports at most MAX_REPORTED counts, data mentions and cause mentions an incident, the figures still from all', () => {
    const text = '個人情報の流出について\n' + '顧客1名の氏名とメールアドレスが紛失により流出しました。\n'.repeat(2_000);
    const [incident] = extractIncidents({ text }).filter((i) => i.is_breach);
    expect(incident).toBeDefined();
    expect(incident!.counts.length).toBe(MAX_REPORTED);
    expect(incident!.category_mentions.length).toBe(MAX_REPORTED);
    expect(incident!.cause_mentions.length).toBe(MAX_REPORTED);
    // The first ones, in page order.
    expect(incident!.cause_mentions[0]!.start).toBe(text.indexOf('紛失'));
    expect(incident!.categories).toEqual(expect.arrayContaining(['name', 'email']));
    expect(incident!.cause).toBe('loss_theft');
  });

  it('accepts odd inputs', () => {
    expect(extractIncidents({ text: '' })).toEqual([]);
    expect(extractIncidents({ text: '\uD800' })).toEqual([]);
    // @ts-expect-error — a caller outside TypeScript may pass anything
    expect(extractIncidents({ text: null })).toEqual([]);
    // @ts-expect-error — likewise
    expect(extractIncidents(undefined)).toEqual([]);
  });

  // Pages of one shape repeated, each of which once cost time quadratic in its length: one rule read a sentence, a line
  // or the page's lines again for every hit in it. At 4x the text, linear time is ~4x and quadratic 16x.
  it.each([
    ['one line of leak words (the personal-data test, once per leak word in a sentence)', '漏えい'],
    ['one line of cause words (the sentence tests, once per cause mention)', '紛失 '],
    ['negated signals on one line (a dated list item read back to its line start)', '以下漏えいされていない'],
    ['a question of leak words (its か read for from each word)', '流出し'],
    ['a first line of bars (a site name cut off one bar at a time)', '|'],
    ['report heads, one a line (the lines under each read from the page top)', '第1報\n'],
    ['one line of bare IDs (its line read for a medical list, once per ID)', 'ID・'],
    ['one line of mail addresses (the sentence read for recipients shown, once per address)', 'メアド宛名在留カード番号', 64_000],
    // (At larger sizes: the square of the counts shows over the rest of the work only past ~30 K.)
    ['counts of people, one a line (each count compared with every other)', '1万人分の氏名が流出。\n', 32_000],
  ])('runs in time linear in the text on %s', (_, unit, size = 16_000) => {
    const page = (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    timeOf(page(4_000)); // warm up
    const t1 = timeOf(page(size));
    const t4 = timeOf(page(size * 4));
    expect(t4 / Math.max(t1, 1)).toBeLessThan(10);
  }, 60_000);

  it('runs in time linear in the input on a 5 MB page', () => {
    timeOf(hostile(200_000)); // warm up
    const t1 = timeOf(hostile(1_000_000));
    const t5 = timeOf(hostile(5_000_000));
    // Linear would be 5x; allow noise but not quadratic growth (25x).
    expect(t5 / t1).toBeLessThan(10);
  }, 120_000);
});

import { beforeAll, describe, expect, it } from 'vitest';
import { adaptKuromojiTokens, loadKuromojiTokenizer } from '../../lib/tokenizer/kuromoji-node';
import type { Tokenizer } from '../../lib/types';

// Building the dictionary costs about a second: once for the whole file.
let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadKuromojiTokenizer();
});

describe('loadKuromojiTokenizer', () => {
  it('splits 島田市 into 島田 + 市, both tagged 地域', () => {
    const tokens = tokenizer.tokenize('静岡県島田市は9月28日、発表した。');
    const shimada = tokens.find((t) => t.surface === '島田');
    const shi = tokens.find((t) => t.surface === '市');
    expect(shimada).toMatchObject({ start: 3, pos: '名詞', posDetail1: '固有名詞', posDetail2: '地域' });
    expect(shi).toMatchObject({ start: 5, pos: '名詞', posDetail1: '接尾', posDetail2: '地域' });
  });

  const texts: Array<[string]> = [
    ['静岡県島田市は9月28日、同市農林課が発表した。'],
    ['一文目。二文目、三文目。最後'],
    ['改行\n  と　空白 と ABC 123'],
    ['絵文字😀の後ろ𠮷野家。'],
    ['株式会社アイリックコーポレーションは2024/8/8、72,000件の漏えいを公表'],
  ];
  it.each(texts)('gives 0-based offsets that index the input: %s', (text) => {
    const tokens = tokenizer.tokenize(text);
    let cursor = 0;
    for (const t of tokens) {
      expect(text.slice(t.start, t.start + t.surface.length)).toBe(t.surface);
      expect(t.start).toBe(cursor); // tokens cover the text without gaps
      cursor = t.start + t.surface.length;
    }
    expect(cursor).toBe(text.length);
  });

  it('returns no tokens for empty text', () => {
    expect(tokenizer.tokenize('')).toEqual([]);
  });

  it('rejects a missing dictionary directory', async () => {
    await expect(loadKuromojiTokenizer('/no/such/dict')).rejects.toThrow(/dictionary/);
  });
});

describe('adaptKuromojiTokens', () => {
  const tok = (surface_form: string, word_position: number) => ({
    word_id: 0, word_type: 'KNOWN', word_position, surface_form, pos: '名詞', pos_detail_1: '一般', pos_detail_2: '*',
    pos_detail_3: '*', conjugated_type: '*', conjugated_form: '*', basic_form: surface_form,
  });
  it('walks surface forms instead of trusting word_position', () => {
    const out = adaptKuromojiTokens('ab cd', [tok('ab', 1), tok(' ', 99), tok('cd', 42)]);
    expect(out.map((t) => t.start)).toEqual([0, 2, 3]);
    expect(out[0]).toEqual({ surface: 'ab', start: 0, pos: '名詞', posDetail1: '一般', posDetail2: '*' });
  });
});

import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../../lib/text/normalize';

describe('foldWidth', () => {
  const rows: Array<[string, string]> = [
    ['２，４４６件', '2,446件'],
    ['（株）　テスト', '(株) テスト'],
    ['０９０−１２３４', '090-1234'],
    // Radicals copied out of a PDF in place of the ideographs they look like.
    ['⽒名・⽣年⽉⽇', '氏名・生年月日'],
    ['個⼈情報', '個人情報'],
    // Left alone: ordinary kanji and kana, ㈱ and ① (NFKC would lengthen them).
    ['氏名 ㈱ ① カナ', '氏名 ㈱ ① カナ'],
  ];
  it.each(rows)('folds %s to %s', (raw, folded) => {
    expect(foldWidth(raw)).toBe(folded);
  });

  it('keeps every offset: one unit in, one out', () => {
    let all = '';
    for (let c = 0x2e80; c <= 0x2fdf; c++) all += String.fromCharCode(c);
    expect(foldWidth(all).length).toBe(all.length);
  });
});

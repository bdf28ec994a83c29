import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineAbove, lineSentences, lines, rangeIndex, rangeIndexFrom, sentences, within } from '../../../lib/text/lines';

/** Sentences the plain way (exec, cut, trim): what sentences() must return without allocating a match per sentence. */
function reference(text: string, start = 0, end = text.length): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[。！？!?]+[」』）)]*|\n/g;
  const slice = text.slice(start, end);
  let s = 0;
  const push = (a: number, b: number) => {
    const piece = slice.slice(a, b);
    const lead = piece.length - piece.replace(/^[ \t\n\v\f\r\u00a0\u3000]+/, '').length;
    const trimmed = piece.replace(/^[ \t\n\v\f\r\u00a0\u3000]+|[ \t\n\v\f\r\u00a0\u3000]+$/g, '');
    if (trimmed) out.push({ start: start + a + lead, end: start + a + lead + trimmed.length });
  };
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    // A closed aside or quote the sentence goes on after (…に限る。)を記載した, 「…。」と述べた): no cut.
    if (/[」』）)]$/.test(m[0]) && /[をがはにのとでもや、]/.test(slice.charAt(m.index + m[0].length))) continue;
    push(s, m.index + (m[0] === '\n' ? 0 : m[0].length));
    s = m.index + m[0].length;
  }
  push(s, slice.length);
  return out;
}

describe('sentences', () => {
  it.each([
    ['漏えいしました。お詫びします。', ['漏えいしました。', 'お詫びします。']],
    ['「確認中です。」と述べた\n次の行', ['「確認中です。」と述べた', '次の行']],
    ['個人情報(氏名、収入金額(提出者に限る。))を記載した書類を送付した。次。', ['個人情報(氏名、収入金額(提出者に限る。))を記載した書類を送付した。', '次。']],
    ['(確認中。)\n次の行', ['(確認中。)', '次の行']],
    ['本当?!(確認)。\n\n  最後  ', ['本当?!', '(確認)。', '最後']],
    ['', []],
  ])('cuts %j', (text, expected) => {
    expect(sentences(text).map((r) => text.slice(r.start, r.end))).toEqual(expected);
  });

  it('agrees with the plain exec-and-trim cut on random text and ranges', () => {
    const unit = fc.constantFrom('。', '！', '？', '!', '?', '」', '』', '）', ')', '\n', ' ', '\u3000', 'あ', '漏', 'と', 'を', '、');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.nat(5), fc.nat(5), (units, a, b) => {
        const text = units.join('');
        const start = Math.min(a, text.length);
        const end = Math.max(start, text.length - b);
        expect(sentences(text, start, end)).toEqual(reference(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('lineSentences gives, for any range, every whole-text sentence inside it, at the cost of its lines only', () => {
    const unit = fc.constantFrom('。', '!', '」', '\n', '\n', ' ', '\u3000', 'あ', '漏', 'と');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(40), fc.nat(40), (units, a, b) => {
        const text = units.join('');
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        const some = lineSentences(text, start, end);
        expect(within(some, start, end)).toEqual(within(sentences(text), start, end));
        // Nothing beyond the lines the range touches.
        const from = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
        const to = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
        for (const r of some) expect(r.start >= from && r.end <= to).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('lineAbove', () => {
  const text = 'one\n\nthree\nfour';
  it('gives the line before the one holding an offset, blank lines too, and null at the top', () => {
    const at = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);
    expect(at(lineAbove(text, text.indexOf('four') + 2))).toBe('three');
    expect(at(lineAbove(text, text.indexOf('three')))).toBe('');
    expect(at(lineAbove(text, text.indexOf('three') - 1))).toBe('one');
    expect(lineAbove(text, 2)).toBeNull();
    // A text opening with an empty line: the line over the second is that empty one, and over it nothing.
    expect(lineAbove('\nab', 2)).toEqual({ start: 0, end: 0 });
    expect(lineAbove('\nab', 0)).toBeNull();
  });
});

describe('rangeIndexFrom', () => {
  // Lines of 'ab\n\ncd\nef': [0,2) 'ab', [3,3) '', [4,6) 'cd', [7,9) 'ef'.
  const all = lines('ab\n\ncd\nef');
  it.each([
    ['inside a line: that line', 1, 0],
    ['at a line end, on its newline: the next line (the empty one)', 2, 1],
    ['on an empty line: that line', 3, 1],
    ['at a line start: that line', 4, 2],
    ['on the newline after cd: the next line', 6, 3],
    ['past the last line: none', 10, 4],
  ])('%s', (_, offset, expected) => {
    expect(rangeIndexFrom(all, offset)).toBe(expected);
  });
  it('starts a walk where a walk from the top, skipping the lines before the offset, would first stop', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '\n'), { maxLength: 40 }), fc.nat(45), (units, offset) => {
        const ranges = lines(units.join(''));
        const fromTop = ranges.findIndex((r) => r.start >= offset || rangeIndex(ranges, offset) === ranges.indexOf(r));
        expect(rangeIndexFrom(ranges, offset)).toBe(fromTop === -1 ? ranges.length : fromTop);
      }),
      { numRuns: 3000 },
    );
  });
});

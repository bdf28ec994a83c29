import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { monthOfSameDay } from '../../../lib/extract/published';

/** The pattern monthOfSameDay stands for (see its comment). */
const byRegex = (s: string, day: number): number | null => {
  const m = new RegExp(`(?<![0-9])([0-9]{1,2})\\s*月\\s*${day}\\s*日`).exec(s);
  return m ? Number(m[1]) : null;
};

describe('monthOfSameDay', () => {
  it.each([
    ['8月9日付で停職', 9, 8],
    ['発表は 12 月 9 日。', 9, 12],
    ['3月19日と8月9日', 9, 8],
    ['10月1日', 1, 10],
  ])('finds the month in %s (day %i)', (s, day, month) => {
    expect(monthOfSameDay(s, 0, s.length, day)).toBe(month);
  });

  it.each([
    ['123月9日', 9], // a longer number before 月
    ['8月19日', 9], // another day
    ['8月09日', 9],
    ['8月9 0日', 9],
    ['8月 9', 9], // no 日
    ['8カ月9日間', 9],
  ])('finds nothing in %s (day %i)', (s, day) => {
    expect(monthOfSameDay(s, 0, s.length, day)).toBeNull();
  });

  it('looks only inside [from, to)', () => {
    const s = '18月9日';
    expect(monthOfSameDay(s, 1, s.length, 9)).toBe(8); // the 1 before the slice is not seen
    expect(monthOfSameDay(s, 1, s.length - 1, 9)).toBeNull(); // 日 is past the end
  });

  it('agrees with the regex it replaces on random text', () => {
    const unit = fc.constantFrom('0', '1', '2', '9', '3', '月', '日', ' ', '\u3000', '\n', 'は', '、');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), fc.integer({ min: 1, max: 31 }), fc.nat(4), (units, day, cut) => {
        const s = units.join('');
        const from = Math.min(cut, s.length);
        expect(monthOfSameDay(s, from, s.length, day)).toBe(byRegex(s.slice(from), day));
      }),
      { numRuns: 3000 },
    );
  });
});

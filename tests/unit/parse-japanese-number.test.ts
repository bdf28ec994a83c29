import { describe, expect, it } from 'vitest';
import { parseJapaneseNumber } from '../../lib/numbers/parse-japanese-number';

/** [input, value, min, max]: exact numbers have min == max == value. */
const EXACT: [string, number][] = [
  ['2,446', 2446],
  ['2446', 2446],
  ['17,171', 17171],
  ['7.2万', 72000],
  ['7.2 万', 72000],
  ['7.2\u3000万', 72000],
  ['2万5725', 25725],
  ['1万9932', 19932],
  ['2万5000', 25000],
  ['2万1563', 21563],
  ['46万', 460000],
  ['43万', 430000],
  ['1億2000万', 120000000],
  ['1億', 100000000],
  ['3千', 3000],
  ['2千5百', 2500],
  ['三千', 3000],
  ['二百五十', 250],
  ['一万二千', 12000],
  ['十', 10],
  ['千', 1000],
  ['１，０００', 1000],
  ['２万５７２５', 25725],
  ['1.5千', 1500],
  ['0', 0],
  ['123456789012345', 123456789012345],
];

const RANGES: [string, number, number][] = [
  ['千数百', 1100, 1999],
  ['数万', 20000, 99999],
  ['数千', 2000, 9999],
  ['数百', 200, 999],
  ['数十', 20, 99],
  ['十数', 11, 19],
  ['数十万', 200000, 999999],
  ['十数万', 110000, 199999],
  ['数千万', 20000000, 99999999],
];

const GARBAGE: string[] = [
  '',
  '   ',
  '万万万',
  '万',
  '億万',
  '1万2億',
  '1'.repeat(400),
  '1234567890123456',
  '数',
  '数数万',
  '1,23',
  '1,,000',
  '7.5',
  '1.',
  '二三',
  '1数',
  '百千',
  'abc',
  '12件',
  '\uD800',
  '約100',
];

describe('parseJapaneseNumber: must parse', () => {
  it.each(EXACT)('%s -> %d', (input, value) => {
    expect(parseJapaneseNumber(input)).toEqual({ value, min: value, max: value });
  });
  it.each(RANGES)('%s -> %d..%d (value null)', (input, min, max) => {
    expect(parseJapaneseNumber(input)).toEqual({ value: null, min, max });
  });
});

describe('parseJapaneseNumber: must reject', () => {
  it.each(GARBAGE.map((g) => [g.length > 20 ? `${g.slice(0, 20)}…(${g.length})` : g, g]))('%s -> null', (_label, input) => {
    expect(parseJapaneseNumber(input)).toBeNull();
  });
  it('never throws on odd input', () => {
    const odd = ['\uDC00\uD800', '万'.repeat(10000), '数'.repeat(1000), '.,.,.,', '9'.repeat(100000), '〇〇〇'];
    for (const s of odd) expect(() => parseJapaneseNumber(s)).not.toThrow();
    expect(parseJapaneseNumber(undefined as unknown as string)).toBeNull();
  });
});

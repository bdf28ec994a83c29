import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyNear, lowerBound, nearTest, sortedDistinct } from '../../lib/numbers/sorted-values';

describe('sorted values', () => {
  it.each([
    ['below all', [10, 20, 30], 5, 0],
    ['equal to one', [10, 20, 30], 20, 1],
    ['between two', [10, 20, 30], 25, 2],
    ['above all', [10, 20, 30], 31, 3],
    ['empty', [], 1, 0],
  ])('lowerBound: %s', (_, xs, v, expected) => {
    expect(lowerBound(xs, v)).toBe(expected);
  });

  it.each([
    ['a figure rounded within 5 % (約26万 and 25万8316)', [258_316], 260_000, true],
    ['a figure 6 % away', [244_000], 260_000, false],
    ['exactly at the edge (5 of 100)', [95], 100, true],
    ['only itself, which ok rejects', [100], 100, false],
  ])('anyNear: %s', (_, xs, value, expected) => {
    expect(anyNear(xs, value, 0.05, (x) => x !== value)).toBe(expected);
  });

  it('anyNear gives what a walk over every number gives', () => {
    const number = fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 2_000_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
    fc.assert(
      fc.property(fc.array(number, { maxLength: 40 }), number, fc.constantFrom(0.05, 0.01, 0.3), fc.integer({ min: 0, max: 9 }), (values, value, ratio, skip) => {
        const xs = sortedDistinct(values);
        // ok rejects some numbers (the value itself, or those ending in the digit `skip`), as the callers' tests do.
        const ok = (x: number) => x !== value && Math.round(x) % 10 !== skip;
        const walk = xs.some((x) => Math.abs(value - x) <= value * ratio && ok(x));
        expect(anyNear(xs, value, ratio, ok)).toBe(walk);
      }),
      { numRuns: 5000 },
    );
  });

  it('nearTest gives what a walk gives, over few values (walked) and many (searched), repeats allowed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5_000 }), { maxLength: 300 }), fc.integer({ min: 1, max: 5_000 }), (values, value) => {
        const ok = (x: number) => x !== value;
        expect(nearTest(values, 0.05)(value, ok)).toBe(values.some((x) => Math.abs(value - x) <= value * 0.05 && ok(x)));
      }),
      { numRuns: 3000 },
    );
  });
});

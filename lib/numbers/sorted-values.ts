// Questions about a set of numbers answered by binary search over them sorted, instead of a walk over all of them per
// question: totalAffected asks, of every count of a notice, whether another count lies within a few percent of it, and a
// hostile page's one notice may hold thousands of counts. Written here: the few lines a sorted array needs do not
// warrant a dependency.

/** The distinct numbers of `values`, ascending. */
export function sortedDistinct(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The first index of ascending `xs` holding a number ≥ v (xs.length if none). */
export function lowerBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Is there a number of ascending, distinct `xs` within `ratio` of `value` (|value − x| ≤ value × ratio) that passes `ok`?
 * The same answer as xs.some(…) with that condition. The window is searched a little wider than that, against float
 * rounding at its edges, and each number in it is tested with the exact condition.
 */
export function anyNear(xs: readonly number[], value: number, ratio: number, ok: (x: number) => boolean): boolean {
  const reach = value * ratio;
  const slack = 1e-9 * (1 + Math.abs(value) + Math.abs(reach));
  for (let i = lowerBound(xs, value - Math.abs(reach) - slack); i < xs.length && xs[i]! <= value + Math.abs(reach) + slack; i++) {
    if (Math.abs(value - xs[i]!) <= reach && ok(xs[i]!)) return true;
  }
  return false;
}

/** Below this many numbers a walk over them is quicker than sorting them first. */
const WALK_MAX = 64;

/**
 * The question anyNear answers, asked many times of the same `values` (not sorted, repeats allowed): a walk over them when
 * they are few (a notice's handful of counts), a binary search over them sorted when they are many. Both give xs.some(…).
 */
export function nearTest(values: readonly number[], ratio: number): (value: number, ok: (x: number) => boolean) => boolean {
  if (values.length <= WALK_MAX) return (value, ok) => values.some((x) => Math.abs(value - x) <= value * ratio && ok(x));
  const xs = sortedDistinct(values);
  return (value, ok) => anyNear(xs, value, ratio, ok);
}

// Approximate string matching for re-anchoring quotes: the best match of a short pattern inside a
// bounded window of a long text (Sellers' semi-global edit distance, O(pattern × window)), and a plain
// edit distance for comparing short context strings. Callers keep both inputs small.

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * The substring of text[from, to) closest to `pattern` by edit distance, or null when every
 * candidate needs more than `maxErrors` edits. Ties go to the match ending nearest `preferEnd`.
 */
export function approxSearch(
  text: string,
  pattern: string,
  from: number,
  to: number,
  maxErrors: number,
  preferEnd?: number,
): ApproxMatch | null {
  const m = pattern.length;
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  if (m === 0 || to <= from) return null;
  // Column j of the DP table: cost[i] = best edits aligning pattern[0, i) to a text substring ending
  // at j; origin[i] = where that substring starts.
  let cost = new Int32Array(m + 1);
  let origin = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = from;
  }
  let best: ApproxMatch | null = null;
  const consider = (end: number, errors: number, start: number) => {
    if (errors > maxErrors) return;
    if (
      !best ||
      errors < best.errors ||
      (errors === best.errors && preferEnd !== undefined && Math.abs(end - preferEnd) < Math.abs(best.end - preferEnd))
    ) {
      best = { start, end, errors };
    }
  };
  consider(from, cost[m]!, origin[m]!);
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let v = cost[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1); // match / substitute
      let o = origin[i - 1]!;
      if (nextCost[i - 1]! + 1 < v) {
        v = nextCost[i - 1]! + 1; // pattern character missing from the text
        o = nextOrigin[i - 1]!;
      }
      if (cost[i]! + 1 < v) {
        v = cost[i]! + 1; // extra character in the text
        o = origin[i]!;
      }
      nextCost[i] = v;
      nextOrigin[i] = o;
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    consider(j + 1, cost[m]!, origin[m]!);
  }
  return best;
}

/** Levenshtein distance; for short strings (context of 32 characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common (edit distance over the longer length). */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}

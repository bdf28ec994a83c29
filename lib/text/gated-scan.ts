// Fast scanning for a regex whose matches can only start at a few characters. A sticky regex tried
// only where its first character can occur beats a global regex tried at every position (irregexp
// gains little from a leading character class on two-byte Japanese text): same matches, leftmost first.

/**
 * A set of UTF-16 units as a bit set. 8 KB rather than a 64 KB byte table: Japanese text uses a
 * thousand or more distinct units, and with bytes each of them touches its own cache line in every
 * table the engine scans with.
 */
export type UnitSet = Int32Array;

/** The set of the units of `chars`. */
export function gateOf(chars: string): UnitSet {
  const set = new Int32Array(0x800);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    set[c >>> 5]! |= 1 << (c & 31);
  }
  return set;
}

/** Is unit c (NaN past the end of a string: never) in the set? */
export function inSet(set: UnitSet, c: number): boolean {
  return (set[c >>> 5]! & (1 << (c & 31))) !== 0 && c === c;
}

/**
 * The first position in [from, end) whose unit is in the set, or end. A small loop of its own, so
 * the engine compiles it tight whatever the scan around it does.
 */
export function nextInSet(text: string, from: number, end: number, set: UnitSet): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((set[c >>> 5]! & (1 << (c & 31))) !== 0) return i;
  }
  return end;
}

/** The digits 0-9 (ASCII and full-width) as gate characters. */
export const DIGITS = '0123456789０１２３４５６７８９';

/** Optional refinements of a gated scan; each only skips work that could not produce a match. */
export interface GateOptions {
  /** A prefix made of common characters (のべ, およそ) that may stand just before a gated one. */
  lookback?: RegExp;
  /** The characters `lookback`'s match can end with: it is tried only after one of them. */
  lookbackEnds?: UnitSet;
  /**
   * A cheap test that must hold for a match to start at i when no lookback prefix stands before it
   * (false: the regex is not tried there). It may say true where the regex then fails, never false
   * where it would match.
   */
  mayStart?: (text: string, i: number) => boolean;
}

/**
 * Matches of `sticky` (a regex with the 'y' flag) inside text[start, end), tried only at positions
 * whose character is in `gate`, in order. Matches may overlap: a caller that keeps one skips the
 * others that start inside it (as a global regex would). Lookbehinds see the whole text.
 */
export function gatedMatches(
  text: string,
  start: number,
  end: number,
  gate: UnitSet,
  sticky: RegExp,
  options: GateOptions = {},
): RegExpExecArray[] {
  const { lookback, lookbackEnds, mayStart } = options;
  const out: RegExpExecArray[] = [];
  let tried = start; // positions before this were already tried
  for (let i = nextInSet(text, start, end, gate); i < end; i = nextInSet(text, i + 1, end, gate)) {
    let from = i;
    if (lookback && (!lookbackEnds || (i > 0 && inSet(lookbackEnds, text.charCodeAt(i - 1))))) {
      const back = lookback.exec(text.slice(Math.max(tried, i - 6), i));
      if (back) from = i - back[0].length;
    }
    if (from === i && mayStart && !mayStart(text, i)) {
      tried = i + 1;
      continue;
    }
    for (let s = from; s <= i; s = s === from ? i : s + 1) {
      if (s < tried) continue;
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m !== null && m.index + m[0].length <= end) {
        out.push(m);
        break;
      }
      if (s === i) break;
    }
    tried = i + 1;
  }
  return out;
}

/**
 * Whether `sticky` matches inside text[start, end) at a gated position: the same answer as testing a
 * global regex on the cut-out text when the regex's lookarounds cannot see past whitespace or
 * sentence ends (the callers pass sentences), without cutting the text out.
 */
export function gatedTest(text: string, start: number, end: number, gate: UnitSet, sticky: RegExp): boolean {
  for (let i = nextInSet(text, start, end, gate); i < end; i = nextInSet(text, i + 1, end, gate)) {
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m !== null && m.index + m[0].length <= end) return true;
  }
  return false;
}

// Parses the numeric part of a Japanese count: Arabic digits with commas/decimals, kanji
// multipliers (十百千 / 万億兆), kanji numerals and the vague 数 (数万, 十数, 千数百…).
// Pure, linear in the input, never throws; anything it cannot read with confidence is null.

export interface ParsedNumber {
  /** Exact integer; null when the number is a range (数万). */
  value: number | null;
  /** Lower bound (== value for exact numbers). */
  min: number | null;
  /** Upper bound (== value for exact numbers). */
  max: number | null;
}

/** Longest Arabic digit run still read as a number (a 16+ digit run is an ID, not a count). */
const MAX_DIGIT_RUN = 15;
/** Inputs longer than this are never a count's numeric part. */
const MAX_INPUT = 64;

const KANJI_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_MULT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_MULT: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

/** An Arabic run: plain digits or 3-digit comma groups, optional decimals. Must not match "1,23" or "1,,000". */
const ARABIC_RE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
type Piece = { kind: 'num'; value: number } | { kind: 'suu' } | { kind: 'small' | 'large'; mult: number };

/** The piece of each kanji/数 character, read alone (shared: pieces are never changed). */
const KANJI_PIECES = new Map<number, Piece>([[0x6570 /* 数 */, { kind: 'suu' }]]);
for (const [k, value] of Object.entries(KANJI_DIGITS)) KANJI_PIECES.set(k.charCodeAt(0), { kind: 'num', value });
for (const [k, mult] of Object.entries(SMALL_MULT)) KANJI_PIECES.set(k.charCodeAt(0), { kind: 'small', mult });
for (const [k, mult] of Object.entries(LARGE_MULT)) KANJI_PIECES.set(k.charCodeAt(0), { kind: 'large', mult });

/** Does s hold a character `tokenize` folds or drops (full-width digit/comma/dot, space)? */
function needsFolding(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || c === 0xff0c || c === 0xff0e || c === 0x20 || c === 0x3000) return true;
  }
  return false;
}

/** Number of ASCII digits in s. */
function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

/** Width-fold digits/commas/dots and drop spaces; returns null on any other character. */
function tokenize(s: string): Piece[] | null {
  // The text is width-folded upstream, so the replacements below rarely have anything to do.
  const folded = !needsFolding(s)
    ? s
    : s
        .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/[，]/g, ',')
        .replace(/[．]/g, '.')
        .replace(/[ \u3000]/g, '');
  if (folded.length === 0) return null;
  // Pieces, read by hand rather than with a sticky regex (no match object per piece): an Arabic run
  // is a digit and the digits, commas and dots after it; any other piece is one kanji/数 character.
  const pieces: Piece[] = [];
  let at = 0;
  while (at < folded.length) {
    const code = folded.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) {
      let end = at + 1;
      for (let c = folded.charCodeAt(end); (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e; c = folded.charCodeAt(++end));
      const t = folded.slice(at, end);
      at = end;
      const plain = plainArabic(t); // undefined: t has a decimal dot
      if (plain === null) return null;
      if (plain !== undefined) {
        pieces.push({ kind: 'num', value: plain });
        continue;
      }
      if (!ARABIC_RE.test(t)) return null;
      if (digitCount(t) > MAX_DIGIT_RUN) return null;
      pieces.push({ kind: 'num', value: Number(t.includes(',') ? t.replace(/,/g, '') : t) });
    } else {
      const piece = KANJI_PIECES.get(code);
      if (piece === undefined) return null;
      pieces.push(piece);
      at++;
    }
  }
  return pieces;
}

/**
 * Evaluates the pieces with 数 read as `suuDigit`. Returns the value and the place value of
 * the 数 position (1 when there is no 数), or null when the pieces are not a well-formed number.
 */
function evaluate(pieces: Piece[], suuDigit: number): { value: number; suuPlace: number } | null {
  let total = 0;
  let group = 0; // value of the current 万-group
  let groupHasContent = false;
  let pending: number | null = null; // a coefficient waiting for its multiplier
  let pendingIsSuu = false;
  let lastSmall = Infinity;
  let lastLarge = Infinity;
  let suuSmallPlace = 0; // place of 数 within the current group, before the large multiplier
  let suuPlace = 1;
  for (const p of pieces) {
    if (p.kind === 'num' || p.kind === 'suu') {
      if (pending !== null) return null; // two coefficients in a row ("二三", "1数")
      pending = p.kind === 'suu' ? suuDigit : p.value;
      pendingIsSuu = p.kind === 'suu';
    } else if (p.kind === 'small') {
      if (p.mult >= lastSmall) return null; // 十百 / 千千: not decreasing
      if (pendingIsSuu) suuSmallPlace = p.mult;
      group += (pending ?? 1) * p.mult;
      lastSmall = p.mult;
      pending = null;
      pendingIsSuu = false;
      groupHasContent = true;
    } else {
      if (p.mult >= lastLarge) return null; // 万万 / 万億: not decreasing
      if (pendingIsSuu) suuSmallPlace = 1;
      if (!groupHasContent && pending === null) return null; // bare 万 has no coefficient
      group += pending ?? 0;
      if (suuSmallPlace) suuPlace = suuSmallPlace * p.mult;
      total += group * p.mult;
      lastLarge = p.mult;
      group = 0;
      groupHasContent = false;
      pending = null;
      pendingIsSuu = false;
      lastSmall = Infinity;
      suuSmallPlace = 0;
    }
  }
  if (pendingIsSuu) suuSmallPlace = 1;
  if (suuSmallPlace) suuPlace = suuSmallPlace;
  total += group + (pending ?? 0);
  return { value: total, suuPlace };
}

/** Rounds away float noise from decimals (7.2万); null unless the result is a safe integer. */
function toInteger(v: number): number | null {
  const r = Math.round(v);
  if (Math.abs(v - r) > 1e-6 || !Number.isSafeInteger(r) || r < 0) return null;
  return r;
}

/**
 * The common case, read without tokenising: ASCII digits and commas only (2,446 / 18746). Returns the
 * value, null when such a string is not a number (1,23; a 16-digit ID), or undefined for any other input.
 * One pass checks ARABIC_RE's comma groups (a first group of 1-3 digits, then groups of exactly 3)
 * and sums the digits: exact, as a digit run of at most MAX_DIGIT_RUN digits stays below 2^53.
 */
function plainArabic(s: string): number | null | undefined {
  let digits = 0;
  let value = 0;
  let group = 0; // digits since the last comma
  let groups = 0; // commas seen
  let wellFormed = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      digits++;
      group++;
      value = value * 10 + (c - 0x30);
    } else if (c === 0x2c) {
      if (groups === 0 ? group < 1 || group > 3 : group !== 3) wellFormed = false;
      groups++;
      group = 0;
    } else return undefined;
  }
  if (groups > 0 && group !== 3) wellFormed = false;
  if (!wellFormed || digits > MAX_DIGIT_RUN) return null;
  return value;
}

/** Parses "2,446", "7.2 万", "2万5725", "1億2000万", "三千", "千数百", "数万"… or returns null. */
export function parseJapaneseNumber(s: string): ParsedNumber | null {
  if (typeof s !== 'string' || s.length === 0 || s.length > MAX_INPUT) return null;
  const plain = plainArabic(s);
  if (plain !== undefined) return plain === null ? null : { value: plain, min: plain, max: plain };
  const pieces = tokenize(s);
  if (!pieces || pieces.length === 0) return null;
  let suuCount = 0;
  for (const p of pieces) if (p.kind === 'suu') suuCount++;
  if (suuCount > 1) return null;
  if (suuCount === 0) {
    const r = evaluate(pieces, 0);
    const v = r ? toInteger(r.value) : null;
    return v === null ? null : { value: v, min: v, max: v };
  }
  // 数 alone ("数") is "a few" with no multiplier: too vague to be a count.
  if (pieces.length === 1) return null;
  // A leading 数 means 2–9 (数万 = 20000–99999); after a higher digit it means 1–9 (千数百 = 1100–1999).
  const low = evaluate(pieces, pieces[0]!.kind === 'suu' ? 2 : 1);
  const high = evaluate(pieces, 9);
  if (!low || !high) return null;
  const min = toInteger(low.value);
  const maxBase = toInteger(high.value);
  if (min === null || maxBase === null) return null;
  return { value: null, min, max: maxBase + high.suuPlace - 1 };
}

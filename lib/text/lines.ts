// Lines and sentences as offset ranges. Text logic only: the page's blocks arrive as '\n'-separated
// lines (the DOM walker and the HTML reader both put a newline at every block boundary).
import { gateOf, inSet } from './gated-scan';

export interface Range {
  start: number;
  end: number;
}

/** Every line of text[start, end) as [start, end) without its newline; empty lines included. */
export function lines(text: string, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  let s = start;
  while (s <= end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    out.push({ start: s, end: e });
    s = e + 1;
  }
  return out;
}

/**
 * Where the line holding `offset` starts, read back at most `max` units, or -1 if it starts further back. For rules that
 * want a short line only: bounded, so a page of many hits on one long line costs no read back to its start per hit.
 */
export function lineStartWithin(text: string, offset: number, max: number): number {
  for (let i = offset - 1; i >= 0 && offset - i <= max + 1; i--) if (text.charCodeAt(i) === 0x0a) return i + 1;
  return offset <= max ? 0 : -1;
}

/** The line before the one holding `offset` (its text's own line, found in the text, not in a list of ranges), or null at the top. */
export function lineAbove(text: string, offset: number): Range | null {
  const start = offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  if (start === 0) return null;
  // (lastIndexOf reads a negative position as 0: the line over the second one starts at 0, whatever text[0] is.)
  return { start: start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0, end: start - 1 };
}

/**
 * Is c a unit String.prototype.trim removes (WhiteSpace and LineTerminator: tab, LF, VT, FF, CR, space,
 * U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF)? Shared by the rules that
 * test spaces by char code instead of slicing and trimming.
 */
export function isTrimmedSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** 」』）) */
const isClosingBracket = (c: number): boolean => c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29;
/** Particles and a comma that carry a sentence on past a closed aside or quote: を が は に の と で も や 、. */
const CONTINUES_AFTER_CLOSE = gateOf('をがはにのとでもや、');
/** A sentence's close at a line's end: 。 (a closing bracket or spaces after it). */
const SENTENCE_CLOSE = /。[」』)）]?\s*$/;
/** Does the line end as a sentence does (a title seldom does)? */
export function endsSentence(line: string): boolean {
  return SENTENCE_CLOSE.test(line);
}
/** Sentence ends: 。！？ and newlines. Closing brackets right after 。 stay in the sentence. */
const SENTENCE_END = /[。！？!?]+[」』）)]*|\n/g;

/** ASCII whitespace, no-break and ideographic spaces. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000;
}

/** Sentences of text[start, end), trimmed of surrounding whitespace; empty ones dropped. */
export function sentences(text: string, start = 0, end = text.length): Range[] {
  const out: Range[] = [];
  const slice = text.slice(start, end);
  // test() rather than exec(): no match array per sentence (half the time of this pass). A match that
  // ends with a newline is the newline itself; any other match ends with its punctuation or bracket.
  SENTENCE_END.lastIndex = 0;
  let s = 0;
  while (SENTENCE_END.test(slice)) {
    const after = SENTENCE_END.lastIndex;
    // A full stop inside an aside or a quote the sentence goes on after (「…収入金額(…に限る。))を記載した」「「…です。」と述べた」):
    // no end yet.
    if (isClosingBracket(slice.charCodeAt(after - 1)) && inSet(CONTINUES_AFTER_CLOSE, slice.charCodeAt(after))) continue;
    pushTrimmed(out, slice, start, s, slice.charCodeAt(after - 1) === 10 ? after - 1 : after);
    s = after;
  }
  pushTrimmed(out, slice, start, s, slice.length);
  return out;
}

/**
 * The sentences of the whole lines that [start, end) touches: exactly the sentences the whole text has
 * there, since a newline always ends a sentence, at the cost of those lines only.
 */
export function lineSentences(text: string, start: number, end: number): Range[] {
  const lineEnd = text.indexOf('\n', end);
  return sentences(text, start <= 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1, lineEnd === -1 ? text.length : lineEnd);
}

/** Adds slice[a, b) less its surrounding whitespace, at offset + a, unless nothing is left. */
function pushTrimmed(out: Range[], slice: string, offset: number, a: number, b: number): void {
  while (a < b && isSpace(slice.charCodeAt(a))) a++;
  while (b > a && isSpace(slice.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ start: offset + a, end: offset + b });
}

/** The index of the range in `ranges` (sorted, disjoint) that contains offset, by binary search, or -1. */
export function rangeIndex(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end && !(offset === r.end && r.start === r.end)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Where a walk over `ranges` (sorted, disjoint) from `offset` starts: the range that contains it, else the first range
 * after it (ranges.length if none). Every range before that one ends before `offset`. (Not Math.max(0, rangeIndex(…)):
 * an offset between two lines, on a newline, is in no line, and a walk from 0 would read the page's lines once per
 * call, quadratic over a page's items.)
 */
export function rangeIndexFrom(ranges: readonly Range[], offset: number): number {
  const i = rangeIndex(ranges, offset);
  if (i >= 0) return i;
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range in `ranges` (sorted, disjoint) that contains offset, by binary search. */
export function rangeAt(ranges: readonly Range[], offset: number): Range | undefined {
  const i = rangeIndex(ranges, offset);
  return i === -1 ? undefined : ranges[i];
}

/** The ranges of `ranges` (sorted, disjoint) that lie inside [start, end), by binary search. */
export function within(ranges: readonly Range[], start: number, end: number): Range[] {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Range[] = [];
  for (let i = lo; i < ranges.length && ranges[i]!.start < end; i++) if (ranges[i]!.end <= end) out.push(ranges[i]!);
  return out;
}

// Hard-wrapped text (mail newsletters and mailing-list archives, wrapped by the mail client at ~70 columns)
// breaks sentences, names and counts across lines: 「株式会社ヤマ / ブキ書房」, 「2381 / 名分」. Every rule of the
// engine reads a line as a unit, so such a page is read with its wrapped paragraphs joined back, and the
// spans found are mapped back onto the page's own text. Written here because no library does this for
// Japanese text with a map of offsets (text-unwrap tools reflow English words and return only a string).

import { lines, type Range } from './lines';

/** Display columns of one UTF-16 unit: East Asian wide and full-width forms take two. */
function columns(c: number): number {
  return (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x2500 && c <= 0x257f) // box drawing, as mail fonts draw it in Japanese text
    ? 2
    : 1;
}

/** A page's lines wrapped at a common width: the widest width shared by enough long lines. */
const MIN_WRAP = 40;
const MAX_WRAP = 100;
/** How many lines must end within WRAP_SLACK columns of the width, and what share of the long lines. */
const MIN_WRAPPED_LINES = 8;
const MIN_WRAPPED_SHARE = 0.25;
/** A line this much wider than the wrap width was not wrapped; a wrapped page has few such prose lines. */
const LONG_PAST_WRAP = 6;
const LONG_PROSE_RATIO = 2;
/** The lines measured at most: a wrapped page shows its width long before, and a 5 MB page costs no more. */
const MAX_MEASURED = 200;
/** A wrapped page joins many lines; a few joins are lines of a list that happen to share a width. */
const MIN_JOINS = 4;
/** A wrapped line ends this close to the width (a full-width unit that would not fit leaves one column). */
const WRAP_SLACK = 2;
/** A line that starts something of its own: a list item, a heading mark, a rule, a numbered section. */
const STARTS_OWN_LINE = /^[ \u3000]*(?:[■◆●▼▲□◇○◎★☆・※＊*•【［[〈《＜<(（「『━─―—=＝\-－~～#＃➀-➉①-⑳]|[0-9０-９]{1,2}[.．)）]|第[0-9０-９]{1,2}|[(（]?[0-9０-９]{1,2}[)）])/;
/** A quoted mail line's prefix: 「> 」 or 「＞」. */
const QUOTE_PREFIX = /^[ \u3000]*[>＞][ \u3000]?/;
const ASCII_WORD = /[0-9A-Za-z]/;
/** A rule line (━━━━━━, ------): never joined to the next. */
const RULE = /^[ \u3000]*([━─―—=＝\-－~～])\1{5,}/;

export interface Unwrapped {
  /** The text with wrapped paragraphs joined. */
  text: string;
  /** offsets[i]: where unit i of `text` is in the original; offsets[text.length] is the original's length. */
  offsets: Int32Array;
}

interface LineInfo {
  start: number;
  end: number;
  width: number;
}

/**
 * Each line with its display width (see lineWidth), once the page is known to be wrapped.
 */
function lineInfos(text: string): LineInfo[] {
  const out: LineInfo[] = [];
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    out.push({ start, end, width: lineWidth(text, start, end) });
    start = nl + 1;
  }
  return out;
}

/**
 * A line's display width. Only a line whose length could put it near a wrap width is measured unit by unit;
 * the rest (long paragraphs, short menu items) are bounded by their length, which is all the tests need.
 */
function lineWidth(text: string, start: number, end: number): number {
  const length = end - start;
  if (length * 2 < MIN_WRAP) return length * 2; // at most this wide: never a wrapped line
  if (length > MAX_WRAP) return length; // at least this wide: never a wrapped line either
  let width = 0;
  for (let i = start; i < end; i++) width += columns(text.charCodeAt(i));
  return width;
}

/**
 * The width the page is wrapped at, or null when it is not hard-wrapped: the width most lines that do not
 * end a sentence end at. One pass over the page's lines (`all`, the ones the engine reads the page by) and no
 * allocation per line: most pages are not wrapped, and this is all they cost.
 */
function wrapWidth(text: string, all: readonly Range[]): number | null {
  const byWidth = new Map<number, number>();
  let long = 0;
  let measured = 0;
  for (const l of all) {
    if (measured >= MAX_MEASURED) break;
    const start = l.start;
    const nl = l.end;
    // Only a line a wrap could have cut is measured: not one ending a sentence (。), a paragraph's end, nor one
    // followed by a blank line or the end (most lines of a page that is not wrapped are one or the other).
    const last = text.charCodeAt(nl - 1);
    const next = text.charCodeAt(nl + 1);
    const cut = nl > start && last !== 0x3002 && last !== 0x0d && nl + 1 < text.length && next !== 0x0a && next !== 0x0d;
    const w = cut ? lineWidth(text, start, nl) : 0;
    if (w > 0 && w <= MAX_WRAP) measured++;
    if (w >= MIN_WRAP) {
      long++;
      if (w <= MAX_WRAP) byWidth.set(w, (byWidth.get(w) ?? 0) + 1);
    }
  }
  // The width most lines end at or just under (a full-width unit that does not fit ends a line a column short).
  let best: number | null = null;
  let bestCount = 0;
  for (const w of byWidth.keys()) {
    let n = 0;
    for (let d = 0; d <= WRAP_SLACK; d++) n += byWidth.get(w - d) ?? 0;
    if (n > bestCount || (n === bestCount && best !== null && w > best)) {
      best = w;
      bestCount = n;
    }
  }
  if (best === null || bestCount < MIN_WRAPPED_LINES || bestCount < long * MIN_WRAPPED_SHARE) return null;
  // A page of prose paragraphs on long lines is not wrapped, whatever its headlines' lengths: 「…のおそれ」
  // lines of a list of headlines may share a width by chance.
  let longProse = 0;
  for (let start = 0; start <= text.length; ) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    if (lineWidth(text, start, nl) > best + LONG_PAST_WRAP && text.slice(start, nl).includes('。')) longProse++;
    start = nl + 1;
  }
  return longProse * LONG_PROSE_RATIO > bestCount ? null : best;
}

/**
 * The text with each hard-wrapped paragraph on one line, or null when the page is not hard-wrapped (then
 * nothing is copied). A line is joined to the next when it is full (ends within WRAP_SLACK columns of the
 * wrap width) and the next starts no list item, heading or rule; two quoted lines join without the second's
 * 「> 」. Between two ASCII letters or digits the line break becomes a space (English words stay apart).
 */
export function unwrapHardLines(text: string, all: readonly Range[] = lines(text)): Unwrapped | null {
  if (text.length < 200) return null;
  const width = wrapWidth(text, all);
  if (width === null) return null;
  const infos = lineInfos(text);
  const parts: string[] = [];
  const offsets: number[] = [];
  const emit = (from: number, to: number) => {
    parts.push(text.slice(from, to));
    for (let i = from; i < to; i++) offsets.push(i);
  };
  let joins = 0;
  // Where the next line's text starts: past its 「> 」 when it was joined to a quoted line.
  let carry = -1;
  for (let k = 0; k < infos.length; k++) {
    const l = infos[k]!;
    const next = infos[k + 1];
    emit(carry >= 0 ? carry : l.start, l.end);
    carry = -1;
    if (!next) {
      emit(l.end, text.length);
      break;
    }
    const line = text.slice(l.start, l.end);
    const nextLine = text.slice(next.start, next.end);
    const quoted = QUOTE_PREFIX.exec(line);
    const nextQuoted = QUOTE_PREFIX.exec(nextLine);
    const nextBody = nextQuoted ? nextLine.slice(nextQuoted[0].length) : nextLine;
    const full = l.width >= width - WRAP_SLACK && l.width <= width;
    if (!full || nextBody.trim() === '' || !!quoted !== !!nextQuoted || RULE.test(line) || STARTS_OWN_LINE.test(nextBody)) {
      emit(l.end, next.start);
      continue;
    }
    joins++;
    carry = next.start + (nextQuoted ? nextQuoted[0].length : 0);
    if (ASCII_WORD.test(text.charAt(l.end - 1)) && ASCII_WORD.test(text.charAt(carry))) {
      parts.push(' ');
      offsets.push(l.end);
    }
  }
  if (joins < MIN_JOINS) return null;
  const joined = parts.join('');
  const map = new Int32Array(joined.length + 1);
  for (let i = 0; i < joined.length; i++) map[i] = offsets[i]!;
  map[joined.length] = text.length;
  return { text: joined, offsets: map };
}

/** The original range of the range [start, end) of the unwrapped text. */
export function originalRange(offsets: Int32Array, start: number, end: number): [number, number] {
  if (end <= start) return [offsets[start]!, offsets[start]!];
  return [offsets[start]!, offsets[end - 1]! + 1];
}

// Sentence and line index over a region of text, for the count extractor: sentence bounds
// (split on 。/!/? and newlines) and the possibility hedge of each count, including the
// hedge a list inherits from its lead-in sentence ("漏えいの可能性がある個人情報は下記の通り。").
// Built in one linear pass; lookups are binary searches.

import { gateOf, inSet } from '../text/gated-scan';
import { isTrimmedSpace } from '../text/lines';

/** Possibility hedges. Must match 可能性, おそれ, 恐れ, 懸念. */
const HEDGE_RE = /可能性|おそれ|恐れ|懸念/;
/** Negated hedges, removed before testing: 可能性はございません, おそれはありません. */
const NEGATED_HEDGE_RE = /(?:可能性|おそれ|恐れ|懸念)[はも](?:ございません|ありません|ない|無い|なし|無し)/g;
/**
 * Sentence terminators and hedge words (HEDGE_RE's), in one scan of a line: the sentences and which of
 * them hold a hedge word at once. No hedge word holds a terminator, so each match is one or the other.
 * It replaced a scan for terminators plus a HEDGE_RE test of every line and of each sentence of a
 * hedged line (on the bench page: 296 regex calls instead of 435).
 */
const TERMINATOR_OR_HEDGE_RE = /[。!?！？]|可能性|おそれ|恐れ|懸念/g;
/** A bulleted list line: ・免許証情報;1件, • 入所者名… */
const BULLET_RE = /^[ \u3000\t]*[・•●○◆◇■□▪‐\-*※]/;
/** A numbered line (heading or item): 1.経緯, (2)対象件数, ① …, 1 事案の概要. Not 2022年…. */
const NUMBERED_RE =
  /^[ \u3000\t]*(?:\d{1,2}[.．)）、]|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[ \u3000]+\S)/;
/** The characters NUMBERED_RE's and BULLET_RE's marks start with (after the indent). */
const NUMBERED_START = gateOf('0123456789(（①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳一二三四五六七八九十');
const BULLET_START = gateOf('・•●○◆◇■□▪‐-*※');
/** A line this short (trimmed, not ending a sentence) is a label/value line of the list above it. */
const SHORT_LINE = 30;

/** The hedge token in a sentence, ignoring negated ones; null when not hedged. */
export function hedgeToken(sentence: string): string | null {
  // Most sentences hold no hedge word at all: then there is nothing to remove.
  const first = HEDGE_RE.exec(sentence);
  return first === null ? null : hedgeTokenOf(sentence, first[0]);
}

/** hedgeToken of a sentence whose first hedge word is `first`. */
function hedgeTokenOf(sentence: string, first: string): string | null {
  // Mostly no hedge is negated: then the first hedge stands (what the removal would leave first).
  NEGATED_HEDGE_RE.lastIndex = 0;
  if (!NEGATED_HEDGE_RE.test(sentence)) return first;
  const m = HEDGE_RE.exec(sentence.replace(NEGATED_HEDGE_RE, ''));
  return m ? m[0] : null;
}

/** The hedge word (HEDGE_RE's) ending at `end` in s, told by its last units: 可能性, 懸念, おそれ, 恐れ. */
function hedgeWordBefore(s: string, end: number): string {
  const c = s.charCodeAt(end - 1);
  if (c === 0x6027) return '可能性'; // 性
  if (c === 0x5ff5) return '懸念'; // 念
  return s.charCodeAt(end - 2) === 0x305d ? 'おそれ' : '恐れ'; // そ
}

/** What one line contributes to the index: its sentences and how its hedges pass on. */
interface LineInfo {
  /** Its sentences: [first, first + count) in the index's sentence arrays. */
  first: number;
  count: number;
  /** A list item or label line: its sentences without a hedge take the lead-in's. */
  inherits: boolean;
  /** The lead hedge this line sets for the lines after it (when it does not inherit). */
  leadOut: string | null;
}

/**
 * Built lazily: a region has many lines and few counts, so only the lines holding a count (and, for
 * list lines, the lines back to their lead-in) are ever split into sentences and tested for hedges.
 * Each line is read at most once, so lookups stay linear in the region overall.
 */
export class CountTextIndex {
  /**
   * The sentences of every line split so far, each line's together and in order (see LineInfo):
   * shared arrays, rather than three small ones per line, as most lines hold one or two sentences.
   */
  private readonly sentences: SentenceStore = { sStart: [], sEnd: [], sOwn: [] };
  private readonly lineInfo = new Map<number, LineInfo | null>();
  /** Lead hedge in force at the start of each line (by line start), once known. */
  private readonly leadIn = new Map<number, string | null>();

  constructor(
    private readonly text: string,
    private readonly lo: number,
    private readonly hi: number,
  ) {}

  /** The line [start, end) found last: counts come in text order, so it usually holds the next one. */
  private curStart = -1;
  private curEnd = -1;

  /** Start of the line holding pos (lines are cut at newlines and at the region's start). */
  private lineStartOf(pos: number): number {
    if (pos >= this.curStart && pos < this.curEnd) return this.curStart;
    // Counts come in text order: pos is often on the line after the last one (its newline at curEnd).
    // Then one forward search finds its end, and its start is known (no backward search).
    if (pos > this.curEnd && this.curEnd >= 0 && this.curEnd < this.hi) {
      const next = this.text.indexOf('\n', this.curEnd + 1);
      if (next < 0 || next >= pos) {
        this.curStart = this.curEnd + 1;
        this.curEnd = next < 0 || next > this.hi ? this.hi : next;
        return this.curStart;
      }
    }
    // pos 0: lastIndexOf(…, -1) would still find a newline at 0 (the search starts at 0, not before it).
    const start = Math.max(this.lo, pos > 0 ? this.text.lastIndexOf('\n', pos - 1) + 1 : 0);
    let end = this.text.indexOf('\n', pos);
    if (end < 0 || end > this.hi) end = this.hi;
    this.curStart = start;
    this.curEnd = end;
    return start;
  }

  /** The start of the last line split so far: a line after it is not in lineInfo yet. */
  private lastSplit = -1;

  /** The line starting at lineStart, split into sentences; null for a blank line. */
  private info(lineStart: number): LineInfo | null {
    // Counts come in text order: their lines mostly come after every line split so far (no lookup).
    if (lineStart <= this.lastSplit) {
      const known = this.lineInfo.get(lineStart);
      if (known !== undefined) return known;
    } else this.lastSplit = lineStart;
    // Mostly the line just found by lineStartOf, whose end is known.
    let lineEnd = lineStart === this.curStart ? this.curEnd : this.text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > this.hi) lineEnd = this.hi;
    const line = this.text.slice(lineStart, lineEnd);
    // The line trimmed (as trim would), by hand: its bounds are all that is read.
    let first = 0;
    let last = line.length;
    while (first < last && isTrimmedSpace(line.charCodeAt(first))) first++;
    while (last > first && isTrimmedSpace(line.charCodeAt(last - 1))) last--;
    const info = last > first ? splitLine(line, lineStart, last - first, line.charCodeAt(last - 1), this.sentences) : null;
    this.lineInfo.set(lineStart, info);
    return info;
  }

  /** The lead hedge in force at the start of the line at lineStart (from the lines before it). */
  private leadAt(lineStart: number): string | null {
    // Walk back to the nearest line that sets the lead (or to a line whose lead is known); the line
    // found last is kept, as the next count is mostly on it.
    const curStart = this.curStart;
    const curEnd = this.curEnd;
    const chain: number[] = [];
    let lead: string | null = null;
    let start = lineStart;
    for (;;) {
      const known = this.leadIn.get(start);
      if (known !== undefined) {
        lead = known;
        break;
      }
      chain.push(start);
      if (start <= this.lo) break;
      const prev = this.lineStartOf(start - 1);
      const info = this.info(prev);
      if (info && !info.inherits) {
        lead = info.leadOut;
        break;
      }
      // A blank or inheriting line passes the lead on unchanged.
      start = prev;
    }
    for (const s of chain) this.leadIn.set(s, lead);
    this.curStart = curStart;
    this.curEnd = curEnd;
    return lead;
  }

  /** The index (in the sentence arrays) of the line's sentence holding pos (the last one starting at or before it), or -1. */
  private sentenceIndex(info: LineInfo, pos: number): number {
    const sStart = this.sentences.sStart;
    let lo = info.first;
    let hi = info.first + info.count - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sStart[mid]! <= pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** [start, end) of the sentence containing pos; [pos, pos) when pos is outside every sentence. */
  sentenceAt(pos: number): [number, number] {
    if (pos < this.lo || pos >= this.hi) return this.outside(pos);
    const info = this.info(this.lineStartOf(pos));
    const i = info ? this.sentenceIndex(info, pos) : -1;
    if (!info || i < 0) return this.outside(pos);
    const { sStart, sEnd } = this.sentences;
    if (sEnd[i]! < pos) return [pos, pos];
    return [sStart[i]!, sEnd[i]!];
  }

  /** Hedge token for a count starting at pos (own sentence, or the list's lead-in). */
  hedgeAt(pos: number): string | null {
    if (pos < this.lo || pos >= this.hi) return this.outsideHedge(pos);
    const lineStart = this.lineStartOf(pos);
    const info = this.info(lineStart);
    const i = info ? this.sentenceIndex(info, pos) : -1;
    if (!info || i < 0) return this.outsideHedge(pos);
    const own = this.sentences.sOwn[i]!;
    return info.inherits ? (own ?? this.leadAt(lineStart)) : own;
  }

  /** Positions outside [lo, hi) or in a blank line: the last sentence starting before pos, as before. */
  private outside(pos: number): [number, number] {
    const r = this.lastSentenceBefore(pos);
    if (!r || r.end < pos) return [pos, pos];
    return [r.start, r.end];
  }

  private outsideHedge(pos: number): string | null {
    return this.lastSentenceBefore(pos)?.hedge ?? null;
  }

  /** The last sentence of the region starting at or before pos (a backward walk over lines). */
  private lastSentenceBefore(pos: number): { start: number; end: number; hedge: string | null } | null {
    if (pos < this.lo) return null;
    let start = this.lineStartOf(Math.min(pos, this.hi));
    for (;;) {
      const info = start < this.hi ? this.info(start) : null;
      if (info) {
        const i = this.sentenceIndex(info, pos);
        if (i >= 0) {
          const { sStart, sEnd, sOwn } = this.sentences;
          const own = sOwn[i]!;
          return { start: sStart[i]!, end: sEnd[i]!, hedge: info.inherits ? (own ?? this.leadAt(start)) : own };
        }
      }
      if (start <= this.lo) return null;
      start = this.lineStartOf(start - 1);
    }
  }
}

/** Is c a sentence terminator (the terminators of TERMINATOR_OR_HEDGE_RE)? */
const isTerminator = (c: number) => c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f;

/** The first unit of line after its indent ([ \u3000\t]*); NaN when there is none. */
function firstAfterIndent(line: string): number {
  let i = 0;
  for (let c = line.charCodeAt(0); c === 0x20 || c === 0x3000 || c === 0x09; c = line.charCodeAt(++i));
  return line.charCodeAt(i);
}

/** Sentence starts/ends (absolute offsets) and the own hedge token of each sentence (null: none). */
interface SentenceStore {
  sStart: number[];
  sEnd: number[];
  sOwn: (string | null)[];
}

/**
 * Splits one line into sentences with their own hedges, appended to `store`; decides how the line
 * passes hedges on. `trimmedLength` and `lastUnit`: the length and last unit of the line trimmed.
 */
function splitLine(line: string, offset: number, trimmedLength: number, lastUnit: number, store: SentenceStore): LineInfo {
  // Most lines are neither numbered nor bulleted: their first character after the indent says so.
  const mark = firstAfterIndent(line);
  const numbered = inSet(NUMBERED_START, mark) && NUMBERED_RE.test(line);
  const labelLine = trimmedLength <= SHORT_LINE && !isTerminator(lastUnit);
  const inherits = !numbered && ((inSet(BULLET_START, mark) && BULLET_RE.test(line)) || labelLine);
  const info: LineInfo = { first: store.sStart.length, count: 0, inherits, leadOut: null };
  let s = 0;
  let last: string | null = null;
  let any: string | null = null;
  let firstHedge: string | null = null; // the first hedge word of the sentence being read
  let negatable = false; // does a hedge word of the sentence stand before は/も (as NEGATED_HEDGE_RE needs)?
  TERMINATOR_OR_HEDGE_RE.lastIndex = 0;
  for (;;) {
    // test, not exec: no match array; what matched is told by the units before lastIndex.
    const found = TERMINATOR_OR_HEDGE_RE.test(line);
    const e = found ? TERMINATOR_OR_HEDGE_RE.lastIndex : line.length;
    if (found && !isTerminator(line.charCodeAt(e - 1))) {
      firstHedge ??= hedgeWordBefore(line, e);
      const next = line.charCodeAt(e);
      if (next === 0x306f || next === 0x3082) negatable = true; // は, も
      continue;
    }
    if (e > s) {
      // A sentence without a hedge word has no hedge token (hedgeToken would find none); without one
      // before は/も, none is negated and the first stands (hedgeTokenOf would find so).
      last = firstHedge === null ? null : negatable ? hedgeTokenOf(line.slice(s, e), firstHedge) : firstHedge;
      any = any ?? last;
      store.sStart.push(offset + s);
      store.sEnd.push(offset + e);
      store.sOwn.push(last);
      info.count++;
    }
    firstHedge = null;
    negatable = false;
    if (!found) break;
    s = e;
  }
  info.leadOut = numbered ? any : last;
  return info;
}

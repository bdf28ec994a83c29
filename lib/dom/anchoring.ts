// Saving and re-finding a span of a page the way Hypothesis does, with W3C Web Annotation selectors:
// a TextQuoteSelector (the text plus 32 characters either side) and a TextPositionSelector. Pure: it
// works on PageText, so the same code re-anchors in the content script and in tests.
// Order: the old position if the text there is unchanged; else the best exact occurrence (context and
// distance to the old position); else, unless exactOnly, an approximate match found from n-gram
// anchors and verified with a bounded edit-distance search — never a scan of pattern × page.

import type { PageText } from '../types';
import { approxSearch, similarity } from './approx-search';

export interface TextQuoteSelector {
  type?: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type?: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface SpanSelector {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export interface DescribedSpan {
  quote: Required<TextQuoteSelector>;
  position: Required<TextPositionSelector>;
}

export interface AnchorOptions {
  /** Only exact occurrences of the quote (numbers: 1,234件 must never anchor on 1,284件). */
  exactOnly?: boolean;
}

export const CONTEXT_CHARS = 32;
/** Longest quote the approximate search accepts. */
export const MAX_FUZZY_QUOTE = 512;
const MIN_FUZZY_QUOTE = 5;
const MAX_OCCURRENCES = 1000;
const MAX_PROBES = 16;
const MAX_PROBE_HITS = 64;
const MAX_CLUSTERS = 4;

/** Selectors for text[start, end) of the page. */
export function describeRange(page: PageText, start: number, end: number): DescribedSpan {
  const text = page.text;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Where the selected span is in `page` now, or null when it cannot be found. */
export function anchor(
  page: PageText,
  selector: SpanSelector,
  opts: AnchorOptions = {},
): { start: number; end: number } | null {
  const text = page.text;
  const { exact } = selector.quote;
  const pos = selector.position;
  if (!exact) return null;
  if (pos && text.slice(pos.start, pos.end) === exact) return { start: pos.start, end: pos.end };

  const score = (start: number, end: number) => contextScore(text, start, end, selector, pos?.start);
  let best: { start: number; end: number; score: number } | null = null;
  let found = 0;
  for (let i = text.indexOf(exact); i >= 0 && found < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1), found++) {
    const s = score(i, i + exact.length);
    if (!best || s > best.score) best = { start: i, end: i + exact.length, score: s };
  }
  if (best) return { start: best.start, end: best.end };

  if (opts.exactOnly || exact.length < MIN_FUZZY_QUOTE || exact.length > MAX_FUZZY_QUOTE) return null;
  return fuzzyAnchor(text, exact, pos?.start, score);
}

/** Prefix and suffix similarity (weight 20 each) plus closeness to the old position (weight 2). */
function contextScore(text: string, start: number, end: number, sel: SpanSelector, hint?: number): number {
  const prefix = sel.quote.prefix ?? '';
  const suffix = sel.quote.suffix ?? '';
  let s = 0;
  if (prefix) s += 20 * similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  if (suffix) s += 20 * similarity(suffix, text.slice(end, end + suffix.length));
  if (hint !== undefined && text.length > 0) s += 2 * (1 - Math.min(1, Math.abs(start - hint) / text.length));
  return s;
}

/**
 * Approximate match: pieces of the quote found verbatim vote for where the quote starts; the best few
 * places (plus the old position) are verified with an edit-distance search over a small window.
 */
function fuzzyAnchor(
  text: string,
  exact: string,
  hint: number | undefined,
  score: (start: number, end: number) => number,
): { start: number; end: number } | null {
  const m = exact.length;
  const maxErrors = Math.max(1, Math.floor(m / 4));
  // With maxErrors + 1 disjoint pieces one must survive intact (pigeonhole); cap the scans at 16.
  const probes = Math.min(maxErrors + 1, MAX_PROBES);
  const pieceLength = Math.floor(m / probes);
  const votes: { at: number; probe: number }[] = [];
  for (let p = 0; p < probes; p++) {
    const offset = p * pieceLength;
    const piece = exact.slice(offset, offset + pieceLength);
    const hits: number[] = [];
    for (let i = text.indexOf(piece); i >= 0 && hits.length <= MAX_PROBE_HITS; i = text.indexOf(piece, i + 1)) {
      hits.push(i - offset);
    }
    if (hits.length > MAX_PROBE_HITS) continue; // too common to tell anything
    for (const at of hits) votes.push({ at, probe: p });
  }
  votes.sort((a, b) => a.at - b.at);

  const windows: { from: number; to: number; weight: number }[] = [];
  for (let i = 0; i < votes.length; ) {
    const first = votes[i]!.at;
    const seen = new Set<number>();
    let last = first;
    for (; i < votes.length && votes[i]!.at - first <= 2 * maxErrors; i++) {
      seen.add(votes[i]!.probe);
      last = votes[i]!.at;
    }
    windows.push({ from: first - maxErrors, to: last + m + maxErrors, weight: seen.size });
  }
  const near = (w: { from: number }) => (hint === undefined ? 0 : Math.abs(w.from - hint));
  windows.sort((a, b) => b.weight - a.weight || near(a) - near(b));
  const candidates = windows.slice(0, MAX_CLUSTERS);
  if (hint !== undefined) candidates.push({ from: hint - maxErrors, to: hint + m + maxErrors, weight: 0 });

  let best: { start: number; end: number; errors: number; score: number } | null = null;
  for (const w of candidates) {
    const match = approxSearch(text, exact, w.from, w.to, maxErrors, w.from + maxErrors + m);
    if (!match || match.end <= match.start) continue;
    const s = score(match.start, match.end);
    if (!best || match.errors < best.errors || (match.errors === best.errors && s > best.score)) {
      best = { ...match, score: s };
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}

// Provenance of a saved incident: where it was read, anchored the way the W3C Web Annotation
// model anchors a selection (TextQuoteSelector + TextPositionSelector) so it can be found again.
import { normalizeUrl, quoteKey, spansOverlap } from './normalize';

/** Schemes a saved page can have: the content script runs on http(s); a selection may be on file:. */
const PAGE_URL_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Whether `url` is a page address a source may point to (never javascript:, data:, blob:…). */
export function isPageUrl(url: string): boolean {
  try {
    return PAGE_URL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Characters of context kept on each side of the quote (TextQuoteSelector prefix/suffix). */
export const QUOTE_CONTEXT = 32;

/** W3C TextQuoteSelector. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: [start, end) offsets into the page text the engine read. */
export interface TextPosition {
  start: number;
  end: number;
}

export interface Source {
  url: string;
  title: string;
  quote: TextQuote;
  position: TextPosition;
  /** Hash of the page text the offsets refer to (the page may change later). */
  pageHash: string;
  /** ISO date-time. */
  savedAt: string;
  /** Version of the engine that extracted the facts. */
  engineVersion: string;
}

export interface PageMeta {
  url: string;
  title: string;
  pageHash: string;
  engineVersion: string;
}

/** Build a Source for the span [start, end) of a page's text, with 32 characters of context each side. */
export function sourceFromPage(
  text: string,
  span: readonly [number, number],
  meta: PageMeta,
  now: string = new Date().toISOString(),
): Source {
  const start = Math.max(0, Math.min(span[0], text.length));
  const end = Math.max(start, Math.min(span[1], text.length));
  return {
    url: meta.url,
    title: meta.title,
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { start, end },
    pageHash: meta.pageHash,
    savedAt: now,
    engineVersion: meta.engineVersion,
  };
}

/** Two sources are one provenance when they are on the same page and anchor the same text. */
export function sameSource(a: Source, b: Source): boolean {
  if (normalizeUrl(a.url) !== normalizeUrl(b.url)) return false;
  if (spansOverlap(a.position, b.position)) return true;
  const qa = quoteKey(a.quote.exact);
  return qa !== '' && qa === quoteKey(b.quote.exact);
}

/**
 * Union of source lists, in order of first appearance. When two sources are one provenance the
 * more recently saved one replaces the older in place (same page re-saved: fresh offsets/hash).
 */
export function unionSources(...lists: readonly (readonly Source[])[]): Source[] {
  const out: Source[] = [];
  for (const list of lists) {
    for (const source of list) {
      const i = out.findIndex((s) => sameSource(s, source));
      if (i < 0) out.push(source);
      else if (source.savedAt > out[i]!.savedAt) out[i] = source;
    }
  }
  return out;
}

/** Latest savedAt over the sources ('' when there are none). */
export function lastSavedAt(sources: readonly Source[]): string {
  let latest = '';
  for (const s of sources) if (s.savedAt > latest) latest = s.savedAt;
  return latest;
}

/** Earliest savedAt over the sources ('' when there are none). */
export function firstSavedAt(sources: readonly Source[]): string {
  let first = '';
  for (const s of sources) if (first === '' || s.savedAt < first) first = s.savedAt;
  return first;
}

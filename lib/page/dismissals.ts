// "Not a breach" on a page: the user's dismissal is remembered as a short quote of the incident's text
// (its first characters), so it still applies after the page changes around it. Pure.
import { normalizeQuote } from '../store/normalize';
import type { Incident } from '../types';

/** Characters of the incident's text kept as its dismissal quote. */
export const DISMISS_QUOTE_CHARS = 80;

/** The quote that identifies a dismissed incident: the start of its text (heading first). */
export function dismissQuote(text: string, incident: Pick<Incident, 'span'>): string {
  const [start, end] = incident.span;
  return text.slice(start, Math.min(end, start + DISMISS_QUOTE_CHARS)).trim();
}

/** Indexes of the incidents a stored dismissal quote matches (whitespace and width folded). */
export function dismissedIndexes(text: string, incidents: readonly Pick<Incident, 'span'>[], quotes: readonly string[]): Set<number> {
  const keys = quotes.map(normalizeQuote).filter((q) => q !== '');
  const out = new Set<number>();
  if (keys.length === 0) return out;
  incidents.forEach((incident, i) => {
    const head = normalizeQuote(text.slice(incident.span[0], Math.min(incident.span[1], incident.span[0] + 4 * DISMISS_QUOTE_CHARS)));
    if (keys.some((k) => head.startsWith(k))) out.add(i);
  });
  return out;
}

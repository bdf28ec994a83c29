// Revisiting a page: which incidents found now were saved before, and which saved records the engine
// did not find this time (orphans: the page changed, or the record came from a selection). Records are
// re-found by their saved W3C selectors (TextPosition, then TextQuote with context). Pure.
import { anchor } from '../dom/anchoring';
import { normalizeUrl } from '../store/normalize';
import type { IncidentRecord } from '../store/record';
import type { Incident, PageText } from '../types';

export interface SavedOrphan {
  record: IncidentRecord;
  start: number;
  end: number;
}

export interface SavedMatch {
  /** Incident index → id of the record that holds it. */
  savedIds: Map<number, string>;
  /** Saved records anchored on this page that overlap no incident found now. */
  orphans: SavedOrphan[];
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

export function matchSavedRecords(
  page: PageText,
  url: string,
  incidents: readonly Pick<Incident, 'span'>[],
  records: readonly IncidentRecord[],
): SavedMatch {
  const here = normalizeUrl(url);
  const savedIds = new Map<number, string>();
  const orphans: SavedOrphan[] = [];
  for (const record of records) {
    for (const source of record.sources) {
      if (normalizeUrl(source.url) !== here) continue;
      const found = anchor(page, { quote: source.quote, position: source.position });
      if (!found) continue;
      let best = -1;
      let bestOverlap = 0;
      incidents.forEach((incident, i) => {
        const o = overlap(found.start, Math.max(found.end, found.start + 1), incident.span[0], incident.span[1]);
        if (o > bestOverlap) [best, bestOverlap] = [i, o];
      });
      if (best >= 0) {
        if (!savedIds.has(best)) savedIds.set(best, record.id);
      } else {
        orphans.push({ record, start: found.start, end: found.end });
      }
      break;
    }
  }
  return { savedIds, orphans };
}

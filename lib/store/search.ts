// Searching, filtering and sorting the library in memory. Pure. Each record's searchable text is
// folded once (NFKC, lower case) and cached per record object, so a query over 10,000 records is
// a few substring tests per record.
import { CATEGORIES, CAUSES } from '../vocabulary';
import { foldText, normalizeOrg } from './normalize';
import type { IncidentRecord } from './record';
import { lastSavedAt } from './source';

export type SortKey = 'org' | 'published' | 'total' | 'savedAt';
export type SortOrder = 'asc' | 'desc';

export interface SearchQuery {
  /** Words that must all occur (NFKC, case-insensitive) in org, heading, notes, tags, categories,
   *  cause, quotes or titles. */
  text?: string;
  /** Category key the record must have. */
  category?: string;
  /** Cause key the record must have. */
  cause?: string;
  /** Published on or after this ISO date (records without a date are then excluded). */
  from?: string;
  /** Published on or before this ISO date. */
  to?: string;
  breachesOnly?: boolean;
  /** Tag the record must carry (NFKC, case-insensitive). */
  tag?: string;
  sort?: SortKey;
  /** Default: 'desc' for published/total/savedAt (newest, largest first), 'asc' for org. */
  order?: SortOrder;
}

export interface SearchEntry {
  record: IncidentRecord;
  /** Folded text of every searchable field, fields separated by newlines. */
  text: string;
  /** normalizeOrg(org): no legal form (株式会社…), so 株式会社アルファ sorts under ア ('' when unknown). */
  org: string;
  /** Folded tags. */
  tags: readonly string[];
  savedAt: string;
}

export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
}

const cache = new WeakMap<IncidentRecord, SearchEntry>();

function label(key: string, table: Readonly<Record<string, { ja: string[] }>>): string {
  return `${key} ${table[key]?.ja[0] ?? ''}`;
}

/** The search entry of one record (cached: records are replaced, never mutated, by the store). */
export function searchEntry(record: IncidentRecord): SearchEntry {
  let entry = cache.get(record);
  if (!entry) {
    const parts = [
      record.org ?? '',
      record.heading ?? '',
      record.notes,
      ...record.tags,
      ...record.categories.map((c) => label(c, CATEGORIES)),
      record.cause ? label(record.cause, CAUSES) : '',
      ...record.sources.flatMap((s) => [s.quote.exact, s.title]),
    ];
    entry = {
      record,
      text: parts.map(foldText).join('\n'),
      org: normalizeOrg(record.org),
      tags: record.tags.map(foldText),
      savedAt: lastSavedAt(record.sources),
    };
    cache.set(record, entry);
  }
  return entry;
}

/** Precompute the search entries of a list of records. */
export function buildSearchIndex(records: readonly IncidentRecord[]): SearchIndex {
  return { entries: records.map(searchEntry) };
}

/** A partial ISO date (YYYY or YYYY-MM) is in range when any of its days is. */
function inRange(published: string, from?: string, to?: string): boolean {
  if (from && published < from.slice(0, published.length)) return false;
  if (to && published > to.slice(0, published.length)) return false;
  return true;
}

type Getter = (e: SearchEntry) => string | number | null;
const SORT_VALUE: Record<SortKey, Getter> = {
  org: (e) => e.org || null,
  published: (e) => e.record.published,
  total: (e) => e.record.total_affected,
  savedAt: (e) => e.savedAt || null,
};

function compare(get: Getter, direction: number) {
  return (a: SearchEntry, b: SearchEntry): number => {
    const [va, vb] = [get(a), get(b)];
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1; // unknown values last, whatever the order
    } else if (va !== vb) {
      return (va < vb ? -1 : 1) * direction;
    }
    return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
  };
}

/**
 * The index in the order filterRecords gives for `sort` (default order as there). Filtering a
 * sorted index without a sort keeps its order, so a list that is searched often sorts once.
 */
export function sortIndex(index: SearchIndex, sort: SortKey, order?: SortOrder): SearchIndex {
  const direction = (order ?? (sort === 'org' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  return { entries: [...index.entries].sort(compare(SORT_VALUE[sort], direction)) };
}

/**
 * A query that filters nothing and sorts newest saved first (the popup's recent list): mostRecent()
 * answers it from the savedAt index instead of reading everything.
 */
export function isRecentQuery(query: SearchQuery | undefined): boolean {
  if (!query || query.sort !== 'savedAt' || (query.order ?? 'desc') !== 'desc') return false;
  const { text, category, cause, from, to, breachesOnly, tag } = query;
  return foldText(text ?? '') === '' && !category && !cause && !from && !to && !breachesOnly && !(tag && foldText(tag));
}

/** The records matching every part of `query`, sorted as asked (unsorted query keeps input order). */
export function filterRecords(
  source: readonly IncidentRecord[] | SearchIndex,
  query: SearchQuery = {},
): IncidentRecord[] {
  const entries: readonly SearchEntry[] = Array.isArray(source)
    ? (source as readonly IncidentRecord[]).map(searchEntry)
    : (source as SearchIndex).entries;
  const words = query.text ? foldText(query.text).split(' ').filter((w) => w !== '') : [];
  const tag = query.tag ? foldText(query.tag) : '';
  const dated = Boolean(query.from || query.to);

  const hits = entries.filter((e) => {
    const r = e.record;
    if (query.breachesOnly && !r.is_breach) return false;
    if (query.category && !r.categories.includes(query.category)) return false;
    if (query.cause && r.cause !== query.cause) return false;
    if (tag && !e.tags.includes(tag)) return false;
    if (dated && (!r.published || !inRange(r.published, query.from, query.to))) return false;
    for (const word of words) if (!e.text.includes(word)) return false;
    return true;
  });

  const sorted = query.sort ? sortIndex({ entries: hits }, query.sort, query.order).entries : hits;
  return sorted.map((e) => e.record);
}

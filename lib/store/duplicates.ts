// Likely duplicates: the same incident reported elsewhere (a news site and the company's own お詫び,
// or the 第2報/確報 of a notice) saved as a separate record. Unlike save-time dedupe these are only
// suggestions: the user decides and merges with mergeRecords.
import { read, type Library } from './db';
import { normalizeOrg } from './normalize';
import type { IncidentRecord } from './record';
import { fromRow } from './schema';

export interface DuplicateCandidate {
  record: IncidentRecord;
  /** 0–1; higher is more likely the same incident. */
  score: number;
  /** Why, in one line (the reasons joined). */
  reason: string;
  reasons: string[];
}

/** Published dates further apart than this are different incidents. */
export const MAX_DAYS_APART = 30;

/** Day number of an ISO date (a partial date counts from its first day); null when unparsable. */
function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 86_400_000;
}

/** Totals that can describe the same set of people: within a third of each other (第1報 vs 確報). */
function totalsCompatible(a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return hi === 0 ? lo === 0 : lo / hi >= 2 / 3;
}

/**
 * How likely `other` describes the same incident as `record`, or null when it cannot: needs the
 * same organisation (normalised), published dates within 30 days (or one missing), and matching or
 * compatible totals or overlapping data categories.
 */
export function scoreDuplicate(record: IncidentRecord, other: IncidentRecord): DuplicateCandidate | null {
  if (record.id === other.id) return null;
  const org = normalizeOrg(record.org);
  if (!org || org !== normalizeOrg(other.org)) return null;
  const reasons = [`same organisation (${other.org})`];
  let score = 0.4;

  const [da, db] = [dayNumber(record.published), dayNumber(other.published)];
  if (da !== null && db !== null) {
    const apart = Math.abs(da - db);
    if (apart > MAX_DAYS_APART) return null;
    score += 0.2 * (1 - apart / MAX_DAYS_APART);
    reasons.push(apart === 0 ? 'published the same day' : `published ${apart} days apart`);
  } else {
    score += 0.05;
    reasons.push('publication date unknown for one of them');
  }

  let evidence = false;
  const [ta, tb] = [record.total_affected, other.total_affected];
  if (ta !== null && tb !== null) {
    if (ta === tb) {
      score += 0.25;
      evidence = true;
      reasons.push(`same total (${ta.toLocaleString('en')})`);
    } else if (totalsCompatible(ta, tb)) {
      score += 0.15;
      evidence = true;
      reasons.push(`compatible totals (${ta.toLocaleString('en')} / ${tb.toLocaleString('en')})`);
    }
  }

  const shared = record.categories.filter((c) => other.categories.includes(c));
  if (shared.length > 0) {
    const union = new Set([...record.categories, ...other.categories]).size;
    score += 0.15 * (shared.length / union);
    evidence = true;
    reasons.push(`shared data categories: ${shared.join(', ')}`);
  }
  if (!evidence) return null;
  const rounded = Math.round(Math.min(1, score) * 100) / 100;
  return { record: other, score: rounded, reason: reasons.join('; '), reasons };
}

/** Rank `candidates` as likely duplicates of `record`, best first. */
export function rankDuplicates(record: IncidentRecord, candidates: readonly IncidentRecord[]): DuplicateCandidate[] {
  return candidates
    .map((c) => scoreDuplicate(record, c))
    .filter((c): c is DuplicateCandidate => c !== null)
    .sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id));
}

/** Records in the library that likely describe the same incident as `record`, best first. */
export async function findLikelyDuplicates(library: Library, record: IncidentRecord): Promise<DuplicateCandidate[]> {
  const org = normalizeOrg(record.org);
  if (!org) return [];
  const rows = await read(library, (store) => store.index('by-org-key').getAll(org));
  return rankDuplicates(record, rows.map(fromRow));
}

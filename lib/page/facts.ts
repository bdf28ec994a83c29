// The highlightable facts of an incident, as [start, end) offsets into the page text with their
// explanations. Pure (no DOM): ranges.ts maps them to DOM Ranges, the painter paints them.
//   counts     — victim counts only (money, files, viewers are not what a breach is measured in)
//   categories — incident.category_mentions (data told as leaked; negated mentions are already gone)
//   org        — incident.org_span
//   cause      — incident.cause_mentions
import type { HighlightKind } from '../dom/highlight-styles';
import type { Incident } from '../types';
import type { IncidentRecord } from '../store/record';
import { CATEGORIES } from '../vocabulary';
import { explainCategory, explainCause, explainCount, explainOrg, type Explanation } from './explain';
import type { Lang } from './strings';

export interface Fact {
  /** Unique on the page: `${incidentKey}:${kind}:${n}`. */
  id: string;
  kind: HighlightKind;
  start: number;
  end: number;
  text: string;
  explanation: Explanation;
}

export function incidentFacts(incident: Incident, key: string | number, lang: Lang): Fact[] {
  const facts: Fact[] = [];
  const add = (kind: HighlightKind, start: number, end: number, text: string, explanation: Explanation) => {
    if (end > start) facts.push({ id: `${key}:${kind}:${facts.length}`, kind, start, end, text, explanation });
  };
  if (incident.org && incident.org_span) {
    add('org', incident.org_span[0], incident.org_span[1], incident.org, explainOrg(incident.org, lang));
  }
  for (const c of incident.counts) {
    if (c.victim) add('count', c.start, c.end, c.text, explainCount(c, lang));
  }
  for (const m of incident.category_mentions) add('category', m.start, m.end, m.text, explainCategory(m.key, m.text, lang));
  for (const m of incident.cause_mentions) add('cause', m.start, m.end, m.text, explainCause(m.key, m.text, lang));
  return facts.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every occurrence of `needle` in text[from, to). */
function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    out.push(i);
    if (out.length >= 50) break;
  }
  return out;
}

/**
 * Facts of a saved record the engine did not detect on this visit, found inside the span its saved
 * quote anchored to: its victim count texts (exact text only: 1,234件 never matches 1,284件), its
 * organisation, and the vocabulary terms of its categories.
 */
export function savedRecordFacts(
  text: string,
  span: { start: number; end: number },
  record: Pick<IncidentRecord, 'id' | 'org' | 'counts' | 'categories'>,
  lang: Lang,
): Fact[] {
  const facts: Fact[] = [];
  const key = `saved-${record.id}`;
  const taken: Array<[number, number]> = [];
  const add = (kind: HighlightKind, start: number, end: number, explanation: Explanation) => {
    if (taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    facts.push({ id: `${key}:${kind}:${facts.length}`, kind, start, end, text: text.slice(start, end), explanation });
  };
  for (const c of record.counts) {
    if (!c.victim) continue;
    for (const at of occurrences(text, c.text, span.start, span.end)) add('count', at, at + c.text.length, explainCount(c, lang));
  }
  if (record.org) {
    for (const at of occurrences(text, record.org, span.start, span.end)) {
      add('org', at, at + record.org.length, explainOrg(record.org, lang));
    }
  }
  for (const key of record.categories) {
    // Longest terms first, so カード番号 inside クレジットカード番号 is not painted twice.
    const terms = [...(CATEGORIES[key]?.ja ?? [])].sort((a, b) => b.length - a.length);
    for (const term of terms) {
      for (const at of occurrences(text, term, span.start, span.end)) {
        add('category', at, at + term.length, explainCategory(key, term, lang));
      }
    }
  }
  return facts.sort((a, b) => a.start - b.start || a.end - b.end);
}

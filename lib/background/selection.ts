// "Save selection" from the context menu: the user chose the text, so it is saved as one incident
// even when the detector would not call it one. When the engine finds incidents in the selection they
// are combined into one; when it finds none, the fact extractors run over the whole selection as
// one segment (is_breach stays false: the user decides later in the library).
import { extractCategories } from '../extract/categories';
import { extractCause } from '../extract/cause';
import { extractCounts, totalAffected } from '../extract/counts';
import { orgFromBody } from '../extract/org';
import { ppcTriggers } from '../extract/ppc-triggers';
import { reported } from '../extract/reported';
import { lines, sentences } from '../text/lines';
import { foldWidth } from '../text/normalize';
import type { Count, Incident, Mention } from '../types';

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** The engine's incidents in a selection, combined into one spanning the whole selection. */
export function combineIncidents(text: string, found: readonly Incident[]): Incident {
  const first = found[0]!;
  const counts: Count[] = found.flatMap((i) => i.counts);
  const breach = found.some((i) => i.is_breach);
  const categories = unique(found.flatMap((i) => i.categories));
  const cause = found.map((i) => i.cause).find((c) => c && c !== 'unknown') ?? first.cause ?? 'unknown';
  const total = breach ? totalAffected(counts) : null;
  const withOrg = found.find((i) => i.org);
  return {
    span: [0, text.length],
    heading: first.heading,
    heading_span: first.heading_span,
    org: withOrg?.org ?? null,
    org_span: withOrg?.org_span ?? null,
    published: found.map((i) => i.published).find(Boolean) ?? null,
    is_breach: breach,
    breach_evidence: unique(found.flatMap((i) => i.breach_evidence)),
    total_affected: total,
    counts: reported(counts),
    categories,
    category_mentions: reported(found.flatMap((i) => i.category_mentions)),
    cause,
    cause_mentions: reported(found.flatMap((i) => i.cause_mentions)),
    ppc_triggers: breach ? ppcTriggers(categories, cause, total) : [],
  };
}

/** Facts of a selection the detector did not take as an incident: the extractors over all of it. */
export function extractSelectionFacts(text: string): Incident {
  const folded = foldWidth(text);
  const end = folded.length;
  const sents = sentences(folded);
  const counts = extractCounts(folded, 0, end).map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
  const cats = extractCategories(folded, 0, end, lines(folded), sents);
  const cause = extractCause(folded, 0, end, sents);
  const org = orgFromBody(folded, 0, end);
  const original = (m: Mention): Mention => ({ ...m, text: text.slice(m.start, m.end) });
  return {
    span: [0, text.length],
    heading: null,
    heading_span: null,
    org: org ? text.slice(org.span.start, org.span.end) : null,
    org_span: org ? [org.span.start, org.span.end] : null,
    published: null,
    is_breach: false,
    breach_evidence: ['saved by the user from a selection'],
    total_affected: totalAffected(counts),
    counts: reported(counts),
    categories: cats.categories,
    category_mentions: reported(cats.mentions).map(original),
    cause: cause.cause ?? 'unknown',
    cause_mentions: reported(cause.mentions).map(original),
    ppc_triggers: [],
  };
}

/** One incident for a selection, whatever the detector says about it. */
export function selectionIncident(text: string, found: readonly Incident[]): Incident {
  return found.length > 0 ? combineIncidents(text, found) : extractSelectionFacts(text);
}

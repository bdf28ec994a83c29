// The engine's pipeline: page text in, incidents out. The order of the steps, and why:
//  0. unwrapHardLines — a hard-wrapped page (mail archives) is read with its paragraphs joined, since
//                   every rule reads a line as a unit; spans are mapped back at the end.
//  1. foldWidth   — one width-folded copy (２，４４６ → 2,446) with the same offsets, so every rule
//                   matches ASCII digits and reports spans into the original text.
//  2. segmentPage — cut page furniture and split compilations first: every later rule works inside
//                   one incident and must not see its neighbours' numbers or data.
//  3. lines, sentences — the units the rules decide polarity and context in.
//  4. counts      — numbers with their units and victim/non-victim role; the detector uses them.
//  5. categories  — data kinds told as leaked (list items, leak sentences), negations removed.
//  6. cause       — the mechanism, by precedence (specific before generic).
//  7. detect      — needs leak statements, categories, counts and cause from the steps above. (A page that
//                   says its cases are made up, 「事例・数値はすべて架空のもの」, reports no breach: read once.)
//  8. org, published — need the heading and the neighbours' dates; cheap, done last.
//  9. total, APPI triggers — derived from the facts above.
import { foldWidth } from './text/normalize';
import { originalRange, unwrapHardLines } from './text/unwrap';
import { lines, lineSentences, within, type Range } from './text/lines';
import { itemCount, segmentPage, type Segment } from './segment/segment';
import { extractCounts, totalAffected } from './extract/counts';
import { breachCategories, extractCategories } from './extract/categories';
import { extractCause } from './extract/cause';
import { findLeakStatements } from './detect/leak-statements';
import { detectBreach, isAnonymousOrg, isCaseStudyHeading, isFictionalPage, namesPlaceholderOrg, titlesPersonalLeakList } from './detect/breach';
import { incidentOrg, pageIssuer, withSelfDefinedName, type IncidentOrg } from './extract/incident-org';
import { publishedDates } from './extract/published';
import { ppcTriggers } from './extract/ppc-triggers';
import { reported } from './extract/reported';
import type { EngineOptions, Incident, PageText } from './types';

export const ENGINE_VERSION = '0.1.0';


/** Pages larger than this are cut (the engine stays linear, but nothing real is that long). */
export const MAX_TEXT_LENGTH = 20_000_000;

export { MAX_REPORTED } from './extract/reported';

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Sets each item's text to its span of the original page (the rules matched the width-folded copy). */
function withOriginalText<T extends { text: string; start: number; end: number }>(items: T[], original: string): T[] {
  for (const item of items) item.text = original.slice(item.start, item.end);
  return items;
}

/** Find the incidents on a page, in page order. Never throws on any string input. */
export function extractIncidents(page: PageText, options: EngineOptions = {}): Incident[] {
  const original = typeof page?.text === 'string' ? page.text.slice(0, MAX_TEXT_LENGTH) : '';
  // (Not original.trim() === '': that copies the page to find it holds something.)
  if (!/\S/.test(original)) return [];
  // A hard-wrapped page (a mail newsletter's archive) is read with its paragraphs joined; the spans found
  // are mapped back onto the page. (Its blocks' offsets are the page's: they are not used then.)
  // (The page's lines, read once: the wrap test reads them, and so does the engine when the page is not wrapped;
  // width folding keeps every newline where it is.)
  const pageLines = lines(original);
  const unwrapped = unwrapHardLines(original, pageLines);
  if (!unwrapped) return extractFrom(original, page.blocks, options, pageLines);
  return extractFrom(unwrapped.text, undefined, options).map((incident) => onPage(incident, unwrapped.offsets, original));
}

/** An incident found in the unwrapped text, its spans and their texts moved onto the page's own text. */
function onPage(incident: Incident, offsets: Int32Array, page: string): Incident {
  const range = (r: [number, number] | null): [number, number] | null => (r ? originalRange(offsets, r[0], r[1]) : null);
  const moved = <T extends { text: string; start: number; end: number }>(items: T[]): T[] =>
    items.map((item) => {
      const [start, end] = originalRange(offsets, item.start, item.end);
      return { ...item, start, end, text: page.slice(start, end) };
    });
  const headingSpan = range(incident.heading_span);
  return {
    ...incident,
    span: range(incident.span)!,
    heading_span: headingSpan,
    heading: headingSpan ? page.slice(headingSpan[0], headingSpan[1]) : null,
    org_span: range(incident.org_span),
    counts: moved(incident.counts),
    category_mentions: moved(incident.category_mentions),
    cause_mentions: moved(incident.cause_mentions),
  };
}

function extractFrom(original: string, blocks: PageText['blocks'], options: EngineOptions, originalLines?: Range[]): Incident[] {
  const text = foldWidth(original);
  const allLines = originalLines ?? lines(text);
  const segments = segmentPage(text, blocks, allLines);
  // Only the lines the segments cover are split into sentences: most of an ordinary page is furniture
  // and unrelated text no rule reads by the sentence.
  const allSentences = segments.length === 0 ? [] : lineSentences(text, segments.reduce((m, s) => Math.min(m, s.start), text.length), segments.reduce((m, s) => Math.max(m, s.end), 0));
  const published = publishedDates(text, segments, allLines);

  const incidents: Incident[] = [];
  const single = itemCount(segments) === 1;
  const noticeOrgs = new Map<number, IncidentOrg>();
  const fictional = segments.length > 0 && isFictionalPage(text);
  const personalList = segments.length > 1 && titlesPersonalLeakList(text);
  segments.forEach((seg: Segment, i) => {
    const span = trimRange(text, seg);
    if (span.end <= span.start) return;
    const segSentences = within(allSentences, span.start, span.end);
    // Reported texts come from the original (unfolded) page; the objects are fresh, so they are set in place.
    const counts = withOriginalText(extractCounts(text, span.start, span.end), original);
    const heading = seg.heading ? trimRange(text, seg.heading) : null;
    const cats = extractCategories(text, span.start, span.end, allLines, segSentences, heading ?? undefined);
    const cause = extractCause(text, span.start, span.end, segSentences);
    const leaks = findLeakStatements(text, segSentences);
    // A one-line item (its heading is all of it) of a list the page titles as personal-data leaks.
    const personalItem = personalList && heading !== null && heading.start <= span.start && heading.end >= span.end;
    const detected = detectBreach(text, span, segSentences, leaks, cats.mentions, counts, cause.cause, heading, seg.leakColumn === true, seg.tableRow !== undefined, personalItem);
    const detection = fictional && detected.isBreach ? { ...detected, isBreach: false, evidence: [] } : detected;
    if (!detection.isIncident || (seg.breachOnly && !detection.isBreach)) return;

    const headingText = heading ? original.slice(heading.start, heading.end) : null;
    // One case of a notice reporting several (事案1, 事案2), or one of its reports under marks (■第3報): its issuer is the notice's.
    // (A table's row: the name in its organisation's cell; a row of an issuer's own departments, the page's issuer.)
    // (A notice of its own that names itself as 当協会 is its issuer's, whatever vendor it tells of: withSelfDefinedName.)
    const found = seg.tableRow?.byDepartment
      ? pageIssuer(text, original, allLines, options.tokenizer)
      : incidentOrg(text, original, span, seg.tableRow?.orgCell ?? heading, allLines, single, options.tokenizer);
    const named = single && !seg.tableRow?.byDepartment ? withSelfDefinedName(text, original, span, found) : found;
    let notice = named;
    const issuedBy = seg.notice !== undefined ? seg.notice : seg.issuer;
    if (named.org === null && issuedBy !== undefined) {
      // Once per notice: its cases (and reports) all share it.
      const key = issuedBy?.start ?? -1;
      if (!noticeOrgs.has(key)) noticeOrgs.set(key, incidentOrg(text, original, { start: 0, end: text.length }, issuedBy, allLines, true, options.tokenizer));
      notice = noticeOrgs.get(key)!;
    }
    const { org, orgSpan } = notice;
    // A case whose organisation a column or report keeps anonymous (A社, B大学): an example, no incident one can track.
    // (So is a case naming nobody but a placeholder, ○×△社の社員が…: a template's or a guide's.)
    // (And a case study headed by its number alone naming nobody, 「CASE2(FAXの誤送信) / 【漏えいした情報】…」: a training text's.)
    const breach =
      detection.isBreach &&
      !(org !== null && isAnonymousOrg(org)) &&
      !(org === null && (namesPlaceholderOrg(text.slice(span.start, span.end)) || (headingText !== null && isCaseStudyHeading(headingText))));
    const total = breach ? totalAffected(counts, text) : null;
    const categories = breach ? breachCategories(cats.categories, text, span.start, span.end) : [];
    incidents.push({
      span: [span.start, span.end],
      heading: headingText,
      heading_span: heading ? [heading.start, heading.end] : null,
      org,
      org_span: orgSpan,
      published: published[i] ?? null,
      is_breach: breach,
      breach_evidence: breach ? detection.evidence : [],
      total_affected: total,
      counts: reported(counts),
      categories,
      category_mentions: breach ? withOriginalText(reported(cats.mentions), original) : [],
      cause: cause.cause ?? 'unknown',
      cause_mentions: withOriginalText(reported(cause.mentions), original),
      ppc_triggers: breach ? ppcTriggers(categories, cause.cause, total) : [],
    });
  });
  return incidents;
}

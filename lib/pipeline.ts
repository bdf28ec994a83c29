// The engine's pipeline: page text in, incidents out. The order of the steps, and why:
//  1. foldWidth   — one width-folded copy (２，４４６ → 2,446) with the same offsets, so every rule
//                   matches ASCII digits and reports spans into the original text.
//  2. segmentPage — cut page furniture and split compilations first: every later rule works inside
//                   one incident and must not see its neighbours' numbers or data.
//  3. lines, sentences — the units the rules decide polarity and context in.
//  4. counts      — numbers with their units and victim/non-victim role; the detector uses them.
//  5. categories  — data kinds told as leaked (list items, leak sentences), negations removed.
//  6. cause       — the mechanism, by precedence (specific before generic).
//  7. detect      — needs leak statements, categories, counts and cause from the steps above.
//  8. org, published — need the heading and the neighbours' dates; cheap, done last.
//  9. total, APPI triggers — derived from the facts above.
import { foldWidth } from './text/normalize';
import { lines, sentences, within, type Range } from './text/lines';
import { segmentPage, type Segment } from './segment/segment';
import { extractCounts, totalAffected } from './extract/counts';
import { extractCategories } from './extract/categories';
import { extractCause } from './extract/cause';
import { findLeakStatements } from './detect/leak-statements';
import { detectBreach } from './detect/breach';
import { endsLikeOrg, isCorporateName, isOrgName, orgFromBody, orgFromHeading } from './extract/org';
import { orgFromSignature } from './extract/org-signature';
import { publishedDates } from './extract/published';
import { ppcTriggers } from './extract/ppc-triggers';
import type { EngineOptions, Incident, PageText } from './types';

export const ENGINE_VERSION = '0.1.0';

/** What a lead may add before a headline's name: its legal form or the legal person running it. */
const LEGAL_PREFIX = /株式会社|有限会社|合同会社|法人/;

/**
 * Is `full` the name `short` written in full: its legal form or legal person added in front
 * (株式会社, 医療法人…, not a place: 静岡県島田市 for 島田市), or with `narrowing`, a part added after
 * (東雲県教育委員会 for 東雲県)?
 */
function isFullerName(full: string, short: string, narrowing: boolean): boolean {
  if (full.length <= short.length) return false;
  if (full.endsWith(short) && LEGAL_PREFIX.test(full.slice(0, -short.length))) return true;
  return narrowing && full.startsWith(short);
}

/** Pages larger than this are cut (the engine stays linear, but nothing real is that long). */
export const MAX_TEXT_LENGTH = 20_000_000;

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
  if (original.trim() === '') return [];
  const text = foldWidth(original);
  const allLines = lines(text);
  const segments = segmentPage(text, page.blocks, allLines);
  const allSentences = sentences(text);
  const published = publishedDates(text, segments, allLines);

  const incidents: Incident[] = [];
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
    const detection = detectBreach(text, span, segSentences, leaks, cats.mentions, counts, cause.cause, heading);
    if (!detection.isIncident) return;

    const headingText = heading ? original.slice(heading.start, heading.end) : null;
    let org: string | null = null;
    let orgSpan: [number, number] | null = null;
    const fromHeading = headingText ? orgFromHeading(foldWidth(headingText), options.tokenizer) : null;
    // The lead may name the headline's organisation in full (南浜総合病院 → 社会医療法人潮風会 南浜総合病院).
    const fuller = fromHeading && heading ? orgFromBody(text, heading.end, span.end) : null;
    // Only a legal form or legal person added (株式会社, 医療法人…), not a place (静岡県島田市 for 島田市).
    if (fuller && fromHeading && (fuller.how === 'lead' || fuller.how === 'subject') && isFullerName(fuller.org, fromHeading, false)) {
      org = original.slice(fuller.span.start, fuller.span.end);
      orgSpan = [fuller.span.start, fuller.span.end];
    } else if (fromHeading && heading) {
      const at = text.indexOf(fromHeading, heading.start);
      org = at >= 0 ? original.slice(at, at + fromHeading.length) : fromHeading;
      orgSpan = at >= 0 ? [at, at + fromHeading.length] : null;
    } else {
      // A page of its own: its <title> line (「お知らせ | 株式会社X」) may name the organisation.
      // Only a name that reads as one: a news site's own name line (サイバー事件簿ニュース ― …) is no victim.
      const titleName = segments.length === 1 && allLines[0] ? orgFromHeading(text.slice(allLines[0].start, allLines[0].end), options.tokenizer) : null;
      const titleOrg = titleName && (isOrgName(titleName) || isCorporateName(titleName) || endsLikeOrg(titleName)) ? titleName : null;
      const bodyOrg = orgFromBody(text, heading ? heading.end : span.start, span.end);
      // With a title's name, the body's lead only narrows it (白鷺台市 → 白鷺台市水道局).
      // (A name the body merely mentions first narrows it only as its sub-body: 青葉原市 → 青葉原市教育委員会.)
      const fromBody = !titleOrg
        ? bodyOrg
        : bodyOrg && (bodyOrg.how !== 'first' ? isFullerName(bodyOrg.org, titleOrg, true) : bodyOrg.org.length > titleOrg.length && bodyOrg.org.startsWith(titleOrg))
          ? bodyOrg
          : null;
      // The issuer's own line (dateline or sign-off) beats a name the body merely mentions first.
      const weak = !titleOrg && (!fromBody || fromBody.how === 'first');
      const signature = weak || titleOrg ? orgFromSignature(text, span, heading, allLines) : null;
      // The issuer's line may name the title's body more closely (東雲県 → 東雲県教育委員会) or in full
      // (湖東科学技術大学 → 国立大学法人湖東科学技術大学).
      const narrower = titleOrg && signature && isFullerName(signature.org, titleOrg, true) ? signature : null;
      const body = (weak ? signature : (fromBody ?? narrower)) ?? fromBody;
      if (titleOrg) {
        const at = text.indexOf(titleOrg);
        org = at >= 0 ? original.slice(at, at + titleOrg.length) : titleOrg;
        orgSpan = at >= 0 ? [at, at + titleOrg.length] : null;
      }
      if (body) {
        // The page's own spelling, unless the name joins two lines (医療法人社団翠嶺会 / みどりが丘歯科医院).
        org = text.slice(body.span.start, body.span.end) === body.org ? original.slice(body.span.start, body.span.end) : body.org;
        orgSpan = [body.span.start, body.span.end];
      }
    }
    const total = detection.isBreach ? totalAffected(counts) : null;
    const categories = detection.isBreach ? cats.categories : [];
    incidents.push({
      span: [span.start, span.end],
      heading: headingText,
      heading_span: heading ? [heading.start, heading.end] : null,
      org,
      org_span: orgSpan,
      published: published[i] ?? null,
      is_breach: detection.isBreach,
      breach_evidence: detection.evidence,
      total_affected: total,
      counts,
      categories,
      category_mentions: detection.isBreach ? withOriginalText(cats.mentions, original) : [],
      cause: cause.cause ?? 'unknown',
      cause_mentions: withOriginalText(cause.mentions, original),
      ppc_triggers: detection.isBreach ? ppcTriggers(categories, cause.cause, total) : [],
    });
  });
  return incidents;
}

// The organisation of an incident: the headline's name (in full if its lead adds the legal form), else,
// for a notice of its own, its page title's name narrowed by the body or the issuer's line, else the
// body's lead or subject, else the issuer's dateline or sign-off, else the first name the body mentions.
import type { Range } from '../text/lines';
import { foldWidth } from '../text/normalize';
import type { Tokenizer } from '../types';
import { endsLikeOrg, isCorporateName, isOrgName, isPoliceArrestStory, orgFromBody, orgFromHeading } from './org';
import { orgFromSelfReference, orgFromSignature } from './org-signature';

/** A body under a headline's name (潮見台市 → 潮見台市教育委員会), not its own longer name (北原県警 → 北原県警察本部). */
const SUB_BODY = /^(?:教育委員会|[^察]{0,12}(?:局|部|課|病院|センター|学校|大学|事務所))$/u;
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

/** Legal forms a company's name may carry before or after it. */
const COMPANY_FORMS = ['株式会社', '有限会社', '合同会社'];

/** Where text[from, to) writes `name` with a legal form (株式会社X, X株式会社), or null. */
function withLegalForm(text: string, name: string, from: number, to: number): Range | null {
  if (COMPANY_FORMS.some((f) => name.includes(f))) return null;
  const window = text.slice(from, Math.min(to, from + 3000));
  let best: Range | null = null;
  for (const form of COMPANY_FORMS) {
    for (const written of [form + name, name + form]) {
      const at = window.indexOf(written);
      if (at >= 0 && (!best || from + at < best.start)) best = { start: from + at, end: from + at + written.length };
    }
  }
  return best;
}

/** How far after a lead's subject its sentence may say which institution the subject runs. */
const RUNS_WINDOW = 80;

/** Does the lead sentence after `from` say its subject runs `institution` (同法人が運営する青稜台高等学校)? */
function runsHeadingOrg(text: string, from: number, institution: string): boolean {
  const sentence = text.slice(from, Math.min(text.length, from + RUNS_WINDOW)).split(/[。\n]/u)[0]!;
  return sentence.includes(`運営する${institution}`) || sentence.includes(`設置する${institution}`);
}

/** Short forms headlines give names, and the full forms: 高校 → 高等学校, …大 → …大学, 信金 → 信用金庫, 市教委 → 市教育委員会. */
const SHORT_FORMS: ReadonlyArray<[string, string]> = [
  ['高校', '高等学校'],
  ['大', '大学'],
  ['信金', '信用金庫'],
  ['信組', '信用組合'],
  ['教委', '教育委員会'],
];

/** The full form of a headline's short name as text[from, to) writes it, or null. */
function writtenInFull(text: string, name: string, from: number, to: number): string | null {
  for (const [short, full] of SHORT_FORMS) {
    if (!name.endsWith(short)) continue;
    const written = name.slice(0, -short.length) + full;
    if (text.slice(from, Math.min(to, from + 3000)).includes(written)) return written;
  }
  return null;
}

/** Does the lead say, just before its subject at `at`, that the subject runs `service` (「マルヨシ堂」を運営する)? */
function runsAsNamed(text: string, at: number, service: string): boolean {
  const before = text.slice(Math.max(0, at - service.length - 12), at);
  return new RegExp(`${escapeRegExp(service)}[」』]?を(?:運営|展開|経営)(?:する|している)$`, 'u').test(before);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A prefecture written before a municipality's name: 岐阜県 in 岐阜県美濃川市教育委員会. */
const PREFECTURE_FIRST = /^(?:東京都|北海道|(?:京都|大阪)府|[\u4e00-\u9fff]{2,3}県)(?=[\u4e00-\u9fff]{1,6}(?:市|町|村|区))/u;

/** A body's name without the prefecture before it, its span moved past it. */
function withoutPrefecture<T extends { org: string; span: Range }>(named: T): T {
  const cut = PREFECTURE_FIRST.exec(named.org)![0].length;
  return { ...named, org: named.org.slice(cut), span: { start: named.span.start + cut, end: named.span.end } };
}

/**
 * Where text[from, to) writes a company whose name starts with the headline's short one, with its legal form
 * (東邦ロジ → 東邦ロジスティクス株式会社), or null.
 */
function shortOfCompany(text: string, short: string, from: number, to: number): Range | null {
  if (short.length < 2 || COMPANY_FORMS.some((f) => short.includes(f))) return null;
  const esc = escapeRegExp(short);
  const re = new RegExp(`(?:株式会社|有限会社)${esc}[\\u30a1-\\u30ffー\\u4e00-\\u9fff]{1,12}|${esc}[\\u30a1-\\u30ffー\\u4e00-\\u9fff]{1,12}(?:株式会社|有限会社)`, 'u');
  const m = re.exec(text.slice(from, Math.min(to, from + 3000)));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

export interface IncidentOrg {
  org: string | null;
  /** Where the name stands in the page (both lines of a two-line sign-off). */
  orgSpan: [number, number] | null;
}

/**
 * The organisation of the incident at `span` of the width-folded `text` (names are reported as the
 * `original` page spells them). `single`: the page holds this notice alone, so its first line (the
 * <title>) may name the organisation.
 */
export function incidentOrg(
  text: string,
  original: string,
  span: Range,
  heading: Range | null,
  allLines: Range[],
  single: boolean,
  tokenizer?: Tokenizer,
): IncidentOrg {
  const headingText = heading ? original.slice(heading.start, heading.end) : null;
  let org: string | null = null;
  let orgSpan: [number, number] | null = null;
  let victim: ReturnType<typeof orgFromBody> = null;
  const fromHeading = headingText ? orgFromHeading(foldWidth(headingText), tokenizer) : null;
  // The lead may name the headline's organisation in full (南浜総合病院 → 社会医療法人潮風会 南浜総合病院).
  const lead = fromHeading && heading ? orgFromBody(text, heading.end, span.end, true) : null;
  // 「岐阜県美濃川市教育委員会は」 under 「■美濃川市――…」: the prefecture before a city is no part of its name.
  const fuller = lead && fromHeading && !fromHeading.match(PREFECTURE_FIRST) && lead.org.match(PREFECTURE_FIRST)?.[0] && lead.org.replace(PREFECTURE_FIRST, '').startsWith(fromHeading) ? withoutPrefecture(lead) : lead;
  // Only a legal form or legal person added (株式会社, 医療法人…), not a place (静岡県島田市 for 島田市).
  if (fuller && fromHeading && (fuller.how === 'lead' || fuller.how === 'subject') && isFullerName(fuller.org, fromHeading, fuller.how === 'lead' && SUB_BODY.test(fuller.org.slice(fromHeading.length)))) {
    org = original.slice(fuller.span.start, fuller.span.end);
    orgSpan = [fuller.span.start, fuller.span.end];
  } else if (
    fromHeading &&
    heading &&
    isPoliceArrestStory(fromHeading, text.slice(heading.end, span.end)) &&
    (victim = orgFromBody(text, heading.end, span.end)) !== null &&
    // A company or legal person only: a suspect's town (埼玉県川口市の会社員) is no victim.
    (isCorporateName(victim.org) || LEGAL_PREFIX.test(victim.org))
  ) {
    // 「盗んだ顧客情報をネットで販売、24歳の男を逮捕 警視庁」: the company whose data was taken is the organisation.
    org = victim.org;
    orgSpan = [victim.span.start, victim.span.end];
  } else if (fromHeading && heading && fuller?.how === 'lead' && runsAsNamed(text, fuller.span.start, fromHeading)) {
    // 「通販サイト「マルヨシ堂」を運営する株式会社マルヨシ商店は」 under 「■マルヨシ堂――…」: the headline names the
    // service; the company that runs it is the organisation.
    org = original.slice(fuller.span.start, fuller.span.end);
    orgSpan = [fuller.span.start, fuller.span.end];
  } else if (fromHeading && heading && fuller?.how === 'lead' && LEGAL_PREFIX.test(fuller.org) && runsHeadingOrg(text, fuller.span.end, fromHeading)) {
    // 「学校法人青稜学園は10月7日、同法人が運営する青稜台高等学校の教諭が…」 under 「…(青稜台高等学校)」: the
    // legal person announced for the institution it runs; both are named, as its sign-off would.
    org = `${original.slice(fuller.span.start, fuller.span.end)} ${fromHeading}`;
    orgSpan = [fuller.span.start, fuller.span.end];
  } else if (fromHeading && heading) {
    // The body may write the headline's name with its legal form (東和精密工業 → 東和精密工業株式会社).
    const full = withLegalForm(text, fromHeading, heading.end, span.end) ?? shortOfCompany(text, fromHeading, heading.end, span.end);
    if (full) {
      org = original.slice(full.start, full.end);
      orgSpan = [full.start, full.end];
    } else {
      // A headline's short form written in full in the body (青葉学園高校 → 青葉学園高等学校, 湘洋大 → 湘洋大学).
      const name = writtenInFull(text, fromHeading, heading.end, span.end) ?? fromHeading;
      const at = text.indexOf(name, heading.start);
      org = at >= 0 ? original.slice(at, at + name.length) : name;
      orgSpan = at >= 0 ? [at, at + name.length] : null;
    }
  } else {
    // A page of its own: its <title> line (「お知らせ | 株式会社X」) may name the organisation.
    // Only a name that reads as one: a news site's own name line (サイバー事件簿ニュース ― …) is no victim.
    const titleName = single && allLines[0] ? orgFromHeading(text.slice(allLines[0].start, allLines[0].end), tokenizer) : null;
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
    // Without an issuer's line, a notice calling itself 本市/本学/当院 is the site's own, named at its top.
    const self = weak && !signature ? orgFromSelfReference(text, span, allLines) : null;
    const body = (weak ? (signature ?? self) : (fromBody ?? narrower)) ?? fromBody;
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
  return { org, orgSpan };
}

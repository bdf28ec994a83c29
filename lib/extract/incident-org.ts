// The organisation of an incident: the headline's name (in full if its lead adds the legal form), else,
// for a notice of its own, its page title's name narrowed by the body or the issuer's line, else the
// body's lead or subject, else the issuer's dateline or sign-off, else the first name the body mentions.
import { endsSentence, type Range } from '../text/lines';
import { escapeRegExp } from '../text/escape-reg-exp';
import { foldWidth } from '../text/normalize';
import type { Tokenizer } from '../types';
import { COMPANY_FORMS, fullForms, isCorporateName, isPlaceOfKind, isPoliceArrestStory, LEGAL_PERSON, MUNICIPALITY_END, orgFromBody, orgFromHeading, PREFECTURE, readsAsOrg, SELF_OR_SAME, UNNAMED_PUBLIC_SCHOOL } from './org';
import { disclosureIssuer, orgFromSelfReference, orgFromSignature } from './org-signature';
import { BRACKET_NAME_LINE, BULLET_NAME, DATED_DASH_ITEM, EQUALS_BRIEF, MARKED_NAME_DAY, NUMBERED_ORG_HEAD } from '../segment/segment';
import { isAnonymousOrg } from '../detect/breach';

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

/** How far into an item its body is read for a headline's name written in full. */
const BODY_WINDOW = 3000;

/** The item's body text[from, to) as far as a headline's name is looked for in it. */
function bodyWindow(text: string, from: number, to: number): string {
  return text.slice(from, Math.min(to, from + BODY_WINDOW));
}


/** Where text[from, to) writes `name` with a legal form (株式会社X, X株式会社), or null. */
function withLegalForm(text: string, name: string, from: number, to: number): Range | null {
  if (COMPANY_FORMS.some((f) => name.includes(f))) return null;
  const window = bodyWindow(text, from, to);
  let best: Range | null = null;
  for (const form of COMPANY_FORMS) {
    for (const written of [form + name, name + form]) {
      const at = window.indexOf(written);
      if (at >= 0 && (!best || from + at < best.start)) best = { start: from + at, end: from + at + written.length };
    }
  }
  return best;
}

/** A company that runs a service told by its quoted name: 「株式会社X食品が運営する食品通販サイト「Xマルシェ」」. */
function operatorOfNamed(text: string, service: string, from: number, to: number): Range | null {
  const window = bodyWindow(text, from, to);
  if (!window.includes(`「${service}」`)) return null;
  const m = new RegExp(`(?<op>(?:株式会社|有限会社|合同会社)[^\\s、。「」()（）がはの]{1,30}|[^\\s、。「」()（）がはの]{1,30}(?:株式会社|有限会社|合同会社))(?:が|の)(?:運営|展開)する[^「」。\\n]{0,20}「${escapeRegExp(service)}」`, 'u').exec(window);
  return m ? { start: from + m.index, end: from + m.index + m.groups!.op!.length } : null;
}

/** An item's number or mark before its headline: 「3. 」「■」「【2】」. */
const ITEM_MARK = /^(?:[0-9０-９]{1,2}[.．)）]|[■◆●▼・]|【[^】\n]{1,6}】)\s*/u;
/** An organisation's label line in an item's first lines: 「組織：…」「事業者名:…」「会社名：…」. */
const ORG_LABEL_LINE = /(?:^|\n)[ \u3000]*(?:[・•][ \u3000]*)?(?:(?:組織名?|団体名|事業者名?|法人名|会社名|公表者|発表者)[ \u3000]*[:：]|(?:学校名|施設名|病院名|組織名|団体名|会社名|法人名|事業者名)(?:[ \u3000]*[:：]|[ \u3000]+))[ \u3000]*(?<org>[^\n]{2,40}?)[ \u3000]*(?=\n|$)/u;
/** How far under an item's title its labelled organisation may stand. */
const ORG_LABEL_REACH = 120;

/** The organisation an item's label line names under its title, if it reads as one. */
function labelledOrg(text: string, original: string, from: number, to: number): IncidentOrg | null {
  const window = text.slice(from, Math.min(to, from + ORG_LABEL_REACH));
  const m = ORG_LABEL_LINE.exec(window);
  const org = m?.groups!.org;
  if (!org || !readsAsOrg(org)) return null;
  const at = from + m!.index + m![0].indexOf(org);
  return { org: original.slice(at, at + org.length), orgSpan: [at, at + org.length] };
}

/** A headline's first or last word apart by a space (or the first before a dash): a name a news headline puts there (「… はやせ運輸」「ミナト精機 …」「■はやせ農園――…」). */
const HEADLINE_EDGE_WORDS = /^(?<first>[^\s、。「」()（）:：|｜―]{2,20})(?:[ \u3000]|――)|[ \u3000](?<last>[^\s、。「」()（）:：|｜]{2,20})$/gu;

/** The headline's first or last word as the body writes it with a legal form (株式会社はやせ運輸), or null. */
function headlineWordWithLegalForm(text: string, original: string, heading: Range, span: Range): IncidentOrg | null {
  // (After an item's number or mark: 「3. あおば保険サービス 更新案内の誤封入…」.)
  const h = text.slice(heading.start, heading.end).trim().replace(ITEM_MARK, '');
  // A lead paragraph's kana name (「たびまどは24日、」) is its item's whole title: the page may write it in full above the item.
  if (h.length >= 3 && h.length <= 20 && !/\s/.test(h) && heading.start >= span.start) {
    const full = withLegalForm(text, h, 0, span.end);
    if (full) return { org: original.slice(full.start, full.end), orgSpan: [full.start, full.end] };
  }
  const window = bodyWindow(text, span.start, span.end);
  for (const m of h.matchAll(HEADLINE_EDGE_WORDS)) {
    const word = m.groups!.first ?? m.groups!.last!;
    // (Most headlines' edge words are no name the body repeats: one look before the legal forms are tried.)
    if (window.indexOf(word, heading.end - span.start) === -1) continue;
    const full = withLegalForm(text, word, span.start, span.end);
    if (full) return { org: original.slice(full.start, full.end), orgSpan: [full.start, full.end] };
  }
  return null;
}

/** How far after a lead's subject its sentence may say which institution the subject runs. */
const RUNS_WINDOW = 80;

/** Does the lead sentence after `from` say its subject runs `institution` (同法人が運営する青稜台高等学校)? */
function runsHeadingOrg(text: string, from: number, institution: string): boolean {
  const sentence = text.slice(from, Math.min(text.length, from + RUNS_WINDOW)).split(/[。\n]/u)[0]!;
  // The headline's short form may be written in full there (清和学院高校 → 清和学院高等学校).
  const names = [institution, ...fullForms(institution)];
  return names.some((name) => sentence.includes(`運営する${name}`) || sentence.includes(`設置する${name}`));
}

/** The full form of a headline's short name as text[from, to) writes it, or null. */
function writtenInFull(text: string, name: string, from: number, to: number): string | null {
  const window = bodyWindow(text, from, to);
  return fullForms(name).find((written) => window.includes(written)) ?? null;
}

/** Does the lead say, just before its subject at `at`, that the subject runs `service` (「マルヨシ堂」を運営する)? */
function runsAsNamed(text: string, at: number, service: string): boolean {
  const before = text.slice(Math.max(0, at - service.length - 26), at);
  // 「「ホテルグランシエロ」など28ホテルを運営する」: the service as one of several it runs.
  return new RegExp(`${escapeRegExp(service)}[」』]?(?:など[^。、「」]{0,12})?を(?:運営|展開|経営)(?:する|している)$`, 'u').test(before);
}

/** A prefecture written before a municipality's name: 岐阜県 in 岐阜県美濃川市教育委員会. */
const PREFECTURE_FIRST = new RegExp(`^${PREFECTURE}(?=[\\u4e00-\\u9fff]{1,6}(?:市|町|村|区))`, 'u');

/**
 * The lead's name without a prefecture the headline does not write (「岐阜県美濃川市教育委員会は」 under
 * 「■美濃川市――…」), its span moved past it; else the lead's name as it is.
 */
function withoutPrefecture<T extends { org: string; span: Range }>(named: T, headlineName: string): T {
  const prefecture = PREFECTURE_FIRST.exec(named.org)?.[0];
  if (!prefecture || PREFECTURE_FIRST.test(headlineName) || !named.org.startsWith(headlineName, prefecture.length)) return named;
  const cut = prefecture.length;
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
  const m = re.exec(bodyWindow(text, from, to));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

export interface IncidentOrg {
  org: string | null;
  /** Where the name stands in the page (both lines of a two-line sign-off). */
  orgSpan: [number, number] | null;
}

/** The name at `range` of the page, as the page spells it. */
function spelled(original: string, range: Range): IncidentOrg {
  return { org: original.slice(range.start, range.end), orgSpan: [range.start, range.end] };
}

/** A name the body gives, as the page spells it where its span holds it (not where the name joins two lines). */
function asSpelled(text: string, original: string, b: { org: string; span: Range }): IncidentOrg {
  const { start, end } = b.span;
  return { org: text.slice(start, end) === b.org ? original.slice(start, end) : b.org, orgSpan: [start, end] };
}

/** `name` where the width-folded text first writes it from `from`, as the page spells it; else the name alone. */
function found(text: string, original: string, name: string, from = 0): IncidentOrg {
  const at = text.indexOf(name, from);
  return at >= 0 ? spelled(original, { start: at, end: at + name.length }) : { org: name, orgSpan: null };
}

/** The organisation of an item whose headline names one (`fromHeading`), maybe written in full in its body. */
/** The full name a body gives a headline's short one in brackets: 「みどり丘農業協同組合(JA みどり丘)は」 under 「JA みどり丘に…」. */
function fullNameOf(text: string, short: string, from: number, to: number): Range | null {
  const window = bodyWindow(text, from, to);
  const m = new RegExp(`(?<full>[^\\s、。「」『』()（）]{2,30})[(（]${escapeRegExp(short)}[^()（）]{0,12}[)）]`, 'u').exec(window);
  const full = m?.groups!.full;
  if (!full || full === short || !readsAsOrg(full)) return null;
  return { start: from + m!.index, end: from + m!.index + full.length };
}

function headlineOrg(text: string, original: string, span: Range, heading: Range, fromHeading: string): IncidentOrg {
  // A headline's abbreviation the body spells out (JA → みどり丘農業協同組合).
  if (/^[A-Z]{2,5}$/.test(fromHeading)) {
    const full = fullNameOf(text, fromHeading, heading.end, span.end);
    if (full) return spelled(original, full);
  }
  // The lead may name the headline's organisation in full (南浜総合病院 → 社会医療法人潮風会 南浜総合病院).
  const lead = orgFromBody(text, heading.end, span.end, true);
  const fuller = lead && withoutPrefecture(lead, fromHeading);
  // Only a legal form or legal person added (株式会社, 医療法人…), not a place (静岡県島田市 for 島田市).
  if (fuller && (fuller.how === 'lead' || fuller.how === 'subject') && isFullerName(fuller.org, fromHeading, fuller.how === 'lead' && SUB_BODY.test(fuller.org.slice(fromHeading.length)))) {
    return spelled(original, fuller.span);
  }
  // 「盗んだ顧客情報をネットで販売、24歳の男を逮捕 警視庁」: the company whose data was taken is the organisation.
  if (isPoliceArrestStory(fromHeading, text.slice(heading.end, span.end))) {
    const victim = orgFromBody(text, heading.end, span.end);
    // A company or legal person only: a suspect's town (埼玉県川口市の会社員) is no victim.
    if (victim && (isCorporateName(victim.org) || LEGAL_PREFIX.test(victim.org))) return { org: victim.org, orgSpan: [victim.span.start, victim.span.end] };
    // 「住宅リフォーム会社「ミナト住建」」 named with its legal form further on (株式会社ミナト住建(大阪市北区)に在籍).
    const full = victim && withLegalForm(text, victim.org, heading.end, span.end);
    if (full) return spelled(original, full);
  }
  // 「通販サイト「マルヨシ堂」を運営する株式会社マルヨシ商店は」 under 「■マルヨシ堂――…」: the headline names the
  // service; the company that runs it is the organisation.
  if (fuller?.how === 'lead' && runsAsNamed(text, fuller.span.start, fromHeading)) return spelled(original, fuller.span);
  // 「株式会社ブルーノート食品が運営する食品通販サイト「ブルーノートマルシェ」は」 under 「4. ブルーノートマルシェ …」.
  const operator = operatorOfNamed(text, fromHeading, heading.end, span.end);
  if (operator) return spelled(original, operator);
  // 「学校法人青稜学園は10月7日、同法人が運営する青稜台高等学校の教諭が…」 under 「…(青稜台高等学校)」: the
  // legal person announced for the institution it runs; both are named, as its sign-off would.
  if (fuller?.how === 'lead' && LEGAL_PREFIX.test(fuller.org) && runsHeadingOrg(text, fuller.span.end, fromHeading)) {
    return { org: `${original.slice(fuller.span.start, fuller.span.end)} ${writtenInFull(text, fromHeading, heading.end, span.end) ?? fromHeading}`, orgSpan: [fuller.span.start, fuller.span.end] };
  }
  // The body may write the headline's name with its legal form (東和精密工業 → 東和精密工業株式会社).
  const full = withLegalForm(text, fromHeading, heading.end, span.end) ?? shortOfCompany(text, fromHeading, heading.end, span.end);
  if (full) return spelled(original, full);
  // A headline's short form written in full in the body (青葉学園高校 → 青葉学園高等学校, 湘洋大 → 湘洋大学).
  return found(text, original, writtenInFull(text, fromHeading, heading.end, span.end) ?? fromHeading, heading.start);
}

/**
 * The organisation of the incident at `span` of the width-folded `text` (names are reported as the
 * `original` page spells them). `single`: the page holds this notice alone, so its first line (the
 * <title>) may name the organisation.
 */
/** A legal person's name alone (医療法人社団悠心会, 社会福祉法人あさひ福祉会), no company. */
const PERSON_ONLY = new RegExp(`^${LEGAL_PERSON}[ \\u3000]?[^\\s]{1,20}$`, 'u');
/** How an institution's name ends: クリニック, 病院, あさひの里, ひだまり園, 特別養護老人ホーム…. */
const INSTITUTION_END = /(?:クリニック|病院|医院|診療所|歯科|の里|園|ホーム|学校|大学|センター|施設)$/u;
/** Between a legal person and the institution it runs: 「…が運営する」 or a space. */
const RUNS_OR_SPACE = '(?:が(?:運営|経営|開設|設置)する|[ \\u3000])';
/** How far from an institution's name its legal person may be named: the incident's own text. */
const OPERATOR_REACH = 4000;

/** Where a legal person and its institution may be named together: the incident's text and a little before it. */
function twoNameWindow(text: string, span: Range): { from: number; window: string } {
  const from = Math.max(0, span.start - 200);
  return { from, window: text.slice(from, Math.min(text.length, span.end, span.start + OPERATOR_REACH)) };
}

/**
 * The legal person and the institution it runs, as the page names them together: the project names both, as a
 * notice's sign-off does. From an institution (「医療法人社団清流会が運営する川辺中央病院」, a sign-off 「医療法人社団 碧泉会
 * みなと台内科クリニック」) the legal person is added before it; from a legal person (「医療法人社団悠心会 みなと台クリニックは」,
 * 「社会福祉法人あさひ福祉会 特別養護老人ホーム あさひの里が」) the institution after it. Unchanged when the page names no other.
 */
function withTwoNames(text: string, original: string, found: IncidentOrg, span: Range): IncidentOrg {
  const org = found.org;
  if (!org || org.length < 2) return found;
  if (PERSON_ONLY.test(org)) {
    const m = new RegExp(
      `${escapeRegExp(foldWidth(org))}${RUNS_OR_SPACE}(?<inst>[^\\s、。「」()（）がはを]{2,20}?(?:[ \\u3000][^\\s、。「」()（）がはを]{2,12}?)?)(?=は|が|において|では|、|[ \\u3000]*$|[)）])`,
      'u',
    ).exec(twoNameWindow(text, span).window);
    const inst = m?.groups!.inst;
    return inst && INSTITUTION_END.test(inst) ? { org: `${org} ${inst}`, orgSpan: found.orgSpan } : found;
  }
  if (LEGAL_PREFIX.test(org) || SELF_OR_SAME.test(org)) return found;
  const { from, window } = twoNameWindow(text, span);
  const m = new RegExp(`(?<person>${LEGAL_PERSON}(?:社団|財団)?[ \\u3000]?[^\\s、。がの「」()（）]{1,20}?)${RUNS_OR_SPACE}「?${escapeRegExp(foldWidth(org))}`, 'u').exec(window);
  if (!m) return found;
  const at = from + m.index;
  return { org: `${original.slice(at, at + m.groups!.person!.length)} ${org}`, orgSpan: found.orgSpan };
}

export function incidentOrg(
  text: string,
  original: string,
  span: Range,
  heading: Range | null,
  allLines: Range[],
  single: boolean,
  tokenizer?: Tokenizer,
): IncidentOrg {
  // The name found, then each correction of its form, in order.
  let named = namedOrg(text, original, span, heading, allLines, single, tokenizer);
  named = withTwoNames(text, original, named, span);
  named = withoutPlacePrefix(named);
  named = withoutResidentsOffice(text, named);
  named = withDefinedName(text, original, span, named);
  named = withBoardOfUnnamedSchool(text, original, named);
  named = withUniversityInFull(text, original, span, named);
  named = withParentOfBranch(text, original, named);
  named = withOwnName(text, original, named);
  named = withOwnNameOverAnonymous(text, original, span, named);
  named = withBodyJoined(named);
  named = withShortFormInFull(named);
  named = withoutContactNumber(named);
  named = withoutSide(named);
  return single ? named : (issuerOfOwnInstitution(text, original, named, allLines, tokenizer) ?? named);
}

/** A branch told by its place alone: 沖縄支部, 北浜県支部. */
const BARE_BRANCH = /^[\u4e00-\u9fff々ヶ]{1,6}支部$/u;
/** The body a branch belongs to, written before it: 全国健康保険協会沖縄支部 (its ending: 協会, 連合会, 組合, 連盟, 機構…). */
const PARENT_OF_BRANCH = /[\u4e00-\u9fff々ヶ\u30a1-\u30ffー]{1,20}(?:協会|連合会|組合|連盟|機構|医師会|会議所|党)$/u;

/**
 * A branch named by its place alone (a site's heading 「沖縄支部」 under its body's name) where the page writes it with the body it
 * belongs to (全国健康保険協会沖縄支部): that full name.
 */
function withParentOfBranch(text: string, original: string, named: IncidentOrg): IncidentOrg {
  const { org } = named;
  if (!org || !BARE_BRANCH.test(org)) return named;
  const branch = foldWidth(org);
  for (let at = text.indexOf(branch); at >= 0; at = text.indexOf(branch, at + 1)) {
    const parent = PARENT_OF_BRANCH.exec(text.slice(Math.max(0, at - 24), at))?.[0];
    if (parent) return spelled(original, { start: at - parent.length, end: at + branch.length });
  }
  return named;
}

/** A university's short form inside a longer name: the 大 of 東京歯科大市川総合病院, 北浜大大学院 (not 大学, nor 大阪 at a name's start). */
const SHORT_UNIVERSITY_INSIDE = /(?<=[\u4e00-\u9fff\u30a1-\u30ffー])大(?=[\u4e00-\u9fff])(?!学)/gu;

/**
 * A name holding a university's short form (「東京歯科大市川総合病院」, 「北浜大大学院」) that the incident's text also writes in full
 * (東京歯科大学市川総合病院): the full one, as a headline's short form is (湘洋大 → 湘洋大学). Only a spelling the text holds.
 */
function withUniversityInFull(text: string, original: string, span: Range, named: IncidentOrg): IncidentOrg {
  const { org } = named;
  if (!org || !org.includes('大')) return named;
  const short = foldWidth(org);
  const window = bodyWindow(text, span.start, span.end);
  for (const m of short.matchAll(SHORT_UNIVERSITY_INSIDE)) {
    const full = `${short.slice(0, m.index + 1)}学${short.slice(m.index + 1)}`;
    const at = window.indexOf(full);
    if (at >= 0) return spelled(original, { start: span.start + at, end: span.start + at + full.length });
  }
  return named;
}

/**
 * One of a public body's listed notices naming one of its own institutions (「学校名 北浜市立東中学校」 on 「…/北浜市」,
 * 「教育庁 県立岳南東高等学校」 on 「… / 岳南県」): the body that lists it, as a compilation of a prefecture's notices names
 * the prefecture.
 */
function issuerOfOwnInstitution(text: string, original: string, named: IncidentOrg, allLines: Range[], tokenizer?: Tokenizer): IncidentOrg | null {
  if (!named.org) return null;
  const kind = OWN_INSTITUTION.exec(named.org)?.groups!.kind;
  if (!kind) return null;
  const issuer = listingIssuer(text, allLines, tokenizer);
  if (!issuer || !issuer.endsWith(kind)) return null;
  // 「北浜市立…」 is the 北浜市's own; 「県立…」 with no place is the listing prefecture's.
  const at = named.org.indexOf(`${kind}立`);
  const place = named.org.slice(0, at + 1).replace(/^.*[\s\u3000]/u, '');
  return place === kind || place === issuer ? found(text, original, issuer) : null;
}

/** An institution a public body runs: 「…市立…学校」「県立…」. */
const OWN_INSTITUTION = /(?<kind>[都道府県市町村区])立[^\s\u3000]{1,20}(?:学校|中学校|小学校|高等学校|高校|幼稚園|保育園|保育所|こども園|病院|センター|図書館|博物館|美術館|施設|大学)$/u;

/**
 * A short name the page defines for a longer one (「株式会社ミナセ・ライフマーケット(以下「ミナセ社」という。)」, 「株式会社北斗ダイレクト(本社:…、以下
 * 「北斗ダイレクト」)」): the name it stands for.
 */
function withDefinedName(text: string, original: string, span: Range, found: IncidentOrg): IncidentOrg {
  const { org } = found;
  // (A name with its legal form is a full one already.)
  if (!org || org.length > 20 || FULL_FORM.test(org)) return found;
  // Looked for in the incident's own text only (a definition precedes its use there): a page-wide search per incident
  // would cost the page's length once per incident.
  const from = Math.max(0, span.start - DEFINED_BEFORE_SPAN);
  const own = text.slice(from, span.end); // a view: the searches stop at the span's end
  const defined = own.indexOf('以下');
  if (defined < 0) return found;
  const short = foldWidth(org);
  const rel = own.indexOf(`「${short}」`, defined);
  const at = from + rel;
  if (rel < 0 || !text.slice(Math.max(0, at - 4), at).includes('以下')) return found;
  const head = text.slice(Math.max(0, at - DEFINED_REACH), at);
  const full = DEFINED_FULL_NAME.exec(head)?.groups!.name;
  if (!full || full === short || !isCorporateName(full)) return found;
  const start = at - head.length + head.lastIndexOf(full);
  return spelled(original, { start, end: start + full.length });
}
const FULL_FORM = /株式会社|有限会社|合同会社|法人|[市町村区県都府]$/u;
/** How far before an incident's span its definition may stand (a notice's lead over a segment's heading). */
const DEFINED_BEFORE_SPAN = 400;
/** How far before its 以下「…」 a defined name may stand: the aside may name the seat and the head first. */
const DEFINED_REACH = 90;
/** The full name an aside defining a short one follows: 「株式会社X(本社:…、以下」. */
const DEFINED_FULL_NAME = /(?<name>(?:株式会社|有限会社|合同会社)[\u3400-\u9fff\u30a1-\u30ffーA-Za-z0-9&・.-]{1,30}|[\u3400-\u9fff\u30a1-\u30ffーA-Za-z0-9&・.-]{1,30}(?:株式会社|有限会社|合同会社))[ \u3000]*[(（][^()（）]{0,60}?以下[、,]?$/u;

/** A news dateline's prefecture before a municipality: 「岐阜・美濃川市」「岡山・津山市」 (the place, not the name). */
const PLACE_PREFIX = /^(?:北海道|青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|東京|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|京都|大阪|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)・(?=[^\s・]{1,12}(?:市|町|村|区)(?:教育委員会|役所|役場)?$)/u;

function withoutPlacePrefix(found: IncidentOrg): IncidentOrg {
  const prefix = found.org ? PLACE_PREFIX.exec(found.org)?.[0] : undefined;
  if (!prefix) return found;
  return { org: found.org!.slice(prefix.length), orgSpan: found.orgSpan ? [found.orgSpan[0] + prefix.length, found.orgSpan[1]] : null };
}

/**
 * A municipality's name run into its residents' office (「汐見区区民部保険年金課」 read as 汐見区区): the name without the
 * office's first unit.
 */
/**
 * A municipality's school told by its kind alone (「札幌市立中学校」): no name of an organisation one can track, but its board's
 * (札幌市教育委員会, where the page names it) or else its municipality's.
 */
function withBoardOfUnnamedSchool(text: string, original: string, named: IncidentOrg): IncidentOrg {
  const place = named.org ? UNNAMED_PUBLIC_SCHOOL.exec(named.org)?.groups!.place : undefined;
  // (A municipality's only: 「全県立学校」 names every prefectural school, no one body's.)
  if (!place || !MUNICIPALITY_END.test(place)) return named;
  const board = `${place}教育委員会`;
  return text.includes(board) ? found(text, original, board) : found(text, original, place);
}

function withoutResidentsOffice(text: string, found: IncidentOrg): IncidentOrg {
  const { org, orgSpan } = found;
  if (!org || !orgSpan || !DOUBLED_KIND_END.test(org) || text.charCodeAt(orgSpan[1]) !== 0x6c11 /* 民 */) return found;
  return { org: org.slice(0, -1), orgSpan: [orgSpan[0], orgSpan[1] - 1] };
}
/** A name ending with its kind twice: 汐見区区, 港北市市. */
const DOUBLED_KIND_END = /([市区町村])\1$/u;

/** A description in a headline's name's place: オンライン書店, 大手旅行会社, 県内の病院. */
const GENERIC_DESCRIPTION = /^(?:オンライン|ネット|通販|大手|中堅|地方|地元|県内|市内|都内|町内)(?:の)?[^\s、。]{1,8}$/u;

/** A ranking's line of fields: 「1位 株式会社ハルカゼ(通販サイト「…」)/約41万2,000件/…」 (the name before its aside and the first slash). */
const RANKED_FIELDS = /^\s*(?:第)?\s*[0-9]{1,2}\s*位[\s:：]+(?<name>[^/／(（\s][^/／(（]{1,39}?)\s*(?:[(（][^/／]*[)）])?\s*[/／]/u;

/** An office's name with no body's before it: 教育庁, 教育委員会, 総務課. */
const BARE_OFFICE = /^(?:教育庁|教育委員会|病院局|企業局|警察本部|[^\s]{1,6}(?:部|課|局|室|係))$/u;

/** A headline's first phrase before its comma: 「はるか、…」 (no particle, no incident word). */
const HEADLINE_FIRST_PHRASE = /^\s*(?<name>[^\s、。「」()（）]{2,16})、/u;
/** The headline's first phrase where the lead takes it as its subject (「…は4月25日、」), or null. */
function headlineNameEchoed(text: string, heading: Range, span: Range): Range | null {
  const name = HEADLINE_FIRST_PHRASE.exec(text.slice(heading.start, heading.end))?.groups!.name;
  if (!name || INCIDENT_IN_NAME.test(name)) return null;
  const body = text.slice(heading.end, Math.min(span.end, heading.end + ECHO_REACH));
  const at = body.indexOf(`${name}は`);
  if (at < 0 || !ECHO_DAY.test(body.slice(at + name.length + 1, at + name.length + 14))) return null;
  const prev = body.charCodeAt(at - 1);
  // (At a sentence's or line's start, or after spaces: not the tail of a longer word.)
  if (at > 0 && !(prev === 0x0a || prev === 0x3002 || prev === 0x20 || prev === 0x3000)) return null;
  return { start: heading.end + at, end: heading.end + at + name.length };
}
/** Incident words that make a headline's phrase no name: 個人情報流出、 / 不正アクセス、. */
const INCIDENT_IN_NAME = /情報|流出|漏え|漏洩|不正|誤送|紛失|攻撃|被害|感染|乗っ取|ランサム/u;
/** A lead's day right after its subject's は: 「4月25日、」「25日、」. */
const ECHO_DAY = /^、?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:付)?[、に]/u;
/** How far under its headline the lead echoing it is looked for. */
const ECHO_REACH = 600;

/** A name the notice defines as itself: 「日本赤十字社(以下「当社」)」「北浜市(以下「本市」という。)」. */
const SELF_DEFINED = /(?<name>[^\s、。「」()（）]{2,40})[ \u3000]*[(（]以下[、,]?[ \u3000]*「(?:当|弊|本)(?:社|協会|会|法人|学|院|機構|組合|財団|市|町|村|区|県|行|金庫|センター|団体|クラブ|グループ)」/u;
/** A description ending before a name: …である, …における, …および. */
const DESCRIPTION_BEFORE_NAME = /^.*(?:である|における|および|並びに|及び)/u;
/** How far into an incident a notice's definition of itself is looked for. */
const SELF_DEFINED_REACH = 800;

/**
 * A notice of its own that names itself and calls itself 当協会 from there (「一般財団法人全日本野球協会(以下「当協会」)が…利用して
 * おりました決済サービス会社、株式会社メタップスペイメント…におきまして」) is its issuer's, whatever vendor it tells of: that name
 * over `named`, unless `named` is already it.
 */
export function withSelfDefinedName(text: string, original: string, span: Range, named: IncidentOrg): IncidentOrg {
  const self = selfDefinedName(text, span);
  if (!self) return named;
  const name = text.slice(self.start, self.end);
  return named.org && (foldWidth(named.org).includes(name) || name.includes(foldWidth(named.org))) ? named : spelled(original, self);
}

/** A notice's name for itself by its kind: 当健康保険組合, 弊協会, 本組合. */
const SELF_BY_KIND = /^(?:当|弊|本)(?<kind>[\u4e00-\u9fff]{2,8})$/u;

/**
 * 「当健康保険組合の決算を…」 read as the organisation: the page's own full name of that kind (「日本航空健康保険組合加入者 各位」), or
 * no name. A name for oneself names nobody a reader can track.
 */
function withOwnName(text: string, original: string, named: IncidentOrg): IncidentOrg {
  const kind = named.org ? SELF_BY_KIND.exec(named.org)?.groups!.kind : undefined;
  if (!kind) return named;
  const m = new RegExp(`(?<![\\u4e00-\\u9fff\\u30a1-\\u30ffA-Za-z])(?![当弊本同])[\\u4e00-\\u9fff\\u30a1-\\u30ffーA-Za-z・]{1,16}${escapeRegExp(kind)}`, 'u').exec(text);
  return m ? spelled(original, { start: m.index, end: m.index + m[0].length }) : { org: null, orgSpan: null };
}

/** A notice speaking of itself by its kind: 「当センターにおいて」「当院では」. */
const SELF_OF_KIND = /(?:当|弊|本)(?<kind>センター|病院|院|法人|協会|機構|組合|大学|学校|社)(?:に(?:おいて|て)|では|は|が|の|で)/u;
/** A line that is a name alone, ending with a kind: a contact box's 「大阪国際がんセンター」. */
const NAME_LINE_OF_KIND = (kind: string) => new RegExp(`(?:^|\\n)[ \\u3000]*(?<name>[^\\s、。【】「」()（）:：]{1,16}${escapeRegExp(kind)})[ \\u3000]*(?=\\n|$)`, 'u');

/**
 * A recipient the notice keeps anonymous (「A病院を選択すべきところ、同名称のB病院を誤って選択し」) is no organisation of the incident:
 * a notice that speaks of itself as 当センター is the one its contact box or sign-off names on a line of its own (大阪国際がんセンター).
 */
function withOwnNameOverAnonymous(text: string, original: string, span: Range, named: IncidentOrg): IncidentOrg {
  if (!named.org || !isAnonymousOrg(named.org)) return named;
  const kind = SELF_OF_KIND.exec(text.slice(span.start, span.end))?.groups!.kind;
  if (!kind) return named;
  const line = NAME_LINE_OF_KIND(kind === '院' ? '病院' : kind).exec(text);
  if (!line) return named;
  const at = line.index + line[0].indexOf(line.groups!.name!);
  return spelled(original, { start: at, end: at + line.groups!.name!.length });
}

/** A municipality's body written with の: 「静岡県御殿場市の教育委員会」 (its name is 御殿場市教育委員会). */
const PLACE_NO_BODY = /^(?<place>[^\sの]{2,16}?[都道府県市区町村])の(?<body>教育委員会|選挙管理委員会|農業委員会|議会|水道局|上下水道局|交通局|病院局|消防本部|消防局)$/u;

/**
 * The organisation as its name is written: without a list's separator before it, and joined where the page wrote it with の
 * (静岡県御殿場市の教育委員会 → 静岡県御殿場市教育委員会).
 */
function withBodyJoined(named: IncidentOrg): IncidentOrg {
  // (A list's separator read with a name, 「…おおふな・鎌倉市おおふな…」 → 「・鎌倉市」, is no part of it.)
  const lead = named.org ? LEADING_SEPARATOR.exec(named.org)?.[0].length ?? 0 : 0;
  const org = lead > 0 && named.org!.length - lead >= 2 ? named.org!.slice(lead) : named.org;
  const span: [number, number] | null = lead > 0 && org !== named.org && named.orgSpan ? [named.orgSpan[0] + lead, named.orgSpan[1]] : named.orgSpan;
  const m = org ? PLACE_NO_BODY.exec(org) : null;
  return m ? { org: m.groups!.place! + m.groups!.body!, orgSpan: span } : org === named.org ? named : { org, orgSpan: span };
}

/**
 * A short form the news uses written in full, so one body is one name in the library: a board of education's (堺市教委 →
 * 堺市教育委員会) and a ministry's (厚労省 → 厚生労働省). The span stays on the short form the page wrote.
 */
function withShortFormInFull(named: IncidentOrg): IncidentOrg {
  const org = named.org;
  if (!org) return named;
  const full = org.endsWith('教委') && org.length > 2 ? `${org.slice(0, -2)}教育委員会` : MINISTRY_IN_FULL.get(org);
  return full ? { ...named, org: full } : named;
}
/** Ministries the news calls by their short names, in full. */
const MINISTRY_IN_FULL = new Map([
  ['厚労省', '厚生労働省'],
  ['文科省', '文部科学省'],
  ['国交省', '国土交通省'],
  ['経産省', '経済産業省'],
  ['農水省', '農林水産省'],
]);
/** A telephone number inside a name read off a contact line: 03-6262-3248, 0120-123-456. */
const PHONE_IN_NAME = /(?:TEL|Tel|電話)?[:：]?[ \u3000]*0[0-9]{1,4}[-‐－][0-9]{1,4}[-‐－][0-9]{3,4}/u;
/** The name without a contact line's telephone number and hours run into it: 「…法律事務所03-6262-3248平日10」 → 「…法律事務所」. */
function withoutContactNumber(named: IncidentOrg): IncidentOrg {
  const phone = named.org ? PHONE_IN_NAME.exec(named.org) : null;
  return phone && phone.index >= 2 ? { ...named, org: named.org!.slice(0, phone.index).trimEnd() } : named;
}
/** A company's name with 側 run into it: 「株式会社…ProCX側の情報と本県が所有する情報を照合し」 (the company's side, no part of its name). */
const SIDE_AFTER_NAME = /(?<=(?:株式会社|有限会社|合同会社)[^\s]{1,30})側$/u;
/** The name without 側 after it. */
function withoutSide(named: IncidentOrg): IncidentOrg {
  return named.org && SIDE_AFTER_NAME.test(named.org) ? { ...named, org: named.org.slice(0, -1) } : named;
}
/** Separators a name never starts with: ・, 、, a bullet. */
const LEADING_SEPARATOR = /^[・、,，•◦\s]+/u;

/** The name a notice defines as itself near the incident's start, or null. */
function selfDefinedName(text: string, span: Range): Range | null {
  const window = text.slice(span.start, Math.min(span.end, span.start + SELF_DEFINED_REACH));
  if (!window.includes('以下')) return null;
  const m = SELF_DEFINED.exec(window);
  // (Its description before it is no part of it: 「日本におけるサービス提供者であるノーヴェイン・ジャパン合同会社」.)
  const name = m?.groups!.name?.replace(DESCRIPTION_BEFORE_NAME, '');
  if (!m || !name || !readsAsOrg(name)) return null;
  const at = span.start + m.index + m[0].lastIndexOf(name, m[0].indexOf('以下'));
  return { start: at, end: at + name.length };
}

/** A regulator or ministry: 観光庁, 総務省, 個人情報保護委員会 (the police's arrest stories are headlineOrg's). */
/** A court, by its name or short form. */
const COURT = /(?:裁判所|地裁|家裁|高裁|最高裁)$/u;
/** A story of a trial: a judgement, an order to pay, a suit. */
const TRIAL = /判決|賠償|訴訟|提訴|公判|求刑|起訴|控訴|上告/u;
/** A court's own staff in the story: then the court may well be the one that lost the data. */
const COURT_STAFF = /書記官|裁判官|事務官|職員/u;
const OVERSEER = /^(?:観光庁|金融庁|消費者庁|総務省|経済産業省|経産省|厚生労働省|厚労省|文部科学省|文科省|国土交通省|国交省|個人情報保護委員会)$/u;
/** The longest heading read as a title; a longer line with a sentence's end is a lead taken for one. */
const TITLE_MAX = 60;
/** The shortest line with no comma read as a sentence when it ends with 。 (a title seldom does). */
const SHORT_PROSE_MIN = 30;
/** Is there a sentence of prose (its 。) between the incident's start and its heading? (Site menus above a title have none.) */
function proseBefore(text: string, span: Range, heading: Range): boolean {
  // (Looked for between the two only, a sliced view: a search to the page's next 。 could read far past the heading.)
  return heading.start > span.start && text.slice(span.start, heading.start).includes('。');
}
/** A news lead's opening: its subject, は, the day and a comma (「白鷺学院大は19日、」「東浜交通社は2日、」). */
const NEWS_LEAD_START = /^\s*[^\s。、「」]{2,30}?は、?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:付)?、/u;
/** A heading this long with a comma is prose even without its 。. */
const PROSE_MIN = 80;
/** Is the heading a sentence of prose (a lead with its 。, longer than a title)? */
function isProseHeading(text: string, heading: Range): boolean {
  const length = heading.end - heading.start;
  // 「北浜市の白鷺学院大は19日、職員が…」: a news lead's opening, however short the line.
  if (NEWS_LEAD_START.test(text.slice(heading.start, Math.min(heading.end, heading.start + 50)))) return true;
  const line = text.slice(heading.start, heading.end);
  // (A short one is prose when it is a sentence, its comma and its full stop: 「足立区立の障害者施設「北浜福祉園」において、…がわかった。」.)
  if (length <= TITLE_MAX) return endsSentence(line) && (line.includes('、') || length >= SHORT_PROSE_MIN);
  // (Looked for in the heading only: a search to the next 。 could read far past it. A line cut mid-sentence has no 。: a
  // long one with a comma is still prose.)
  // (Nor has a title a comma and its full stop at its end: 「ドラッグストアチェーンのウエルシア薬局は、…と発表しました。」 is a lead.)
  const stop = line.indexOf('。');
  return (stop >= 0 && (stop < line.length - 1 || line.includes('、'))) || (length > PROSE_MIN && line.includes('、'));
}

/** A seat described before a name: 「…市に本店のある」「…区に本社を置く」「…町に本部がある」. */
const SEAT_DESCRIBED = /に本(?:店|社|部)(?:の|が|を)?(?:ある|置く|構える)$/;

/** incidentOrg before its legal person is added. */
function namedOrg(
  text: string,
  original: string,
  span: Range,
  heading: Range | null,
  allLines: Range[],
  single: boolean,
  tokenizer?: Tokenizer,
): IncidentOrg {
  // 「【宮ノ森町教育委員会】」 over a roundup's item: the name in the brackets.
  // (Or 「●公益財団法人しらかば育英会(9月25日公表)」: the name before the day it announced; 「■No.2 医療法人社団健和会 しらかば台病院」:
  // the name after its number.)
  const headingLine = heading ? text.slice(heading.start, heading.end) : '';
  // 「◇グリーンポケット(福岡市)=18日、…」: a newspaper brief names its subject first, legal form or not.
  const brief = heading ? EQUALS_BRIEF.exec(headingLine)?.groups!.name : undefined;
  if (brief && heading) return found(text, original, brief, heading.start);
  const bracketed = heading ? (BRACKET_NAME_LINE.exec(headingLine) ?? MARKED_NAME_DAY.exec(headingLine) ?? NUMBERED_ORG_HEAD.exec(headingLine) ?? DATED_DASH_ITEM.exec(headingLine) ?? RANKED_FIELDS.exec(headingLine) ?? BULLET_NAME.exec(headingLine))?.groups!.name?.trim() : undefined;
  if (bracketed && readsAsOrg(bracketed)) return found(text, original, bracketed);
  // A timely disclosure (各 位 / 会 社 名 … over its title): the issuer it labels, over a subsidiary or contractor its body names
  // (「…委託先である当社連結子会社 東和カスタマーサービス株式会社」; the seed gold names the issuer of 「弊社子会社である…」 too).
  const disclosed = heading ? disclosureIssuer(text, span, heading, allLines) : null;
  if (disclosed) {
    return asSpelled(text, original, disclosed);
  }
  // A lead sentence taken for the heading (a page with no title line: 「東浜交通社は2日、…を明らかにした。流出した…」): the body is
  // read from its start, the lead's subject and all.
  if (heading && isProseHeading(text, heading)) {
    const lead = orgFromBody(text, Math.min(span.start, heading.start), span.end);
    if (lead && (lead.how === 'lead' || lead.how === 'subject')) return asSpelled(text, original, lead);
    // (Or the first name the lead sentence gives after a seat it describes: 「岩手県北浜市に本店のある北浜信用金庫で…」.)
    if (lead && lead.how === 'first' && lead.span.end <= heading.end && SEAT_DESCRIBED.test(text.slice(heading.start, lead.span.start))) return asSpelled(text, original, lead);
  }
  const fromHeading = heading ? orgFromHeading(foldWidth(original.slice(heading.start, heading.end)), tokenizer) : null;
  // 「旅行会社の個人情報流出が続く、観光庁が北浜通運「ミナトツアーズ」にも報告指示」: a regulator or the police the headline names
  // first; the lead's subject (北浜通運は…発表した) is whose data it was.
  if (heading && fromHeading && OVERSEER.test(fromHeading)) {
    const lead = orgFromBody(text, heading.end, span.end, true);
    if (lead && !OVERSEER.test(lead.org)) return asSpelled(text, original, lead);
  }
  // 「カード情報流出、開発会社に賠償命令 東京地裁」: the court that tried a case is no party to it, unless its own staff did it.
  if (heading && fromHeading && COURT.test(fromHeading) && TRIAL.test(text.slice(heading.start, span.end)) && !COURT_STAFF.test(text.slice(heading.start, span.end))) {
    const party = orgFromBody(text, heading.end, span.end);
    return party && !COURT.test(party.org) ? asSpelled(text, original, party) : { org: null, orgSpan: null };
  }
  // 「はるか、チケットサイトから個人情報8万件流出か」 over 「はるかは4月25日、」: a headline's first phrase the lead takes as its
  // subject is the name, kana and all.
  if (heading && !fromHeading) {
    const echoed = headlineNameEchoed(text, heading, span);
    if (echoed) return spelled(original, echoed);
  }
  if (heading && fromHeading) {
    // A headline's description for a name (「オンライン書店で会員…流出」): the lead's subject names it (株式会社ミナトヤ書店は、…).
    // (Or a place describing a body it does not name: 「岐阜市の病院に不正アクセス」 over 「岐阜市の安江病院は4日、」.)
    const lead = GENERIC_DESCRIPTION.test(fromHeading) || isPlaceOfKind(foldWidth(original.slice(heading.start, heading.end)), fromHeading) ? orgFromBody(text, heading.end, span.end) : null;
    if (lead && lead.how !== 'first' && !SELF_OR_SAME.test(lead.org)) {
      return asSpelled(text, original, lead);
    }
    return headlineOrg(text, original, span, heading, fromHeading);
  }
  // A page of its own: its <title> line (「お知らせ | 株式会社X」) may name the organisation.
  // Only a name that reads as one: a news site's own name line (サイバー事件簿ニュース ― …) is no victim.
  // 「（4）…を誤添付 / 公表日：… / 組織：社会福祉法人ひかり福祉会」: an item's organisation under its label.
  const labelled = heading && !fromHeading ? labelledOrg(text, original, heading.end, span.end) : null;
  if (labelled) return labelled;
  // A headline's name in kana the name rules cannot read (「…届け先2914件の情報 はやせ運輸」), its legal form written in the body.
  const kanaNamed = heading && !fromHeading ? headlineWordWithLegalForm(text, original, heading, span) : null;
  if (kanaNamed) return kanaNamed;
  // One of a page's listed notices whose title calls its issuer by its kind (「県が業務を委託する事業者の…」): the page's issuer,
  // not a contractor its body names.
  const byKind = !single && heading ? issuerByKind(text, heading, allLines, tokenizer) : null;
  if (byKind) return found(text, original, byKind);
  // (A lead sentence on the first line is no title: 「物流大手の北浜運輸(本社:東京都江東区)は9日、…」.)
  const titleName = single && allLines[0] && !isProseHeading(text, allLines[0]) ? orgFromHeading(text.slice(allLines[0].start, allLines[0].end), tokenizer) : null;
  const titleOrg = titleName && readsAsOrg(titleName) ? titleName : null;
  // (Under a heading below the story's prose, 「(2011/02/16 ネットセキュリティニュース)」 after it, the body is read from the start.)
  const bodyOrg = orgFromBody(text, heading && !proseBefore(text, span, heading) ? heading.end : span.start, span.end);
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
  // (An issuer's line naming only an office, 「担当:教育庁 教職員課」, is no name: the site's is looked for then too.)
  const bareSignature = signature !== null && BARE_OFFICE.test(signature.org);
  const self = weak && (!signature || bareSignature) ? orgFromSelfReference(text, span, allLines) : null;
  // (self is looked for only without a named signature, so it comes first.)
  const body = (weak ? (self ?? signature) : (fromBody ?? narrower)) ?? fromBody;
  if (body) {
    // The page's own spelling, unless the name joins two lines (医療法人社団翠嶺会 / みどりが丘歯科医院).
    return asSpelled(text, original, body);
  }
  if (titleOrg) return found(text, original, titleOrg);
  // 「平素はレイクALSAをご利用いただき、…」: a notice naming nobody else greets its readers as users of its own name.
  const greeted = single ? GREETED_NAME.exec(text.slice(span.start, Math.min(span.end, span.start + GREETING_REACH)))?.groups!.name : undefined;
  if (greeted && !SELF_OR_SAME.test(greeted) && !GENERIC_SERVICE.test(greeted)) return found(text, original, greeted);
  // A municipality's page naming itself only in its site's link (「熊本市公式サイトトップへ」) or before one of its sections
  // (「板橋区戸籍住民課窓口に、…」): that municipality.
  const own = single ? siteOwner(text, allLines) ?? sectionOwner(text, span) : null;
  if (own) return found(text, original, own);
  // An item of a page listing one issuer's notices (「事務処理ミス等の公表 | 東雲市」) that names nobody: the page's issuer.
  return single ? { org: null, orgSpan: null } : pageIssuer(text, original, allLines, tokenizer);
}

/** A site's link to its top page, naming its owner: 「熊本市公式サイトトップへ」「北浜町ホームページ」. */
const SITE_HOME_LINE = /^[ \u3000]*(?<name>[^\s|｜:：「」]{2,20}?)(?:公式)?(?:ホームページ|ウェブサイト|Webサイト|WEBサイト|サイト)(?:の?トップ(?:ページ)?)?(?:へ(?:戻る)?|に戻る)?[ \u3000]*$/u;
/** How many of a page's first lines may hold its site's link. */
const SITE_HOME_LINES = 5;
/** A municipality before one of its sections: 板橋区戸籍住民課, 北浜市保険年金課, 北浜町役場 (not 副市長執務室). */
const MUNICIPAL_SECTION = /(?<![\u4e00-\u9fff])(?<name>(?![副各同当本全旧新])[\u4e00-\u9fff]{1,5}[市区町村])(?!長)(?:役所|役場|[\u4e00-\u9fff]{2,8}(?:課|室|係))/u;

/** The municipality a page's top link names (「熊本市公式サイトトップへ」), or null. */
function siteOwner(text: string, allLines: readonly Range[]): string | null {
  let seen = 0;
  for (const l of allLines) {
    if (seen >= SITE_HOME_LINES) break;
    const line = text.slice(l.start, l.end);
    if (line.trim() === '') continue;
    seen++;
    const name = SITE_HOME_LINE.exec(line)?.groups!.name;
    if (name && MUNICIPALITY_END.test(name) && readsAsOrg(name)) return name;
  }
  return null;
}

/** The municipality the incident's text names before one of its sections (「板橋区戸籍住民課窓口に」), or null. */
function sectionOwner(text: string, span: Range): string | null {
  const name = MUNICIPAL_SECTION.exec(text.slice(span.start, span.end))?.groups!.name;
  return name && readsAsOrg(name) ? name : null;
}

/** A notice's greeting to the users of its issuer's name: 「平素はレイクALSAをご利用いただき」「平素よりミナトマートをご愛顧いただき」「いつもMENTAをご利用いただきまして」. */
const GREETED_NAME = /(?:平素(?:は|より)|いつも)[、 \u3000]*(?<name>[^\s、。「」()（）の]{2,20}?)を(?:ご利用|ご愛顧|お引き立て)/u;
/** How far into a notice its greeting is looked for. */
const GREETING_REACH = 600;
/** A greeting's object that names nothing: 弊社サービス, 当社のサービス, オンラインショップ. */
const GENERIC_SERVICE = /^(?:弊社|当社|本)?(?:サービス|システム|サイト|ホームページ|オンラインショップ|ショップ|アプリ|商品|製品|店舗|各種サービス)$/u;

/**
 * The issuer of a page listing its own notices: its <title> line's site name, or, on a page whose opening calls itself
 * 本市 or 本学, the name its top shows (「北浜市 / … / 本市では、…の概要を公表しています」).
 */
export function pageIssuer(text: string, original: string, allLines: Range[], tokenizer?: Tokenizer): IncidentOrg {
  const pageName = listingIssuer(text, allLines, tokenizer) ?? orgFromSelfReference(text, { start: 0, end: text.length }, allLines)?.org ?? null;
  return pageName ? found(text, original, pageName) : { org: null, orgSpan: null };
}

/**
 * The issuer of a page listing its notices, from its <title> line: the site's part without its own word
 * (「| 青葉台市ホームページ」 names 青葉台市), or after a space, with that word (「事務処理ミスの公表(令和8年度) 川瀬市ホームページ」).
 */
function listingIssuer(text: string, allLines: Range[], tokenizer?: Tokenizer): string | null {
  const pageTitle = allLines[0] ? text.slice(allLines[0].start, allLines[0].end) : null;
  if (!pageTitle) return null;
  const spaced = SPACED_SITE_NAME.exec(pageTitle)?.groups!.name;
  const pageName = SITE_SUFFIX_SEP.test(pageTitle) ? orgFromHeading(pageTitle.replace(SITE_WORD_END, ''), tokenizer) : (spaced ?? null);
  return pageName && readsAsOrg(pageName) ? pageName : null;
}

/** A listed notice's title that calls its issuer by its kind alone: 「県が業務を委託する…」「県立高等学校における…」「本市における…」. */
const ISSUER_BY_KIND = /^\s*(?:件名\s*[:：]\s*)?(?:本|当)?(?<kind>県|市|町|村|区|都|府|道)(?:が|の|立|営|は|で|に|において|における)/u;

/** The page's issuer for a listed notice whose title calls it by its kind (県が…), when the page's <title> names one of that kind. */
function issuerByKind(text: string, heading: Range, allLines: Range[], tokenizer?: Tokenizer): string | null {
  const kind = ISSUER_BY_KIND.exec(text.slice(heading.start, heading.end))?.groups!.kind;
  if (!kind) return null;
  const issuer = listingIssuer(text, allLines, tokenizer);
  return issuer?.endsWith(kind) ? issuer : null;
}

/** A site's own word after its name: ホームページ, 公式ウェブサイト. */
const SITE_WORD = '(?:公式)?(?:ホームページ|ウェブサイト|Webサイト|WEBサイト)';
/** A site's name after a space, with the site's own word: 「… 川瀬市ホームページ」. */
const SPACED_SITE_NAME = new RegExp(`[ \\u3000](?<name>[^\\s|｜]{2,20}?)${SITE_WORD}$`, 'u');
/** A site's own word ending its name: 青葉台市ホームページ, 東雲市公式サイト. */
const SITE_WORD_END = new RegExp(`(?:${SITE_WORD}|(?:公式)?サイト)\\s*$`, 'u');
/** A <title> line with its site's name after a bar, a dash or a slash (…の公表 | 東雲市, … - 大槻原市ホームページ): the page is that site's. */
const SITE_SUFFIX_SEP = /(?:\s*[|｜]\s*|\s+[-–—－/／]\s+|(?<=[^\s\d])[/／])\S[^|｜/／]{0,30}$/;

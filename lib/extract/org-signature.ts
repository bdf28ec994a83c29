// The organisation in a notice's dateline or sign-off: お詫び pages put the date and the issuer on
// short lines of their own, just before or just after the title (「2024年10月18日 / 株式会社X」), or
// at the end of the notice (「株式会社X 代表取締役社長 …」「以上」). Such a line is the issuer's name
// and little else, so it is a stronger sign than the first organisation the body happens to mention.
import { within, type Range } from '../text/lines';
import { isBreadcrumb } from '../text/breadcrumb';
import { endsLikeOrg, isCorporateName, isKanaMunicipality, isOrgName, LATIN_CORPORATE, RELEASES_PAGE } from './org';

/** Lines looked at on each side: a dateline block is date, issuer, sometimes a department and a person. */
const BLOCK_LINES = 4;
/** A timely disclosure's issuer label, its letters often spaced out (会 社 名, 上場会社名, 法人名). */
const ISSUER_LABEL = /^[ \u3000]*(?:上場)?(?:会[ \u3000]*社[ \u3000]*名|法[ \u3000]*人[ \u3000]*名|団[ \u3000]*体[ \u3000]*名)[ \u3000]*[:：]?[ \u3000]*/u;
/** A line of single letters each apart by a space. */
const LETTER_SPACED = /^(?:\S[ \u3000]){3,}\S$/u;
/** A line whose last three or more units stand apart, a legal form or label before them allowed: 「株式会社 北 浜 銀 行」. */
const SPACED_TAIL = /^[ \u3000]*(?:\S{1,8}[ \u3000]+)?(?:\S[ \u3000]+){2,}\S[ \u3000]*$/u;
/** How many lines over a disclosure's title its head may take (各位, 会社名, 代表者名, コード, 問合せ先, TEL…). */
const DISCLOSURE_HEAD_LINES = 10;
/** A signature line is short; a longer line is prose. */
const MAX_LINE = 60;
/** A line that is prose or a date, never an issuer's name. */
const NOT_A_SIGNATURE = /[。、「」:：]|^\s*(?:\d{4}|令和|平成)|^以上$|^(?:TEL|Tel|電話|FAX|E-?mail|メール|URL|〒)/u;
/** A department after the body's name: 福川県健康福祉部, 静岡県島田市総務課, 北陵大学情報基盤センター事務室. */
const DEPARTMENT = /^[\u3400-\u9fff\u30a1-\u30ffー・]{1,16}(?:部|課|局|室|係|班|事務局|本部|委員会事務局)$/u;
/** What a department ends with (a cheap test before looking for the name in front of it). */
const DEPARTMENT_END = /(?:部|課|局|室|係|班|本部)$/u;
/** Titles and roles that follow the issuer's name on a sign-off line: 代表取締役社長 山田太郎, 院長 …. */
const ROLE = /^(?:代表取締役|代表理事|取締役|理事長|社長|会長|院長|学長|総長|校長|市長|町長|村長|知事|区長|教育長|所長|センター長|部長|課長|代表|病院長)/u;

/** A legal form written as a word of its own on a sign-off line (「医療法人社団 青葉会」). */
const BARE_LEGAL_FORM = /^(?:株式会社|有限会社|合同会社|(?:一般|公益)(?:社団|財団)法人|(?:社会)?医療法人(?:社団|財団)?|学校法人|社会福祉法人)$/u;
/** A notice's closing date on a line of its own (令和6年12月20日, 2024年5月10日, 2024/05/10): the issuer signs under it. */
const SIGN_OFF_DATE = /^\s*(?:(?:\d{4}|令和\s*(?:\d{1,2}|元)|平成\s*\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[/.]\d{1,2}[/.]\d{1,2})\s*(?:[(（][^()（）]{1,3}[)）])?\s*$/u;
/** The last lines of a notice searched for its closing date (contact box and site footer below it). */
const SIGN_OFF_SCAN = 30;
/** A quoted line's mark. */
const QUOTE_MARK = /^[>＞]\s*/u;
/** A legal person's name, which may run an institution named on the next line. */
const LEGAL_PERSON_LINE = /^(?:(?:一般|公益)(?:社団|財団)法人|(?:社会)?医療法人(?:社団|財団)?|学校法人|社会福祉法人)\S+$/u;
/** Words that make a line a phrase, not a name (…についての, …による, …に関する). */
const PHRASE = /について|による|に関する|のお知らせ|における|および|及び|から|まで|ため/u;

/** A family or given name: one to three kanji (a byline's 「勝村 幸博」). */
const PERSON_PART = /^[\u4e00-\u9fff々]{1,3}$/u;
/** A department's unit inside a word: a name holding one is a department path, not an organisation. */
const DEPARTMENT_UNIT = /[部課局室係]/u;
/** The same as a whole line. */
const WHOLE_LATIN_CORPORATE = new RegExp(`^${LATIN_CORPORATE}$`, 'u');
/**
 * A company's name in Latin with a foreign legal form: 「LinguaMate Pte. Ltd.」「Harland Health, Inc.」「Brightwell Labs GmbH」. (Not the
 * forms a Japanese body's English name line takes, 「… Corporation」「… Co., Ltd.」: its Japanese name is the one.)
 */
const FOREIGN_CORPORATE = /^[A-Z][A-Za-z0-9&'.-]*(?:\s[A-Za-z0-9&'.-]+){0,4},?\s(?:Inc\.|Pte\.?\sLtd\.|LLC|GmbH|Corp\.|PLC|plc|S\.A\.|B\.V\.|AG|Pty\.?\sLtd\.)$/u;

/** Letters of a name only (kanji, kana, katakana): no brackets, numbers or marks (【…#2024-504】). */
const KANA_NAME = /^[ぁ-ゖ\u3400-\u9fff\u30a1-\u30ffー・々ヶ]+$/u;

export interface SignatureOrg {
  org: string;
  span: Range;
}

/** The issuer named by one short line, or null: the whole line, or its name before a department or role. */
export function orgFromSignatureLine(line: string): string | null {
  // A quoted notice's line in a blog (「> 北浜みどり信用組合」) is read without its quote mark.
  // (A press-release site's page of the issuer's releases, 「株式会社…のプレスリリース」, names the issuer.)
  const s = line.trim().replace(QUOTE_MARK, '').replace(RELEASES_PAGE, '');
  if (s.length < 2 || s.length > MAX_LINE || NOT_A_SIGNATURE.test(s) || isBreadcrumb(s)) return null;
  if (s.length <= 40 && (WHOLE_LATIN_CORPORATE.test(s) || FOREIGN_CORPORATE.test(s))) return s;
  const words = s.split(/[\s\u3000]+/);
  // 「株式会社 ミナモトフーズ」: a bare legal form joins the next word.
  if (words.length >= 2 && BARE_LEGAL_FORM.test(words[0]!)) {
    words.splice(0, 2, `${words[0]}${words[1]}`);
  }
  const first = words[0]!;
  // 「勝村 幸博」: a byline's family and given names (a 村 ending is no village), not an issuer.
  if (words.length === 2 && PERSON_PART.test(first) && PERSON_PART.test(words[1]!) && !ROLE.test(words[1]!) && !DEPARTMENT_END.test(words[1]!) && !asName(words[1]!)) return null;
  const name = asName(first);
  if (!name) return null;
  if (name !== first) return name; // 福川県健康福祉部 → 福川県
  // 「医療法人社団青葉会 あおば中央病院」: a legal person and its institution, both names: the whole line.
  let org = first;
  for (const w of words.slice(1)) {
    if (ROLE.test(w) || DEPARTMENT.test(w) || !(asName(w) || endsLikeOrg(w))) break;
    org += ` ${w}`;
  }
  return org;
}

/** An officer's title written onto a body's name, an aside allowed after it: 北浜大学理事・副学長(教育担当), 北浜病院院長. */
const OFFICER_ON_NAME = /^(?<name>.{2,30}?)(?:理事・副学長|副学長|学長|理事長|理事|代表取締役社長|代表取締役|社長|病院長|院長|校長)(?:[・(（][^\s]*)?$/u;
/** The head of a hospital or school written onto its name: 青梅市立総合病院長, 北浜大学長, 北浜センター長. */
const INSTITUTION_HEAD = /^(?<name>.{2,30}?(?:病院|大学|学校|学院|センター))長$/u;
/** A head of a public body written onto its name: 北見沢町長, 北原県知事, 港区長. Not 市長 alone. */
const HEAD_OF_BODY = /^(?<body>.{2,20}?(?:市|町|村|区))長$|^(?<pref>.{1,8}?(?:都|道|府|県))知事$/u;

/** `word` if it is a name, its leading name if the rest is a department or its head's title, else null. */
function asName(word: string): string | null {
  if (isOrgName(word) || isCorporateName(word)) return word;
  const head = HEAD_OF_BODY.exec(word);
  const body = head?.groups!.body ?? head?.groups!.pref;
  if (body && isOrgName(body)) return body;
  // 「青梅市立総合病院長」「北浜大学長」: the head of a hospital or school, 長 written onto its name.
  const headed = INSTITUTION_HEAD.exec(word)?.groups!.name;
  if (headed && isOrgName(headed)) return headed;
  // 「広島大学理事・副学長(教育担当)」: an officer's title written onto the body's name.
  const officer = OFFICER_ON_NAME.exec(word)?.groups!.name;
  if (officer && (isOrgName(officer) || isCorporateName(officer))) return officer;
  // A line of its own that ends like an institution is one, kana and all: 県立みさき医療センター.
  if (word.length <= 30 && KANA_NAME.test(word) && endsLikeOrg(word) && !PHRASE.test(word)) return word;
  if (!DEPARTMENT_END.test(word)) return null;
  // The longest leading name whose rest is a department (静岡県島田市総務課 → 静岡県島田市, not 静岡県;
  // みずほ市市民部市民課 → みずほ市, a hiragana name as the news-lead rule knows them).
  for (let end = word.length - 1; end >= 2; end--) {
    const head = word.slice(0, end);
    // (Never a head holding a department itself: 市民生活部市民課 is no 市民生活部市.)
    if ((isOrgName(head) || isKanaMunicipality(head)) && !DEPARTMENT_UNIT.test(head) && DEPARTMENT.test(word.slice(end))) return head;
  }
  return null;
}

/** The issuer a timely disclosure's head labels over its title (会 社 名 株式会社…), or null. */
function labelledIssuer(text: string, segLines: readonly Range[], heading: Range): SignatureOrg | null {
  for (const l of segLines.filter((l) => l.end <= heading.start).slice(-DISCLOSURE_HEAD_LINES)) {
    const label = ISSUER_LABEL.exec(text.slice(l.start, l.end));
    if (!label) continue;
    // (Its name's letters spaced out as well, as a PDF's text gives them: 「東 和 エ ナ ジ ー 株 式 会 社」.)
    const rest = text.slice(l.start + label[0].length, l.end).trim();
    const org = orgFromSignatureLine(LETTER_SPACED.test(rest) ? rest.replace(/[ \u3000]/gu, '') : rest);
    if (!org) continue;
    const lineText = text.slice(l.start, l.end);
    const [from, to] = spanIgnoringSpaces(lineText, org);
    return { org, span: { start: l.start + from, end: l.start + to } };
  }
  return null;
}

/** The issuer a timely disclosure labels in its head over the title (各 位 / 会 社 名 …), or null. */
export function disclosureIssuer(text: string, span: Range, heading: Range, allLines: Range[]): SignatureOrg | null {
  const segLines = within(allLines, span.start, heading.start).filter((l) => l.end <= heading.start && l.end > l.start);
  return labelledIssuer(text, segLines, heading);
}

/**
 * The issuer named in the dateline block (the lines of the notice before its heading, and the first
 * lines after it up to the first paragraph) or in the sign-off (its last lines), or null.
 */
export function orgFromSignature(text: string, span: Range, heading: Range | null, allLines: Range[]): SignatureOrg | null {
  const segLines = within(allLines, span.start, span.end).filter((l) => text.slice(l.start, l.end).trim() !== '');
  const candidates: Range[] = [];
  // A blog quoting a notice (「> 2025年7月1日 / > 北浜みどり信用組合」): the quote's head is the issuer's block.
  const quoteAt = segLines.findIndex((l) => QUOTE_MARK.test(text.slice(l.start, l.start + 2)));
  if (quoteAt >= 0) candidates.push(...segLines.slice(quoteAt, quoteAt + BLOCK_LINES).filter((l) => l.end - l.start <= MAX_LINE));
  if (heading) {
    // A disclosure's head (各 位 / 会 社 名 株式会社… / 代表者名 … / 問合せ先 …): its labelled issuer first.
    const disclosed = labelledIssuer(text, segLines, heading);
    if (disclosed) return disclosed;
    candidates.push(...segLines.filter((l) => l.end <= heading.start).slice(-BLOCK_LINES));
    const after = segLines.filter((l) => l.start >= heading.end);
    // Under the title a page template may come first (更新日：…, ページ番号：…, 報道発表資料).
    for (const l of after.slice(0, BLOCK_LINES + 2)) {
      if (l.end - l.start > MAX_LINE) break; // the first paragraph: the dateline block is over
      candidates.push(l);
    }
  } else {
    candidates.push(...segLines.slice(0, BLOCK_LINES).filter((l) => l.end - l.start <= MAX_LINE));
  }
  // The sign-off under the notice's closing date (「令和6年12月20日 / 医療法人社団 緑樹会 さくら台中央病院」),
  // before the contact box and footer at the notice's end, which name the issuer's desks and sites.
  const scan = segLines.slice(-SIGN_OFF_SCAN);
  for (let i = scan.length - 2; i >= 0; i--) {
    if (!SIGN_OFF_DATE.test(text.slice(scan[i]!.start, scan[i]!.end))) continue;
    candidates.push(...scan.slice(i + 1, i + 3).filter((l) => l.end - l.start <= MAX_LINE && !candidates.includes(l)));
    break;
  }
  const tail = segLines.slice(-BLOCK_LINES - 1).filter((l) => !candidates.includes(l));
  candidates.push(...tail.filter((l) => l.end - l.start <= MAX_LINE));
  // A company's name on a line of its own above a help page's feedback box (「株式会社らくよやく / 東京都… /
  // この記事は役に立ちましたか?」): last, and only a name with its legal form.
  for (let i = scan.length - 1; i >= 0; i--) {
    const l = scan[i]!;
    if (l.end - l.start > MAX_LINE || candidates.includes(l)) continue;
    const s = text.slice(l.start, l.end).trim();
    if (isCorporateName(s) && orgFromSignatureLine(s) === s) {
      candidates.push(l);
      break;
    }
  }
  for (const l of candidates) {
    const lineText = text.slice(l.start, l.end);
    // (A name's letters spaced out after its legal form, as a PDF's text gives them: 「株式会社 筑 波 銀 行」.)
    const org = orgFromSignatureLine(SPACED_TAIL.test(lineText) ? lineText.replace(/[ \u3000]/gu, '') : lineText);
    if (!org) continue;
    const [from, to] = spanIgnoringSpaces(lineText, org);
    const span = { start: l.start + from, end: l.start + to };
    // 「医療法人社団翠嶺会 / みどりが丘歯科医院」: a legal person's line, its institution on the next.
    const next = segLines[segLines.indexOf(l) + 1];
    const institution = LEGAL_PERSON_LINE.test(org) && next ? orgFromSignatureLine(text.slice(next.start, next.end)) : null;
    if (institution && !LEGAL_PERSON_LINE.test(institution) && endsLikeOrg(institution)) {
      // The span runs over both lines; the name joins them with a space.
      const end = next!.start + text.slice(next!.start, next!.end).indexOf(institution) + institution.length;
      return { org: `${org} ${institution}`, span: { start: span.start, end } };
    }
    return { org, span };
  }
  return null;
}

/**
 * Where `name` stands in `line` when the line may put spaces inside it (「医療法人社団 緑樹会」 read as
 * 医療法人社団緑樹会): [start, end) of the line, the whole line if it is not there.
 */
export function spanIgnoringSpaces(line: string, name: string): [number, number] {
  const at = line.indexOf(name);
  if (at >= 0) return [at, at + name.length];
  for (let start = 0; start < line.length; start++) {
    let i = start;
    let j = 0;
    while (i < line.length && j < name.length) {
      if (line[i] === name[j]) {
        i++;
        j++;
      } else if (/\s/u.test(line[i]!) && i > start) i++;
      else if (/\s/u.test(name[j]!)) j++;
      else break;
    }
    if (j === name.length) return [start, i];
  }
  return [0, line.length];
}

/** How a notice refers to its issuer, and how the issuer's name then ends. */
const SELF_KINDS: Array<[RegExp, RegExp]> = [
  [/本市|当市|市職員|市民の皆様/u, /市$/u],
  [/本町|当町|町職員|町民の皆様/u, /町$/u],
  [/本村|当村|村職員|村民の皆様/u, /村$/u],
  [/本県|当県/u, /県$/u],
  // 「校長から県教育委員会に報告」: the prefecture's board that runs the site (青葉県教育委員会).
  [/(?:^|[^\u3400-\u9fff々])県(?:教育委員会|教委)/u, /県教育委員会$/u],
  [/本学|当学/u, /(?:大学|学園|学院|学校)$/u],
  [/当院|本院/u, /(?:病院|医院|クリニック|センター|診療所)$/u],
  [/当金庫/u, /信用金庫$/u],
  [/当組合/u, /組合$/u],
  [/当行/u, /銀行$/u],
];
/** Lines at the top of a page that may be the site's own name. */
const SITE_NAME_LINES = 20;

/**
 * The issuer named by the site's own name line, when the notice calls itself 本市, 本学, 当院…: 「本市が…
 * 委託している株式会社X」 is the city's notice, and the city's site names it at the top (「東雲台市」).
 */
export function orgFromSelfReference(text: string, span: Range, allLines: Range[]): SignatureOrg | null {
  const body = text.slice(span.start, Math.min(span.end, span.start + 3000));
  const kind = SELF_KINDS.find(([self]) => self.test(body))?.[1];
  if (!kind) return null;
  for (const l of allLines.slice(0, SITE_NAME_LINES)) {
    if (l.end - l.start > 30) continue;
    const name = orgFromSignatureLine(text.slice(l.start, l.end));
    if (!name || !kind.test(name)) continue;
    const at = text.indexOf(name, l.start);
    return { org: name, span: { start: at, end: at + name.length } };
  }
  return null;
}

// Detection: is a segment a personal-data breach, an incident of another kind (DDoS, spam relay, a
// hijacked SNS account, an intrusion with no data impact), or not an incident at all?
// A breach needs a leak statement that is not negated, about personal data (a data word or a
// category in the same sentence, or a victim count). Look-alikes fail that test by themselves:
// their leak words are negated (情報流出は確認されていない) or absent.
import { NON_BREACH_CAUSES } from '../vocabulary';
import { lineStartWithin, rangeAt, type Range } from '../text/lines';
import { isGenericAfter, isNegatedAfter } from '../text/clauses';
import type { Count, Mention } from '../types';
import { SCENARIO, isQuotedNoticeReceived, type LeakStatement } from './leak-statements';

/** Words that make data personal: 個人情報, 顧客情報, 会員の情報, 名簿, カルテ, 人事, a person's certificate (戸籍証明書, 住民票)… */
export const PERSONAL_DATA =
  /個人(?:情報|データ)|(?:顧客|会員|利用者|登録者|学生|児童|生徒|患者|従業員|職員|応募者|取引先|住民|お客様|お客さま|受講生|受講者|参加者|申請者|申込者|入所者|契約者|被保険者|購入者|加入者|市民|県民|保護者|受験者|志願者|出願者|園児)(?:の|様の?|さまの?)?(?:情報|データ|名簿|登録情報|個人情報|写真|顔写真|画像|動画)|名簿|カルテ|人事|登録者情報|登録情報|会員情報|契約情報|注文情報|戸籍(?:証明書|謄本|抄本|全部事項証明書|の?附票)|住民票|(?:課税|所得|納税)証明書|印鑑登録証明書|履歴書|職務経歴書/;

/** Leak words that tell data left its owner (not 暗号化され, which tells it became unavailable). */
const OUTFLOW_WORD = /流出|漏えい|漏洩|流失|漏れ/;
const ENCRYPTED = '暗号化され';

/** Any sign that the segment tells of a security incident at all. */
const INCIDENT_SIGNAL =
  /不正アクセス|サイバー攻撃|DDoS|迷惑メール|乗っ取|なりすまし|フィッシング|を装った|ランサムウェア|マルウェア|ウ[イィ]ルス感染|懲戒|不正(?:に)?(?:ログイン|使用|利用|閲覧|照会|中継)|脆弱性|漏えい|漏洩|流出|誤送信|誤掲載|紛失|所在不明|盗難|改ざん/;

/** What follows 懲戒 in a discipline case's labels: its reason's head, or the penalty (懲戒免職, 懲戒解雇). */
const PENALTY_LABEL_AFTER = /^(?:の理由|免職|解雇|戒告)/;
/** INCIDENT_SIGNAL, global, for walking a segment's signals. */
const INCIDENT_SIGNAL_ALL = new RegExp(INCIDENT_SIGNAL.source, 'g');

/** A definite conclusion that no personal data leaked (not 「現時点で…確認されておりません」, which may change): 「個人情報の漏えいはなかったものと判断」「データが外部に流出した痕跡や証拠は一切無いことが判明」. */
const CONCLUDED_NO_LEAK = /個人(?:情報|データ)(?:の|等の)?(?:漏えい|漏洩|流出)(?:等)?(?:は|も)(?:な(?:かった|い)(?:もの)?と判断|なかったことを確認|なかったことが確認|ないことを確認|ないことが確認|ございませんでした|ありませんでした)|(?:流出|漏えい|漏洩)した(?:痕跡|形跡|証拠)(?:や(?:痕跡|形跡|証拠))?は一切(?:無い|ない)ことが(?:判明|確認)/u;
/** The data told to hold nothing personal: 「相談者個人が特定される情報はないことを確認済み」「個人情報は含まれておりません」. */
const NO_PERSONAL_DATA = /(?:個人|本人|相談者|利用者|お客様)(?:個人)?(?:が|を)特定(?:される|できる|可能な|し得る)(?:ような)?情報(?:は|が)?(?:一切)?(?:含まれて)?(?:い|お)?(?:ない|ません|りません)|個人情報(?:は|が)(?:一切)?含まれて(?:い|お)(?:ない|ません|りません)/u;

/** A line of a list of other notices: 「2025/11/04 チケモアを装った不審なメール(フィッシングメール)にご注意ください」. */
const DATED_LIST_ITEM = /^\s*\d{4}[./年]\s*\d{1,2}[./月]\s*\d{1,2}日?\s*(?:[(（][^()（）]{1,3}[)）])?\s*[^\s\d][^。]{0,80}$/u;

/** Is `at` on a short dated line with no sentence end, an item of a list of other notices? */
function inDatedListItem(text: string, at: number): boolean {
  // The line's ends are looked for no further than such an item's length (DATED_LIST_ITEM_MAX): a longer line is none,
  // and a page of one long line would otherwise be read back to its start for every signal on it.
  const start = lineStartWithin(text, at, DATED_LIST_ITEM_MAX);
  if (start < 0) return false;
  let end = at;
  while (end < text.length && end - start <= DATED_LIST_ITEM_MAX && text.charCodeAt(end) !== 0x0a) end++;
  return end - start <= DATED_LIST_ITEM_MAX && DATED_LIST_ITEM.test(text.slice(start, end));
}
/** The longest line read as an item of a list of other notices. */
const DATED_LIST_ITEM_MAX = 100;

/**
 * Does the segment tell of an incident with a signal it does not deny? An outage notice says
 * 「サイバー攻撃によるものではなく、個人情報の流出もない」: every signal there is negated. `body` is the
 * segment's text.
 */
function hasLiveSignal(text: string, segment: Range, body: string, sentenceRanges: readonly Range[]): boolean {
  let asked: Range | undefined;
  let scenario = false;
  INCIDENT_SIGNAL_ALL.lastIndex = 0;
  for (let m = INCIDENT_SIGNAL_ALL.exec(body); m; m = INCIDENT_SIGNAL_ALL.exec(body)) {
    const end = segment.start + m.index + m[0].length;
    if (inDatedListItem(text, end)) continue;
    // 情報漏えいを防ぐ, 漏えい等事案への対応, 万一…漏えい…が発生した場合: prevention and policy, no event.
    if (isGenericAfter(text, end)) continue;
    // 「5)懲戒の理由」「懲戒免職」: a discipline case's labels, which every case has, data or not (飲酒運転).
    if (m[0] === '懲戒' && PENALTY_LABEL_AFTER.test(text.slice(end, end + 4))) continue;
    // 「「個人情報流出のお詫び」というメールが届いた」: a notice someone received, quoted.
    if (isQuotedNoticeReceived(text, end)) continue;
    const sentence = rangeAt(sentenceRanges, end - 1);
    // (A sentence is tested for a scenario once, not once per signal in it.)
    if (sentence && sentence !== asked) {
      asked = sentence;
      scenario = SCENARIO.test(text.slice(sentence.start, sentence.end));
    }
    if (sentence && scenario) continue;
    if (!sentence || !isNegatedAfter(text, end, sentence.end)) return true;
  }
  return false;
}

/** Words of survey and statistics articles and yearly tallies (発生件数, 種類別件数). Two different ones make a segment a report, not a notice. */
const STATISTICS_CUE = /調査によると|集計(?:によると|した|結果)|過去最多|過去最悪|前年度?(?:比|から|より)|(?<!(?:売上高|売上|利益|収益|決算)[^。、]{0,4})前年同期比|件で最も多|上場企業とその子会社|年間で|年次報告|大幅(?:に)?(?:増加|増え|減少|減っ)|発生件数|(?:種類|部局|原因|業種|年度|月)別(?:の)?件数|過去\d+年(?:間)?の推移|(?:発生状況|件数)を取りまとめ/g;

/** Words of a job posting. Two different ones make a segment a posting, not a notice. */
const JOB_POSTING_CUE = /年収|月給|募集要項|応募資格|応募方法|必須(?:スキル|要件|条件)|歓迎(?:スキル|要件|条件)|仕事内容|雇用形態|選考(?:フロー|プロセス|方法)|求める人物像/g;

/** Words of an article on law or policy (個人情報保護法改正案を閣議決定). Two different ones make a segment that article, not a notice. */
const LAW_NEWS_CUE = /改正案|閣議決定|法改正|改正法|施行規則|パブリックコメント|有識者会議|国会に提出|成立した|公布/g;

/** Words of an event's announcement (a seminar on ransomware). Three different ones make a segment that announcement, not a notice. */
const EVENT_CUE = /参加無料|参加費|受講料|定員|申込締切|お申し込み(?:は|方法)|登壇|講師|プログラム|開催日時|開催概要|ウェビナー|オンライン併催|タイムテーブル/g;

/** Does `text` hold at least `n` (two by default) different words of `cues` (a global pattern)? */
function hasCues(text: string, cues: RegExp, n = 2): boolean {
  return new Set(text.match(cues) ?? []).size >= n;
}

/**
 * A guide, a column or a glossary on incidents in general (「…を防ぐには?」「典型的な5つのパターン」「…しましょう」「用語集」
 * 「早見表」): it tells how incidents happen and what to do, none that happened. Three kinds of its cues are asked for, since a
 * notice's own 再発防止策 may use one or two.
 */
const GUIDE_CUE = /防ぐには|防ぐために|起こり得|典型的な|典型例|用語集|早見表|チェックリスト|ポイントは|とは[?？]|のコツ|注意点|事例に学ぶ|事例と対策|対策方法|解説します|徹底解説|ご紹介します|この記事では|本稿(?:では|は)|本記事では|コラム|はじめに|(?:検討|解説|説明|紹介)していきます|お話し?(?:して)?いきます|よくある(?:ミス|パターン|質問)|ましょう|おすすめ|対処法|初動対応/g;
/**
 * Words GUIDE_CUE's rarer cues hold (a guide holds one; few notices do): a segment with none is no guide, and the pattern is not
 * tried. One scan for any of them (a dozen indexOf calls over the segment cost more).
 */
const GUIDE_GATE = /ましょう|防ぐ|用語|典型|早見|起こり|事例と対策|対策方法|この記事|解説|本稿|コラム/;

/** How far into a segment a guide's or a tally's first words must stand, and how many leaks must be told before them, for it to be an appendix. */
const GUIDE_AFTER_FACTS = 250;
const FACTS_BEFORE_GUIDE = 2;
/** Where a global cue's first match stands in the segment (0 if none), its lastIndex left at 0. */
function firstCueAt(cue: RegExp, segmentText: string): number {
  cue.lastIndex = 0;
  const at = cue.exec(segmentText)?.index ?? 0;
  cue.lastIndex = 0;
  return at;
}
/**
 * Does the segment tell its incident (two leak statements) before the first words of `cue` (a guide's, a tally's), past its lead?
 * (「…無関係の企業に誤送信してしまった。…【このニュースに一言】…2022年度「…事故報告集計結果」においても…」: a comment after the news.)
 */
function toldBefore(cue: RegExp, segmentText: string, segmentStart: number, leaks: readonly LeakStatement[]): boolean {
  const first = firstCueAt(cue, segmentText);
  if (first < GUIDE_AFTER_FACTS) return false;
  let told = 0;
  for (const l of leaks) if (!l.negated && l.start < segmentStart + first) told++;
  return told >= FACTS_BEFORE_GUIDE;
}

/**
 * A news item told in full before a tally's first words: its leaks, those affected and the kinds of data, all before them
 * (「…市税滞納者7名分の氏名や住所などの個人情報が記載された文書を…誤送信してしまった。…【このニュースに一言】…「事故報告集計結果」においても…」).
 */
function newsBeforeTally(segmentText: string, segmentStart: number, leaks: readonly LeakStatement[], counts: readonly Count[], categoryMentions: readonly Mention[]): boolean {
  if (!toldBefore(STATISTICS_CUE, segmentText, segmentStart, leaks)) return false;
  const first = segmentStart + firstCueAt(STATISTICS_CUE, segmentText);
  return counts.some((c) => c.victim && c.end <= first) && categoryMentions.some((m) => m.key !== 'unspecified_personal_info' && m.end <= first);
}

/**
 * A page that says its cases and figures are made up for illustration (「※文中の事例・数値はすべて説明のための架空のものです」,
 * 「実在の企業・団体とは関係ありません」): a guide's, a drill's or a novel's, no breach.
 */
const FICTIONAL = /(?:事例|事案|数値|数字|企業|団体|人物|名称|社名)[^。\n]{0,16}?架空の(?:もの|事例|設定)|架空の(?:事例|企業|団体|会社|ケース)(?:です|であり|を)|実在の(?:企業|団体|人物|事案|組織|会社)[^。\n]{0,12}?(?:とは|と)(?:一切)?(?:関係(?:ありません|ない|がありません|はありません|ございません)|無関係)/;

/** Does the page say its cases are made up? (One indexOf rules out most pages before the pattern runs.) */
export function isFictionalPage(text: string): boolean {
  // The pattern is tried only around each 架空 or 実在 (a window as long as its reach), not over the whole page.
  for (const word of FICTIONAL_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (FICTIONAL.test(text.slice(Math.max(0, at - FICTIONAL_REACH), at + FICTIONAL_REACH))) return true;
    }
  }
  return false;
}
const FICTIONAL_WORDS = ['架空', '実在'];
/** How far around its word the statement reaches (its longest gap, 16 units, and its words). */
const FICTIONAL_REACH = 40;

/** An organisation kept anonymous by a letter: A社, B大学, Ｃ病院, D市 (a column's or a report's example). */
const ANONYMOUS_ORG = /^(?:[A-ZＡ-Ｚ]|某)(?:社|大学|短期大学|病院|クリニック|市|町|村|区|県|法人|学校|高校|中学校|小学校|銀行|信用金庫|組合|団体|協会|医院)$/u;
export function isAnonymousOrg(org: string): boolean {
  return ANONYMOUS_ORG.test(org.trim());
}

/**
 * A placeholder for an organisation's name: ○×△社, ○○株式会社, ●●市, 株式会社○○ (a template's or a case study's, never a
 * notice's own). Not a numeral's zeros: 二〇〇社.
 */
const PLACEHOLDER_ORG = /(?<![一二三四五六七八九十百千万〇0-9])(?:[○〇●◯×✕△▲□＊]{2,}|[○〇●◯][×✕△])[ \u3000]?(?:株式会社|社|市|町|村|区|県|大学|病院|法人|銀行|協会|会社|組合|学校)|株式会社[ \u3000]?[○〇●◯×✕△]{2,}/u;
export function namesPlaceholderOrg(text: string): boolean {
  return PLACEHOLDER_ORG.test(text);
}

/** A case study's head, its number alone before what happened: 「CASE2(FAXの誤送信)」「事例3:メールの誤送信」「ケース1 USBメモリの紛失」. */
const CASE_STUDY_HEADING = /^\s*(?:CASE|Case|case|ケース|事例)\s*[0-9０-９]{1,2}\s*(?:[(（:：.．]|\s|$)/;
export function isCaseStudyHeading(heading: string): boolean {
  return CASE_STUDY_HEADING.test(heading);
}

/** A title that defines a word: 用語解説, 用語集, 「…」とは. Must not match 「不正アクセスとは別に…」 (not at the end). */
const GLOSSARY_TITLE = /用語解説|用語集|とは[」』]?[？?]?\s*$/;

export interface Detection {
  isBreach: boolean;
  /** An incident of some kind (breach or look-alike); false for ordinary pages. */
  isIncident: boolean;
  evidence: string[];
}

/**
 * A regulator's or agency's own news as an item's title: statistics, guidance or a warning it published (「個人情報保護委員会、
 * 漏えい等報告の記載例を更新」). Not its action on an organisation (行政指導, 勧告), which tells that organisation's incident.
 */
const REGULATOR_NEWS =
  /^\s*(?:[【[(（]?[0-9０-９]{1,2}[】\])）.．]?\s*|[■◆●・]\s*)?(?:個人情報保護委員会|総務省|経済産業省|警察庁|消費者庁|金融庁|文部科学省|厚生労働省|IPA|情報処理推進機構|JPCERT\/CC|JPCERT|NISC|内閣サイバーセキュリティセンター)(?:、|は|が)[^。\n]{0,40}?(?:公表|更新|改定|改正|策定|発表|公開|注意喚起|取りまとめ|まとめ)/;

/**
 * A regulator's or agency's warning as a story's lead (「個人情報保護委員会は、…の適正な取扱いについて、注意喚起を行った。」,
 * 「消費者庁は2月13日、「…」と題する文書を公開し、改めて注意を呼びかけました。」): incidents in general, none of its own.
 */
const REGULATOR_WARNING_LEAD =
  /^[^。]{0,40}?(?:個人情報保護委員会|総務省|経済産業省|警察庁|消費者庁|金融庁|文部科学省|厚生労働省|国民生活センター|IPA|情報処理推進機構|JPCERT\/CC|JPCERT|NISC|内閣サイバーセキュリティセンター)(?:(?:は|が)[^。]{0,160}?(?:注意喚起を(?:行|実施|し|発表|公表)|注意を(?:呼びかけ|促し)|(?:状況|件数)を(?:取りまとめ|とりまとめ|まとめ))|(?:より|から)、?「[^」]{0,80}注意喚起」(?:が|を))/;
/** How far into a segment its lead is read for a regulator's warning. */
const REGULATOR_LEAD_REACH = 300;
/** A fraud warning's title: 「…を窃取するフィッシングにご注意ください」「…を装った詐欺に注意」 (the page warns of a technique, it tells no leak of its own). */
const FRAUD_WARNING_TITLE = /(?:フィッシング|詐欺|偽(?:の)?(?:サイト|メール|SMS|電話)|不審な(?:メール|SMS|電話))[^。]{0,12}?(?:に|へ)(?:ご)?注意(?:ください|下さい|を)?[。!！]?\s*$/;

/** How far into a segment its first line is read. */
const FIRST_LINE_REACH = 120;

/** Does the segment's title or its first sentences after it tell a regulator's warning? */
function isRegulatorWarning(text: string, segment: Range, heading: Range | null): boolean {
  const title = heading && heading.start >= segment.start && heading.end <= segment.end ? heading : null;
  for (const from of title ? [title.start, title.end] : [segment.start]) {
    const lead = text.slice(from, Math.min(segment.end, from + REGULATOR_LEAD_REACH));
    if ((lead.includes('注意喚起') || lead.includes('注意を') || lead.includes('まとめ')) && REGULATOR_WARNING_LEAD.test(lead.trimStart())) return true;
  }
  return false;
}

/** A page's title naming its list as one of personal-data leaks: 「個人情報漏えい事件簿 :原因別 2017年7月」. */
const PERSONAL_LIST_TITLE = /個人情報[^。\n]{0,8}(?:漏えい|漏洩|流出)[^。\n]{0,8}(?:事件簿|事件|事故|事例|一覧|まとめ)/;
/** How far into a page its title is looked for. */
const PAGE_TITLE_REACH = 200;
/** Does the page's opening title its list as one of personal-data leaks? */
export function titlesPersonalLeakList(text: string): boolean {
  return PERSONAL_LIST_TITLE.test(text.slice(0, PAGE_TITLE_REACH));
}

/** A final report or its investigation's result: 最終報, 調査結果, 調査報告. */
const FINAL_REPORT = /最終報|調査結果|調査報告/;
/** A table row telling no data left: 「DDoS攻撃(情報流出なし)」「－(流出は確認されず)」. */
const ROW_NO_OUTFLOW = /(?:流出|漏えい|漏洩)(?:は|の)?(?:なし|ない|ありません|確認されず|確認されていない|確認されておりません)/;

export function detectBreach(
  text: string,
  segment: Range,
  sentenceRanges: readonly Range[],
  leaks: readonly LeakStatement[],
  categoryMentions: readonly Mention[],
  counts: readonly Count[],
  cause: string | null,
  heading: Range | null,
  leakColumn = false,
  tableRow = false,
  personalList = false,
): Detection {
  // 「【4】個人情報保護委員会、上半期の漏えい等報告の状況を公表」: a regulator's news (statistics, guidance) is no incident.
  if (heading && REGULATOR_NEWS.test(text.slice(heading.start, Math.min(heading.end, heading.start + 80)))) return { isBreach: false, isIncident: false, evidence: [] };
  // The same agency's warning told as the lead (the segment's first sentences, after its title).
  if (isRegulatorWarning(text, segment, heading)) return { isBreach: false, isIncident: false, evidence: [] };
  // 「クレジットカードの情報等を窃取するフィッシングにご注意ください」: a fraud warning's title; its steps tell how, not what leaked.
  // (The page's first line is its title too where the segment's heading is a section's: 「2. 被害に遭わないために」.)
  // (Both looked at only where 注意 stands in the segment's first units or its heading: most segments hold none there.)
  const head = text.slice(segment.start, Math.min(segment.end, segment.start + FIRST_LINE_REACH));
  const headingText = heading !== null ? text.slice(heading.start, heading.end) : '';
  const fraudWarning =
    (headingText.includes('注意') && FRAUD_WARNING_TITLE.test(headingText)) || (head.includes('注意') && FRAUD_WARNING_TITLE.test(head.trimStart().split('\n', 1)[0]!));
  const evidence: string[] = [];
  const segmentText = text.slice(segment.start, segment.end);
  const victimCount = counts.some((c) => c.victim);
  // Data encrypted by ransomware while the notice denies any outflow so far (「データが暗号化された…外部への
  // 流出は確認されておりません」): the data is unavailable, not known to have left; like an intrusion with
  // no leak established, no breach yet.
  const outflowDenied = leaks.some((l) => l.negated && OUTFLOW_WORD.test(l.word));
  const tells = (l: LeakStatement) => !l.negated && !(outflowDenied && l.word === ENCRYPTED);
  // Whether a sentence is about personal data is asked once per sentence, not once per leak word in it: a
  // sentence holding many (a hostile page, 「漏えい漏えい…」 with no 。) would be read once per word.
  let asked: Range | null = null;
  let personal = false;
  for (const leak of leaks) {
    if (!tells(leak)) continue;
    const sentence = rangeAt(sentenceRanges, leak.start) ?? segment;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (sentence !== asked) {
      asked = sentence;
      // (An item of a list the page titles as one of personal-data leaks (個人情報漏えい事件簿) is about personal data.)
      personal =
        personalList ||
        PERSONAL_DATA.test(sentenceText) ||
        categoryMentions.some((m) => m.start >= sentence.start && m.end <= sentence.end) ||
        counts.some((c) => c.victim && c.start >= sentence.start && c.end <= sentence.end);
    }
    if (personal) {
      evidence.push(`${leak.word}: ${sentenceText.slice(0, 80)}`);
      if (evidence.length >= 3) break;
    }
  }
  // A headline such as 「…メアド流出」「個人情報漏えいに関するお詫び」 is a leak statement too.
  if (evidence.length === 0 && heading) {
    const h = text.slice(heading.start, heading.end);
    const headLeak = leaks.find((l) => tells(l) && l.start >= heading.start && l.end <= heading.end);
    if (headLeak && (PERSONAL_DATA.test(h) || categoryMentions.some((m) => m.start >= heading.start && m.end <= heading.end))) {
      evidence.push(`heading: ${h.slice(0, 80)}`);
    }
  }
  // A leak told in one sentence and the data in another (「ランサムウェアに感染し…暗号化された。サーバーには
  // …氏名、電話番号…が含まれておりました。」): a positive leak statement anywhere in the segment, plus
  // specific kinds of data or a victim count. (個人情報 alone is not enough here: ads and warnings say it.)
  if (evidence.length === 0) {
    const leak = leaks.find(tells);
    const specific = categoryMentions.some((m) => m.key !== 'unspecified_personal_info');
    // A final report that concludes no personal data leaked (「個人情報の漏えいはなかったものと判断いたしました」)
    // outweighs words in passing (ウェブサイトを閲覧された方) and the data a server held.
    const concludedNone = CONCLUDED_NO_LEAK.test(segmentText);
    // (So does a note that the data holds nothing that identifies anyone: 「…個人が特定される情報はないことを確認済み」.)
    if (leak && (victimCount || specific) && !concludedNone && !NO_PERSONAL_DATA.test(segmentText)) evidence.push(`${leak.word} + ${victimCount ? 'victim count' : 'kinds of data'}`);
  }
  // A row of a table whose header names the data that leaked (組織名 ⇥ … ⇥ 漏えいした情報): its kinds of data leaked.
  if (evidence.length === 0 && leakColumn && categoryMentions.some((m) => m.key !== 'unspecified_personal_info')) evidence.push('table: kinds of data under a leaked-data column');
  // A row of a table of incidents (日付 ⇥ 組織名 ⇥ 件数 ⇥ 原因) with a count of those affected and a cause that leaks
  // (not DDoS or relayed spam), unless the row says nothing left (流出なし, 確認されず).
  if (evidence.length === 0 && tableRow && victimCount && cause !== null && !NON_BREACH_CAUSES.has(cause) && !ROW_NO_OUTFLOW.test(segmentText)) {
    evidence.push('table: a row with a count of those affected and its cause');
  }
  // A final report concluding that no personal data leaked (「個人情報の漏えいはなかったと判断いたしました」) outweighs the earlier
  // reports' possibilities it recounts (「…閲覧可能な状態になっていた可能性があるとお知らせいたしました」) and its own title's words.
  let isBreach = evidence.length > 0 && !(FINAL_REPORT.test(segmentText) && CONCLUDED_NO_LEAK.test(segmentText));
  // A glossary entry (「● 用語解説：「閲覧可能な状態」とは」) explains a word, it tells of no incident.
  if (isBreach && heading && GLOSSARY_TITLE.test(text.slice(heading.start, heading.end))) isBreach = false;
  // Surveys and statistics (「調査によると…過去最多…前年から…」) count many incidents, not one.
  // They are no incident at all: a roundup's statistics item is not one of its incidents.
  // A job posting (年収, 応募資格, 仕事内容…) lists the incidents its hire will handle, none that happened.
  // (The posting's words are looked for only where its commonest two stand: most notices hold neither.)
  const posting = (segmentText.includes('年収') || segmentText.includes('仕事内容') || segmentText.includes('応募') || segmentText.includes('必須')) && hasCues(segmentText, JOB_POSTING_CUE, 3);
  // An article on a law (改正案, 閣議決定) or an event's announcement (参加無料, 定員, 講師) tells of incidents in general.
  // (Each pattern is tried only where a word its cues need stands: most notices hold none.)
  const lawNews = (segmentText.includes('改正') || segmentText.includes('閣議') || segmentText.includes('施行') || segmentText.includes('公布') || segmentText.includes('成立')) && hasCues(segmentText, LAW_NEWS_CUE);
  const event = (segmentText.includes('定員') || segmentText.includes('講師') || segmentText.includes('参加')) && hasCues(segmentText, EVENT_CUE, 3);
  // (Not a notice told first and explained after: 「…流出した可能性があることを公表しました。…氏名、住所… / サポート詐欺とは?典型例と注意点」.)
  const guide = GUIDE_GATE.test(segmentText) && hasCues(segmentText, GUIDE_CUE, 3) && !toldBefore(GUIDE_CUE, segmentText, segment.start, leaks);
  const statistics = (hasCues(segmentText, STATISTICS_CUE) && !newsBeforeTally(segmentText, segment.start, leaks, counts, categoryMentions)) || posting || lawNews || event || guide;
  if (statistics || fraudWarning) isBreach = false;
  // DDoS and spam relay are not breaches unless a leak of personal data is told besides.
  if (isBreach && cause !== null && NON_BREACH_CAUSES.has(cause) && !victimCount && categoryMentions.length === 0) isBreach = false;
  const isIncident = isBreach || (!statistics && hasLiveSignal(text, segment, segmentText, sentenceRanges));
  return { isBreach, isIncident, evidence };
}

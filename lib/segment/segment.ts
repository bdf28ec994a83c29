// Segmentation: cut a page into the parts that may each be one incident.
// Compilations repeat one heading shape per incident (【セキュリティ事件簿#2024-354】…, ■…, <h2>);
// a single notice has no repeated shape and becomes one segment. Page furniture after the article
// (アクセスランキング, 関連記事 …) is cut off first, because it lists other incidents' headlines.
import { isTrimmedSpace, lines, rangeIndex, rangeIndexFrom, type Range } from '../text/lines';
import { isBreadcrumb } from '../text/breadcrumb';
import { DIGITS, gateOf, inSet } from '../text/gated-scan';
import type { Block } from '../types';
import { COMPANY_FORMS, findOrgNames, isOrgName, PREFECTURE, readsAsOrg } from '../extract/org';
import { TAG_LINE, TOPIC_TAGS_LINE } from '../detect/leak-statements';
import { incidentTable } from './incident-table';

export interface Segment extends Range {
  /** The segment's title line, if one was found. */
  heading: Range | null;
  /**
   * One case of a notice that reports several (事案1, 事案2): its issuer and date are the notice's, whose
   * title this is (null if none was found). Undefined for every other segment.
   */
  notice?: Range | null;
  /**
   * One report of a notice that keeps its reports under marks of its own (■第3報(…) / ■第2報(…)): its issuer is the
   * notice's, whose title this is (null if none was found); each report keeps its own date.
   */
  issuer?: Range | null;
  /** An earlier report (第1報) a later one reprints below itself: the page is still that one notice's. */
  reprint?: true;
  /** An item whose title has no incident word (a head with its compilation's mark): an incident only if a breach. */
  breachOnly?: true;
  /** A row of a table of incidents whose header names the data that leaked (漏えいした情報): its kinds are told as leaked. */
  leakColumn?: true;
  /** A row of a table of incidents: its cell under the organisation's header (null when empty). */
  tableRow?: { orgCell: Range | null; byDepartment: boolean };
}

/** How many segments are items of their own: a page of one notice with its reprinted 第1報 is still one. */
export function itemCount(segments: readonly Segment[]): number {
  let n = 0;
  for (const s of segments) if (!s.reprint) n++;
  return n;
}

/** 【…】 followed by a title: 【セキュリティ事件簿#2024-354】新潟市の… — not 【2024年5月9日リリース分】 alone. */
const BRACKET_TITLE = /^\s*【(?<label>[^】\n]{1,40})】\s*(?<title>\S.{7,})$/;
/**
 * A notice's section heading, not an incident's title, though an incident word is in it: ■被害の状況(10月22日
 * 12時時点), ■第三者に閲覧された可能性のある情報, ■漏えいの原因, ■不正アクセスへの対応. (Not a title ending in
 * its data: ■岩沼台市教委――…生徒1283人分の成績情報.)
 */
const SECTION_HEAD = /(?:状況|経緯|概要|原因|内容|対応|(?:可能性の(?:ある|あった)|漏えいした|漏洩した|流出した|対象となる|対象の)(?:個人)?情報|項目|範囲|期間|お願い|対策|再発防止策|お問い合わせ(?:先|窓口)?)\s*(?:[(（][^()（）]{0,20}[)）])?\s*$/;
/** A symbol-led title: ■前橋市、市教委のネットワークから… — not ◇処分内容 (too short). */
const SYMBOL_TITLE = /^\s*(?<mark>[■◆●▼▶□◇★☆])\s*(?<title>\S.{9,140})$/;
/** Words that make a title an incident's title. */
const INCIDENT_WORD =
  /漏えい|漏洩|流出|不正アクセス|不正ログイン|持ち出|誤送信|BCC|Bcc|bcc|見える状態|脆弱性|誤っ|設定ミス|設定不備|設定の誤り|設定誤り|転売|誤(?:送|配|交|発|廃|掲|添|封|提)|紛失|盗難|ランサム|サイバー攻撃|攻撃|乗っ取|なりすまし|閲覧|個人情報|お詫び|懲戒|迷惑メール|フィッシング|を装った|改ざん|インジェクション|マルウェア|ウイルス|Emotet|感染|フリマ|出品|売却|盗ま|置き忘れ|所在不明|(?:CC|Cc|cc|TO)(?:で|に|欄)|不正|侵入|情報|事案|事件|セキュリティ|被害/;
/**
 * Words of a title that only name the field, not an incident: a site's name line
 * (「ITセキュリティNEWS ｜ 企業と自治体の情報セキュリティ専門メディア」) has them too, so a title with a
 * stronger word further down is preferred.
 */
const GENERIC_TITLE_WORD = /^(?:情報|セキュリティ|事件|事案|不正|被害)$/;
/** INCIDENT_WORD with every match generic. */
function onlyGenericIncidentWords(s: string): boolean {
  const all = new RegExp(INCIDENT_WORD.source, 'g');
  for (let m = all.exec(s); m; m = all.exec(s)) if (!GENERIC_TITLE_WORD.test(m[0])) return false;
  return true;
}
/** A notice's own title form (…について, …のお知らせ, …お詫び): a title even with generic words only. */
const NOTICE_TITLE_END = /(?:について|のお知らせ|お詫び|ご報告)[）)】]?$/;
/** Lines that start page furniture after the article. Everything from such a line on is not the article. */
const FURNITURE_WORDS = [
  'タグ', 'この記事のタグ', 'アクセスランキング', 'ランキング', '人気記事ランキング', '人気記事', '関連記事', '関連ニュース', 'おすすめ記事',
  'この記事の写真', 'この記事を読んだ人', 'あわせて読みたい', '最新記事', '新着記事', 'PageTop', 'ページトップ',
  'ページの先頭へ', 'このページの先頭へ', 'ページの先頭に戻る', 'ページトップへ', 'Related Articles', 'Related Article',
  'あなたにおすすめ', 'あなたにお薦め', 'こちらもおすすめ', 'おすすめ', 'お薦め', 'お薦め記事', 'オススメ', 'オススメ記事', 'こちらもどうぞ', 'この記事もおすすめ',
  'この記事をシェア', 'この記事をシェアする', 'このページをシェア', 'このページをシェアする', '前の記事', '次の記事', '前の投稿', '次の投稿',
  'この記事を読んだ人はこんな記事も読んでいます', 'こんな記事も読まれています', 'この記事を書いた人', 'この連載の記事', '連載記事',
  '関連リンク', '関連ページ', '関連情報', 'バックナンバー', '関連するまとめ', '関連まとめ',
  'お知らせ一覧', 'ニュース一覧', '記事一覧', '活動報告一覧', '新着情報一覧', '更新情報一覧', 'ニュースリリース一覧', 'プレスリリース一覧', '過去の記事', '過去記事',
  // A blog's side widgets (Blogger, WordPress).
  '人気の投稿', '人気の記事', '最近の投稿', '最近の記事', '最近のコメント', 'ブログ アーカイブ', 'ブログアーカイブ', '月別アーカイブ',
  // A municipal or corporate site's page template below the notice.
  'このページに関するお問い合わせ', 'このページに関するお問い合わせ先', 'このページについてのお問い合わせ', 'このページの情報は役に立ちましたか', 'このページは役に立ちましたか',
  'この情報は役に立ちましたか', 'よく見られているページ', 'よく見られるページ', 'よく閲覧されているページ',
];
/** What may stand before a furniture word on its line: この記事の関連ニュース, 今週のアクセスランキング. */
const FURNITURE_PREFIXES = ['このブログの', 'このサイトの', 'この記事の', '本記事の', 'この記事に', '今週の', '今月の', '今日の', '本日の', '昨日の', '先週の', '先月の', '同期間の', '期間中の', '週間', '月間', 'デイリー'];
const FURNITURE_PREFIX = `(?:${FURNITURE_PREFIXES.join('|')})?`;
/** A furniture word alone on its line (case aside for the Latin ones), maybe in brackets or after a mark: ＜関連記事＞, 【関連ニュース】, ■人気記事. */
// (A list word after 今週の or 今月の heads a digest's own items, 「今週のニュース一覧」: never furniture.)
const LISTS_OF_THE_PERIOD = '(?!(?:今週の|今月の|今日の|本日の)[^\\s]{0,8}一覧)';
const FURNITURE = new RegExp(`^\\s*[<＜〈《【\\[［(（■◆●▼▶□◇★☆]?\\s*${LISTS_OF_THE_PERIOD}${FURNITURE_PREFIX}(?:${FURNITURE_WORDS.join('|')})(?:\\s*(?:TOP|Top|トップ|ベスト)\\s*\\d{1,2})?[？?]?\\s*[>＞〉》】\\]］)）]?\\s*(?:[(（][^()（）]{1,10}[)）])?\\s*$`, 'i');
/** A link back to a list or the top (お知らせ一覧へ戻る, ＜ 前のページへ戻る): the notice is over. */
const RETURN_LINK = /^\s*[<＜«‹←]?\s*(?:[^\s。、]{0,12}一覧|前のページ|トップ(?:ページ)?|ホーム)(?:へ|に)戻る\s*[>＞»›→]?\s*$/;
/** The units a furniture line starts with: its marks and its words' first units. */
const FURNITURE_STARTS = gateOf(
  '<＜〈《【[［(（■◆●▼▶□◇★☆' + [...FURNITURE_PREFIXES, ...FURNITURE_WORDS].map((w) => w[0]!.toLowerCase() + w[0]!.toUpperCase()).join(''),
);
/** The longest return link: a list's name of twelve units, へ戻る and marks. */
const RETURN_LINK_MAX = 24;
/** Does line l end with 戻る (spaces and a closing mark aside)? RETURN_LINK's cheap necessary condition. */
function endsWithReturn(text: string, l: Range): boolean {
  // Read back over at most four units of spaces and a closing mark (>, ＞, », ›, →), then 戻る.
  for (let e = l.end; e >= l.start + 2 && e >= l.end - 4; e--) {
    if (text.charCodeAt(e - 2) === 0x623b /* 戻 */ && text.charCodeAt(e - 1) === 0x308b /* る */) return true;
  }
  return false;
}
/** The longest furniture line (its word, two marks and a short aside such as （24時間）): a longer line (spaces aside) is never furniture, and is not tested. */
const FURNITURE_MAX = Math.max(...FURNITURE_WORDS.map((w) => w.length)) + 14 + FURNITURE_PREFIXES.reduce((n, p) => Math.max(n, p.length), 0);

/**
 * A digest's paragraph that is a whole story under no title of its own, led by its organisation and the
 * day it announced: 「株式会社ノースリンクは5月9日、…」「湊川市は5月12日、…」. The name is the item's heading.
 */
const LEAD_PARAGRAPH =
  /^\s*(?<hook>[^。\n]{8,120}。)?\s*(?<link>(?:一方|また|このほか|さらに|続いて)、)?(?:[^。、\n]{1,40}?(?:を運営する|を展開する|を経営する))?(?<org>[^\s、。「」()（）]{2,40}?)(?:[(（][^()（）\n]{1,24}[)）])?は、?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:付)?[、に]/;
/** Where a legal person's name starts after a description of it: 「人材派遣の|株式会社…」「子どもの学習支援に取り組む|NPO法人…」. */
const LEGAL_FORM_START = /株式会社|有限会社|合同会社|(?:NPO|特定非営利活動|学校|医療|社会医療|社会福祉|一般社団|一般財団|公益社団|公益財団|国立大学|独立行政)法人/;
/** A page telling several stories: 「…で個人情報流出相次ぐ」「主な3件を紹介する」「【週刊】…ニュース」. */
const ROUNDUP_CUE = /相次[ぐいぎ]|主な[0-9０-９]+件|[0-9０-９]+件を紹介|週刊|今週の|先週の|に公表された|(?:[2-9２-９二三四五]|両)(?:社|団体|機関|病院|大学|自治体)(?:で|が|の|とも)/;
/** Words of an incident a whole story may use where a title would not: マルウェアに感染, 窃取, 廃棄. */
const STORY_INCIDENT_WORD = /マルウェア|ウイルス|Emotet|感染|窃取|廃棄/;
/** A lead paragraph is a story, not a line of a list: at least this long. */
const MIN_LEAD_PARAGRAPH = 60;

interface Candidate {
  line: Range;
  family: string;
  /** The title, when it is not the candidate's line (a dated mark line over it). */
  title?: Range;
  /** A one-line item (「1. 組織名：概要…」): the line is title and body, and the item ends with it. */
  oneLine?: boolean;
  /** A line that tells a whole item (「2. 新宮原市(自治体)｜メール誤送信｜…63件」): no body needed under it, its link line kept. */
  whole?: true;
  /** A head with its compilation's mark but no incident word (withSiblings). */
  sibling?: true;
  /** A lead paragraph turning from the story before: 「一方、…は20日、」. */
  linked?: true;
}

/**
 * A one-line item of a numbered digest: 「1. 株式会社しらかば堂：2月4日公表。通販サイトが…漏えいした可能性（3,412件）」.
 * Its name before the colon, then at least 30 characters of story.
 */
const NUMBERED_ITEM = /^\s*\d{1,2}[.．、)）]\s*[^：:。\s][^：:。]{1,39}[：:]\s*(?<rest>.{30,})$/;
/** A lookahead: the rest of the line holds an incident's word. */
const HOLDS_INCIDENT_WORD = `(?=.*(?:${INCIDENT_WORD.source}))`;
/** A compilation's numbered item led by its organisation's label: 「1. 組織名:株式会社ミナトリビング」. */
const LABELLED_ITEM = /^\s*\d{1,2}[.．、)）]\s*(?:組織名|団体名|企業名|事業者名|法人名|社名|機関名)\s*[:：]\s*\S.{1,40}$/;
/** A case's number after its word: 事案1, 事例 2:, 事件1:. */
const CASE_NUMBER = '事(?:案|例|件)\\s*[0-9０-９]{1,2}[\\s:：\\u3000.．、]+';
/** A numbered case of a notice reporting several: 「事案1 業務用ノートパソコンの紛失」「事案2：メール誤送信」「事件1:…の不適切な開示」 (事件 says it is one). */
const CASE_TITLE = new RegExp(`^\\s*(?:(?=事[案例])${CASE_NUMBER}${HOLDS_INCIDENT_WORD}|(?=事件)${CASE_NUMBER})\\S.{3,80}$`);
/** The same in brackets, an incident's word in it: 「【事案1 患者データの無断持ち出し】」. */
const BRACKETED_CASE = new RegExp(`^\\s*【\\s*${CASE_NUMBER}${HOLDS_INCIDENT_WORD}\\S.{3,80}】\\s*$`);
/** A full date and its weekday, the rest of a date's line: 2024年5月13日, 2024.09.30(月). */
const DATE_ON_LINE = '(?:\\d{4}年\\d{1,2}月\\d{1,2}日|(?:令和|平成)(?:\\d{1,2}|元)年\\d{1,2}月\\d{1,2}日|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2})\\s*(?:[(（][^()（）]{1,3}[)）])?\\s*';
/** A ranking's item: 「第1位 株式会社リンクスマイル――リスト型攻撃で…」, 「番外編 …」. */
const RANKED_TITLE = new RegExp(`^\\s*(?:第\\s*[0-9０-９]{1,2}\\s*位|番外編?)[\\s\\u3000:：]+(?=.*(?:――|${INCIDENT_WORD.source}))\\S.{5,140}$`);
/**
 * How a news headline ends (流出か, 盗難, 改ざん, 逮捕…), unlike a notice's own numbered section heads
 * ((1)クレジットカード情報漏えいの可能性があるお客様, (2)従業員の情報:612名分, (3)…確認されていません。).
 */
const HEADLINE_END =
  '(?:流出|漏えい|漏洩|盗難|紛失|改ざん|逮捕|送検|誤送信|誤送付|誤配信|誤交付|攻撃|被害|閲覧可能に|不正アクセス|乗っ取り|乗っ取られる|感染|公開|不正閲覧|持ち出し)(?:か|の恐れ|のおそれ|の可能性|した|された|していた)?';
/** A digest's numbered headline: 「(1) 委託先への不正アクセスで…顧客情報8万件超が流出か」 (a notice's own short section heads, (2)概要, are shorter). */
const PAREN_NUMBER_TITLE = new RegExp(
  `^\\s*[(（][0-9０-９]{1,2}[)）]\\s*${HOLDS_INCIDENT_WORD}\\S.{14,140}(?:${HEADLINE_END})[」』)）]?\\s*$`,
);
const OPENING_PARENS = gateOf('(（');
/**
 * A digest's numbered headline without a headline's ending (「(1)小学校教員が校務用USBメモリを紛失 児童34名分の通知表所見」),
 * taken when a news lead follows it (「埼玉県川辺台市教育委員会は9月3日、…」). A notice's own section heads are shorter
 * or end with について, and what follows them is not a dated lead.
 */
const PAREN_NUMBER_HEADLINE = new RegExp(`^\\s*[(（][0-9０-９]{1,2}[)）]\\s*${HOLDS_INCIDENT_WORD}(?![^。]*(?:について|に関して)\\s*$)[^。]{18,140}$`);
/**
 * A newsletter's circled-number headline: 「①福祉施設の職員が車上荒らしに遭い、利用者87名分の情報が盗難」, taken when a
 * dated news lead follows it (a notice's own ① steps are followed by more steps).
 */
const CIRCLED_HEADLINE = new RegExp(`^\\s*[①-⑳]\\s*${HOLDS_INCIDENT_WORD}[^。]{10,140}$`);
const CIRCLED = gateOf('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');
/** A news lead's announcement: 「…は9月3日、」「…が9月1日、」「…は2025年9月3日に」, within the first units of its line. */
const LEAD_DAY = /[はが]、?(?:(?:\d{4}|(?:令和|平成)(?:\d{1,2}|元))年)?(?:\d{1,2}月)?\d{1,2}日(?:付)?[、に]/;
/** The shortest line read as a lead under a headline (a blog's is a sentence: 「北陸工芸大学が9月3日、…と発表した。」). */
const MIN_LEAD_LINE = 30;
/** A line that is a name, maybe with an aside: 「大和田市(子育て支援課)」「医療法人社団清泉会 清泉記念病院」. */
const NAME_LINE = /^\s*(?<name>[^\s(（、。:：]{2,40}(?:[ \u3000][^\s(（、。:：]{2,30})?)\s*(?:[(（][^()（）]{1,30}[)）])?\s*$/;

/** NAME_LINE naming an organisation, over a dated lead that names it first. */
function isNameOverOwnLead(text: string, all: readonly Range[], k: number, line: string): boolean {
  const m = NAME_LINE.exec(line);
  if (!m) return false;
  const name = m.groups!.name!;
  const head = name.split(/[ \u3000]/)[0]!;
  if (!(readsAsOrg(head) || isOrgName(name))) return false;
  const l = nextLine(text, all, k);
  if (!l) return false;
  // The lead names it first, maybe after what it runs: 「賃貸住宅の管理を行う株式会社さくら不動産管理は3月21日、」.
  return text.slice(l.start, Math.min(l.end, l.start + NAME_IN_LEAD + name.length)).includes(name) && leadUnder(text, all, k);
}
/** How far into its lead an item's name may stand. */
const NAME_IN_LEAD = 40;

/** The longest headline read over a lead. */
const MAX_HEADLINE = 60;
/** How far into a lead line its announcement may be (a long name with its place in brackets). */
const LEAD_DAY_REACH = 70;
/**
 * A newsletter's numbered item: 「[1] さくらトラベル、予約システムへの不正アクセスで…」「［２］川霧町、…に誤発送」.
 * Square brackets are a newsletter's, never a notice's own sections ((1), 1., ①), so no headline ending is asked.
 */
const SQUARE_NUMBER_TITLE = new RegExp(`^\\s*[\\[［][0-9０-９]{1,2}[\\]］](?![のはがをにでともや])\\s*${HOLDS_INCIDENT_WORD}\\S.{5,140}$`);
const OPENING_SQUARE = gateOf('[［');
/** A title's close with the day it was announced: 「…について(令和7年1月17日発表)」「…(1月24日公表)」. */
const DATED_ANNOUNCEMENT_END = /[(（](?:令和\s*(?:\d{1,2}|元)\s*年|\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:発表|公表|掲載)[)）]\s*$/;
/** A page quoting several notices, each headed by whose it is: 「1.株式会社ミドリ印刷の発表(2月12日)」. */
const ANNOUNCEMENT_TITLE = /^\s*[0-9０-９]{1,2}[.．]\s*\S.{1,30}の(?:発表|公表|お知らせ)[(（][^()（）]{2,12}[)）]/;
/**
 * A digest's numbered headline with a dot: 「1. 青葉台学院高校、進路希望調査の集計ファイルが閲覧可能に」, 「1. 化粧品
 * 通販のカード情報漏えい(株式会社グリーンリーフ)」 (whose it is in brackets after it). A news
 * headline's comma or ending tells it from a notice's own sections (2.漏えいした可能性のある個人情報).
 */
const DOT_NUMBER_TITLE = new RegExp(
  `^\\s*[0-9０-９]{1,2}[.．]\\s*${HOLDS_INCIDENT_WORD}(?=\\S[^、]{2,40}、|.*(?:${HEADLINE_END}|脆弱性|閲覧可能に|件に)[」』)）]?(?:[(（][^()（）]{2,30}[)）])?\\s*$)\\S.{11,100}$`,
);
/**
 * A digest's numbered item led by its organisation and a colon or a bar: 「2. 北杜学院大学:案内メールに学生213名の
 * 成績一覧を誤添付」, 「4. 東浜町|住民税の通知書を誤封入(11月15日)」. The name must read as an organisation's (a notice's sections, 3. 原因:…, do not).
 */
const DOT_NUMBER_ORG_TITLE = /^\s*[0-9０-９]{1,2}[.．]\s*(?<org>[^\s:：|｜。、]{2,30})\s*[:：|｜]\s*(?<rest>\S.{5,100})$/;
/**
 * A weekly digest's item led by its day: 「9月9日(月)鳥羽丘市 ホームページにDDoS攻撃」, taken when a news lead follows it
 * (a notice's timeline, 「9月10日(火) 不正アクセスを検知」, is followed by more of itself).
 */
const DAY_TITLE = new RegExp(`^\\s*\\d{1,2}月\\d{1,2}日\\s*[(（][月火水木金土日](?:曜日?)?[)）]\\s*${HOLDS_INCIDENT_WORD}[^。]{6,100}$`);
/**
 * A report's head inside a notice updated in place: 「■第1報(令和7年3月4日)」「■【追記】第2報(令和7年3月18日)」. Each report
 * is an incident of its own (the first may have confirmed nothing yet).
 */
const REPORT_HEAD = /^\s*(?:[■◆●▼□◇★☆]\s*)?(?:【追記】\s*)?[【[［]?第\s*[0-9０-９]{1,2}\s*報[】\]］]?\s*(?:[(（][^()（）]{4,20}[)）])?\s*(?:[^\s。]{1,16})?\s*$/;
const REPORT_HEAD_STARTS = gateOf('■◆●▼□◇★☆【[［第');
/** A date alone on its line (「2024.09.30」): a dated blog's entry, its title on the next line. */
const DATE_ALONE = new RegExp(`^\\s*${DATE_ON_LINE}$`);
/**
 * A compilation's closing section head, alone on its line: まとめ, 2月のまとめと対策のポイント, まとめ:事故の多くは…から,
 * 8. 編集部より, 編集後記, 今週のひとこと,
 * and the ranking or tally of the period's items (漏えい件数ランキング(2025年2月), 9月の事故 原因別件数(編集部調べ)),
 * which repeats their counts.
 */
const CLOSING_HEAD = /^\s*(?:[■◆●▼□◇★☆【]|[0-9０-９]{1,2}[.．)）])?\s*(?:(?:[^\s。]{1,6}の)?(?:まとめ|総括|傾向|ポイント)(?:と[^\s。]{1,12}|[:：][^。]{1,24})?|おわりに|さいごに|最後に|編集後記|編集部より|編集部から|筆者より|あとがき|(?:[^\s。]{1,6}の)?ひとこと|所感|編集部コメント|[^。\n]{0,16}?(?:件数ランキング|別(?:の)?件数)(?:[(（][^()（）]{1,12}[)）])?)\s*】?\s*$/;
/** The longest closing head: 「■漏えい件数ランキング(2025年12月)」. */
const CLOSING_HEAD_MAX = 26;
/** The page's share buttons under the last item: 「この記事をシェア X Facebook LINE」 (a share word first, then the services' names). */
const SHARE_LINE = /^\s*(?:この記事|このページ|記事|ページ)を(?:シェア|共有)(?:する|しよう)?[!！]?(?:[\s\u3000]+[^\s\u3000。、]{1,14}){0,6}\s*$/;
const SHARE_LINE_MAX = 60;
/** Marks a newsletter's sections start with, and how long such a head is at most. */
const SECTION_MARKS = gateOf('■◆●▼□◇★☆');
const SECTION_HEAD_MAX = 30;
/** A newsletter's own section, not a notice's (■被害の状況, ■漏えいの原因: SECTION_HEAD) nor an incident's title. */
function isNewsletterSection(s: string): boolean {
  const title = s.trim().slice(1);
  return !SECTION_HEAD.test(title) && (!INCIDENT_WORD.test(title) || NEWSLETTER_SECTION.test(title));
}
/** A newsletter's regular sections: 「今週の脆弱性情報」「セミナーのご案内」「お知らせ」「編集部から」. */
const NEWSLETTER_SECTION = /^\s*(?:今週|今月|先週|最新)の|(?:ご案内|お知らせ|情報|トピックス?|コラム|セミナー|イベント|注意喚起)\s*$/;
/** The families of numbered items: a later head with a section mark is none of theirs. */
const NUMBERED_FAMILIES = new Set(['dot-number', 'numbered-item', 'paren-number', 'square-number', 'circled', 'ranked']);
/** An expert's comment closing a news story of several incidents: 「…に詳しい…教授(…)は「…」」. */
const EXPERT_COMMENT = /^\s*[^。「\n]{0,30}に詳しい[^。「\n]{0,40}(?:教授|准教授|講師|研究員|弁護士|専門家|代表|理事|氏|さん)(?:[(（][^()（）]{1,12}[)）])?は、?「/;
/** The page's source under its stories (「出典:ボランティア612人の名簿、… / 看護学校が…」): every story's, so none's. */
export const SOURCE_LINE = /^\s*(?:出典|引用元|情報元|ソース)\s*[:：]/;
/** A newsletter's rule (━━━━━━━━, ========): the section of items is over. */
const RULE_LINE = /^\s*([━─—―=＝＿_＊*～~])\1{7,}\s*$/;
/** The marks a rule is drawn with (RULE_LINE's). */
const RULE_MARKS = gateOf('━─—―=＝＿_*＊~～');

/** Is line l a rule? One look at its first unit before the pattern is tried. */
function isRuleLine(text: string, l: Range): boolean {
  return l.end - l.start >= 8 && inSet(RULE_MARKS, firstNonSpace(text, l.start, l.end)) && RULE_LINE.test(text.slice(l.start, l.end));
}
/**
 * A compilation's cause-group head, alone on its line: 「■不正アクセス」「■誤送信・誤送付」「■メール・郵便物の誤送信・誤送付」「■紛失・盗難」「■その他(個人情報の
 * 漏えいがなかった事案)」. It heads the items under it.
 */
const GROUP_HEAD = /^\s*[■◆●▼□◇★☆]\s*(?:(?:[^\s・、／/■]{1,6}の)?(?:メール|郵便物|書類|FAX|ファクス|不正アクセス|サイバー攻撃|マルウェア(?:感染)?|ランサムウェア(?:被害)?|誤送信|誤送付|誤配信|誤交付|誤掲載|誤公開|紛失|盗難|置き忘れ|設定ミス|設定不備|内部不正|不正持ち出し|不正閲覧|誤廃棄|不適切な廃棄|その他)(?:[・／/、]|$|\s|[(（]))+(?:[(（][^()（）]{0,30}[)）])?\s*$/;
const GROUP_HEAD_MAX = 40;
/** Is `line` (a whole line) a compilation's cause-group head? */
function isGroupHead(line: string): boolean {
  return line.length <= GROUP_HEAD_MAX && GROUP_HEAD.test(line);
}

/** The start of the first cause-group head in text[from, end), else end. */
function groupHeadAt(text: string, all: readonly Range[], from: number, end: number): number {
  for (let k = rangeIndexFrom(all, from); k < all.length; k++) {
    const l = all[k]!;
    if (l.start >= end) break;
    if (l.start < from || l.end - l.start > GROUP_HEAD_MAX || !inSet(TITLE_MARKS, firstNonSpace(text, l.start, l.end))) continue;
    if (GROUP_HEAD.test(text.slice(l.start, l.end))) return l.start;
  }
  return end;
}

/**
 * The start of the first head in text[from, end) led by the mark of the items' own titles (◆, ■…) that is
 * no item's title (「◆ JPCERT/CC、…レポートを公開」 between two ◆ incidents): a digest's next entry, not
 * this item's section (◆概要, ■再発防止策 are section heads, and short ones no title at all); else end.
 */
function siblingHeadAt(text: string, all: readonly Range[], mark: number, from: number, end: number): number {
  for (let k = rangeIndexFrom(all, from); k < all.length; k++) {
    const l = all[k]!;
    if (l.start >= end) break;
    if (l.start >= from && isMarkedHead(text, l, mark)) return l.start;
  }
  return end;
}

/** Is line l a title led by `mark` that is no section head of an item (◆概要, ■再発防止策)? */
function isMarkedHead(text: string, l: Range, mark: number): boolean {
  if (firstNonSpace(text, l.start, l.end) !== mark) return false;
  const sym = SYMBOL_TITLE.exec(text.slice(l.start, l.end));
  return sym !== null && !SECTION_HEAD.test(sym.groups!.title!);
}

/** The first cause-group head or (for items titled by a mark) sibling head in text[from, end), else end. */
function siblingOrGroupHead(text: string, all: readonly Range[], mark: number, from: number, end: number): number {
  const group = groupHeadAt(text, all, from, end);
  return mark === -1 ? group : siblingHeadAt(text, all, mark, from, group);
}

/** Where a compilation's last item ends: its first closing section head after `from`, else `end`. */
function closingLine(text: string, all: readonly Range[], from: number, end: number, sectionMarks = false): number {
  let body = false;
  for (let k = rangeIndexFrom(all, from); k < all.length; k++) {
    const l = all[k]!;
    if (l.start >= end) break;
    if (l.start < from) continue;
    if (l.end - l.start <= CLOSING_HEAD_MAX && CLOSING_HEAD.test(text.slice(l.start, l.end))) return l.start;
    if (l.end - l.start <= SHARE_LINE_MAX && SHARE_LINE.test(text.slice(l.start, l.end))) return l.start;
    if (body && SOURCE_LINE.test(text.slice(l.start, Math.min(l.end, l.start + 12)))) return l.start;
    // Numbered items end at the newsletter's next section under a mark of its own (「■今週の脆弱性情報」「■セミナーのご案内」).
    if (sectionMarks && body && l.end - l.start <= SECTION_HEAD_MAX && inSet(SECTION_MARKS, firstNonSpace(text, l.start, l.end)) && isNewsletterSection(text.slice(l.start, l.end))) return l.start;
    // 「情報セキュリティーに詳しい東和大学の宮下純一教授(情報工学)は「…」と話している。」: an expert on every story.
    if (EXPERT_COMMENT.test(text.slice(l.start, Math.min(l.end, l.start + 80)))) return l.start;
    // A rule under the title boxes it (━━━ / 事案2 … / ━━━); only one after the item's body closes it.
    if (isRuleLine(text, l)) {
      if (body) return l.start;
    } else if (trimmedLength(text, l.start, l.end) > 0) body = true;
  }
  return end;
}

/** A digest's numbered one-line summary (its link on the next line). */
const LINKED_ITEM = /^\s*[0-9０-９]{1,2}[.．)）]\s*\S/;
const MIN_LINKED_ITEM = 24;
/** Does a link (https://…) stand on the next non-empty line after index k? */
function urlUnder(text: string, all: readonly Range[], k: number): boolean {
  const i = nextLineText(text, all, k);
  return i >= 0 && text.startsWith('http', i) && (text.startsWith('://', i + 4) || text.startsWith('s://', i + 4));
}

/** Does a source credit (出典：…) stand on the next non-empty line after index k? A curated headline's sign. */
function sourceUnder(text: string, all: readonly Range[], k: number): boolean {
  const i = nextLineText(text, all, k);
  return i >= 0 && text.startsWith('出典', i) && (text.charCodeAt(i + 2) === 0x3a || text.charCodeAt(i + 2) === 0xff1a);
}

/** Where the text of the next non-empty line after index k starts (its leading spaces skipped), or -1. */
function nextLineText(text: string, all: readonly Range[], k: number): number {
  const l = nextLine(text, all, k);
  if (!l) return -1;
  let i = l.start;
  while (isTrimmedSpace(text.charCodeAt(i))) i++;
  return i;
}
/** A listed notice's date under its label, the line that starts the notice: 「公表日:令和7年6月4日」. */
const PRESS_DATE_HEAD = /^\s*(?:公表日|発表日|掲載日)\s*[:：]?\s*(?:令和|平成|\d{4})[^\n。]{4,20}$/;
/** A listed notice's subject under its label: 「件名:住民票の写しの誤交付について」. */
const SUBJECT_LABEL = /^\s*件名\s*[:：]/;
/** The subject line among the three lines under index k (所属 may stand between), or null. */
function subjectLineUnder(text: string, all: readonly Range[], k: number): Range | null {
  let seen = 0;
  for (let j = k + 1; j < all.length && seen < 3; j++) {
    const l = all[j]!;
    if (l.end === l.start) continue;
    seen++;
    if (SUBJECT_LABEL.test(text.slice(l.start, Math.min(l.end, l.start + 8)))) return l;
  }
  return null;
}
/** A table row's number alone on its line, the cells one a line under it: 「6-1」「12」. */
const ROW_NUMBER_LINE = /^\s*[0-9]{1,2}(?:-[0-9]{1,3})?\s*$/;
/** Is the line a date alone (2024年6月5日, 令和6年6月5日, 2024/6/5)? */
function isDateLine(text: string, l: Range | null): boolean {
  return l !== null && l.end - l.start <= 24 && DATE_ALONE.test(text.slice(l.start, l.end));
}
/** The longest line read as a one-line item. */
const MAX_ITEM_LINE = 400;

/**
 * A mark and a date alone (■2024年5月13日), a weekly digest's item mark: the item's title is the next line.
 * Its date is the digest's day, not the notice's, so that line is no heading.
 */
const SYMBOL_DATE = new RegExp(`^\\s*[■◆●▼▶□◇★☆]\\s*${DATE_ON_LINE}$`);

/** The next non-empty line among the two after index k of all, or null. */
function nextLine(text: string, all: readonly Range[], k: number): Range | null {
  for (let j = k + 1; j < all.length && j <= k + 2; j++) if (trimmedLength(text, all[j]!.start, all[j]!.end) > 0) return all[j]!;
  return null;
}

/** Is the next non-empty line after index k a news lead (long, 「…は9月3日、」 near its start)? */
function leadUnder(text: string, all: readonly Range[], k: number, named = false): boolean {
  const l = nextLine(text, all, k);
  if (l === null || l.end - l.start < MIN_LEAD_LINE) return false;
  // Its day's 日 within reach, looked for before the pattern is tried.
  // (In the line's first units only: an indexOf over the page could read far past it on every line.)
  const head = text.slice(l.start, Math.min(l.end, l.start + LEAD_DAY_REACH));
  if (!head.includes('日')) return false;
  return LEAD_DAY.test(head) && !(named && SELF_SUBJECT.test(head));
}
/** A case named as an incident: 「筑波台高校個人情報紛失事件」「…今月の情報セキュリティ事件①白鷺台市個人情報持ち出し事件」 (no sentence's end). */
const NAMED_CASE = /^[^。]*(?:漏えい|漏洩|流出|紛失|盗難|誤送信|誤送付|誤配送|持ち出し|不正アクセス|不正閲覧|乗っ取り)[^。\s]{0,6}(?:事件|事故|事案)\s*$/;
/** The longest line read as a named case. */
const NAMED_CASE_MAX = 60;
/** Does line l end with 件, 故 or 案 (spaces aside)? NAMED_CASE's cheap necessary condition. */
function endsWithCaseWord(text: string, l: Range): boolean {
  let e = l.end;
  while (e > l.start && isTrimmedSpace(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  return c === 0x4ef6 /* 件 */ || c === 0x6545 /* 故 */ || c === 0x6848 /* 案 */;
}

/** A notice's own voice as a lead's subject: 当社は, 本学は, 同院は. */
const SELF_SUBJECT = /^\s*(?:当|弊|本|同)(?:社|院|学|校|市|町|村|区|県|法人|会|財団|機構|協会|組合|グループ|金庫|行)/;

/**
 * Is the next non-empty line after index k a date alone (2025.05.09(金)), or a news list's meta line led by the date
 * or by a short section label and a bar (「2025/7/16(水) 11:05  配信元:首都圏ビジネス新報  コメント48」,
 * 「社会 | 2024年11月8日 05:00」)?
 */
function dateUnder(text: string, all: readonly Range[], k: number): boolean {
  const l = nextLine(text, all, k);
  if (l === null) return false;
  if (inSet(DIGITS_SET, firstNonSpace(text, l.start, l.end)) && isDateLine(text, l)) return true;
  return isDateMetaLine(text.slice(l.start, l.end));
}
export function isDateMetaLine(line: string): boolean {
  return line.length <= META_LINE_MAX && META_DATE_LINE.test(line);
}
/** A news list's meta line: its date (with a weekday and a time) first, or after a section label and a bar; then short fields. */
const META_DATE_LINE = new RegExp(`^\\s*(?:[^\\s|｜。、]{1,8}\\s*[|｜]\\s*)?${DATE_ON_LINE}(?:\\d{1,2}:\\d{2}\\s*)?(?:(?:[|｜]|\\s{2,}|[ \\u3000])[^。\\n]{0,48})?$`);
const META_LINE_MAX = 72;

/** The next non-empty line after index k of all, if it reads as an incident's title. */
function titleUnder(text: string, all: readonly Range[], k: number): Range | null {
  let l = nextLine(text, all, k);
  let s = l ? text.slice(l.start, l.end).trim() : '';
  // 「2024年7月19日 / お知らせ / …のお知らせ(第3報)」: a news category's label between the date and the title.
  if (l && s.length <= 12 && CATEGORY_LABEL.test(s)) {
    l = nextLine(text, all, rangeIndex(all, l.start));
    s = l ? text.slice(l.start, l.end).trim() : '';
  }
  return l && s.length <= 150 && !/。$/.test(s) && INCIDENT_WORD.test(s) ? l : null;
}
/** A news list's category label on a line of its own: お知らせ, 重要なお知らせ, プレスリリース. */
export const CATEGORY_LABEL = /^(?:お知らせ|重要なお知らせ|重要|ニュース|ニュースリリース|プレスリリース|報道発表|新着情報|トピックス|IR情報|IRニュース|リリース)$/;

/** Digits, a numbered item's first character. */
const DIGITS_SET = gateOf(DIGITS);

/** The characters a bracket or symbol title starts with (after leading whitespace). */
const TITLE_MARKS = gateOf('【■◆●▼▶□◇★☆');


/** The first unit of text[start, end) that is not white space, or -1 (in no unit set). */
function firstNonSpace(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isTrimmedSpace(c)) return c;
  }
  return -1;
}

/** Does the line end with ) or ）, spaces aside? DATED_ANNOUNCEMENT_END's cheap necessary condition (it ends [)）]\s*$). */
function endsWithCloseParen(line: string): boolean {
  let e = line.length - 1;
  while (e >= 0 && isTrimmedSpace(line.charCodeAt(e))) e--;
  const c = e >= 0 ? line.charCodeAt(e) : -1;
  return c === 0x29 || c === 0xff09;
}

/** text.slice(start, end).trim().length, without the slice. */
function trimmedLength(text: string, start: number, end: number): number {
  while (start < end && isTrimmedSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrimmedSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

function familyOf(text: string, line: Range, blocks: readonly Block[] | undefined, blockAt: Map<number, Block>): string | null {
  if (line.end - line.start > 200) return null;
  // Most lines are neither a bracket or symbol title nor (without blocks) a heading: one look at
  // their first visible character.
  if (!blocks && !inSet(TITLE_MARKS, firstNonSpace(text, line.start, line.end))) return null;
  const s = text.slice(line.start, line.end);
  const b = BRACKET_TITLE.exec(s);
  // (A paragraph led by its prefecture in brackets, 「【北海道】北見沢市は1月8日、…」, is a one-line item: candidateAt reads it.)
  if (b && !PREFECTURE_LED_LEAD.test(s)) {
    const label = b.groups!.label!;
    const title = b.groups!.title!;
    if (/[#＃\d]/.test(label) || INCIDENT_WORD.test(title)) return `【${label.replace(/[\d\s#＃\-_/.:]+/g, '')}】`;
  }
  // (A newspaper brief, 「◇丸菱工業(大阪市)=18日、…」, is a one-line item: candidateAt reads it.)
  const sym = EQUALS_BRIEF.test(s) ? null : SYMBOL_TITLE.exec(s);
  // (Not a compilation's cause-group head, 「■メール・郵便物の誤送信・誤送付」: it heads items, it is none.)
  if (sym && INCIDENT_WORD.test(sym.groups!.title!) && !SECTION_HEAD.test(sym.groups!.title!) && !isGroupHead(s)) return sym.groups!.mark!;
  if (blocks) {
    const block = blockAt.get(line.start);
    if (block && /^h[1-4]$/.test(block.kind) && s.trim().length >= 8 && INCIDENT_WORD.test(s)) return block.kind;
  }
  return null;
}

/** A report's number in an item's title line (■第3報(2025年9月19日)): the items are one notice's reports, whatever their marks. */
const REPORT_NUMBER = /第[0-9一二三四五六七八九十]{1,2}報/;
/** The family of a notice's reports under 【第2報】, 【第1報】 (familyOf drops the label's digits). */
const REPORT_FAMILY = '【第報】';

/**
 * Candidates without those whose 【label】 repeats the one before: the second is the first's section,
 * and its line (「【第2報】令和6年8月2日」) becomes the item's heading, the report's own dated title.
 */
function withoutRepeatedLabels(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let last: string | undefined;
  for (const c of list) {
    const label = BRACKET_TITLE.exec(text.slice(c.line.start, c.line.end))?.groups!.label;
    if (label !== undefined && label === last) out[out.length - 1] = { ...out[out.length - 1]!, title: c.line };
    else out.push(c);
    last = label;
  }
  return out;
}

/** Where the article ends: the first furniture line after some content, else the end. */
export function contentEnd(text: string, all: readonly Range[]): number {
  // Furniture ends the article only after some of its prose (lines with a 。): a site's menu and tagline
  // above the article may list ランキング, アーカイブ or 関連記事 among their entries.
  let seen = 0;
  // The next 。 at or after the current line, found again only once passed: one pass over the page.
  let nextStop = text.indexOf('。');
  for (const l of all) {
    const trimmed = trimmedLength(text, l.start, l.end);
    if (seen > 80 && trimmed <= FURNITURE_MAX) {
      // One look at the first visible unit before any pattern: furniture starts with a mark or its word.
      const first = firstNonSpace(text, l.start, l.end);
      if (inSet(FURNITURE_STARTS, first) && FURNITURE.test(text.slice(l.start, l.end))) return l.start;
      if (trimmed <= RETURN_LINK_MAX && endsWithReturn(text, l) && RETURN_LINK.test(text.slice(l.start, l.end))) return l.start;
    }
    // (Past 80 units of prose the count no longer matters: the 。 is looked for no more.)
    if (seen > 80) continue;
    if (nextStop >= 0 && nextStop < l.start) nextStop = text.indexOf('。', l.start);
    if (nextStop >= 0 && nextStop < l.end) seen += trimmed;
  }
  return text.length;
}

/** The first title-like line of a single notice: an h1, else the first short line with an incident word. */
function titleLine(text: string, all: readonly Range[], end: number, blockAt: Map<number, Block>): Range | null {
  let firstNonEmpty: Range | null = null;
  let checked = 0;
  for (const l of all) {
    if (l.start >= end || checked > 12) break;
    const s = text.slice(l.start, l.end).trim();
    if (!s) continue;
    checked++;
    firstNonEmpty ??= l;
    if (blockAt.get(l.start)?.kind === 'h1') return l;
  }
  // The lines a title may be: the first 13 that are not empty, a vertical menu's short entries
  // (ホーム / 各種手続 / 相談窓口…, one a line) not counted.
  const head: Array<{ line: Range; s: string }> = [];
  let counted = 0;
  for (const l of all) {
    if (l.start >= end || counted > 12 || head.length >= MAX_HEAD_LINES) break;
    const s = text.slice(l.start, l.end).trim();
    if (!s) continue;
    head.push({ line: l, s });
    if (s.length > MENU_ENTRY_MAX) counted++;
  }
  // A news page reads site name, menu, breadcrumb, title: a title under the breadcrumb is the article's,
  // and a line over a menu is the site's name (サイバー事件簿ニュース ― 情報漏えい…の最新ニュース).
  let afterCrumb = 0;
  head.forEach((h, i) => {
    if (isBreadcrumb(h.s)) afterCrumb = i + 1;
  });
  const rank = head.map((h, i) => {
    if (h.s.length > 150 || /。$/.test(h.s) || !INCIDENT_WORD.test(h.s) || isBreadcrumb(h.s) || MENU_ITEM.test(h.s) || MENU_BAR.test(h.s) || TAG_LINE.test(h.s) || TOPIC_TAGS_LINE.test(h.s) || POST_META.test(h.s)) return 0;
    // An entry of a vertical menu (ホーム / セキュリティ事件簿 / 脆弱性 / ツール): short, a short line beside it.
    if (h.s.length <= MENU_ENTRY_MAX && ((i > 0 && head[i - 1]!.s.length <= MENU_ENTRY_MAX) || (i + 1 < head.length && head[i + 1]!.s.length <= MENU_ENTRY_MAX))) return 0;
    // (A post's meta line under its title, 「投稿日: 2024年6月21日 投稿者: … カテゴリー: …」, is no menu.)
    const siteName = (i + 1 < head.length && MENU_LINE.test(head[i + 1]!.s) && !POST_META.test(head[i + 1]!.s)) || TAGLINE_END.test(h.s);
    if (siteName) return 1;
    // A compilation's numbered entry title (【セキュリティ事件簿#2025-287】…) is the post's own, over a blog's tagline above it.
    if (NUMBERED_LABEL_TITLE.test(h.s)) return 3;
    return !onlyGenericIncidentWords(h.s) || NOTICE_TITLE_END.test(h.s) ? 2 : 1;
  });
  // The first title with an incident's word (under the breadcrumb if any); one with generic words only
  // (情報, セキュリティ…) or over a menu if no other.
  const pick = (r: number, from: number) => {
    for (let i = from; i < head.length; i++) if (rank[i] === r) return head[i]!.line;
    return null;
  };
  const numbered = pick(3, 0);
  let strong = numbered ?? pick(2, afterCrumb) ?? pick(2, 0);
  // A title stands over the article's prose: a line under the lead (a photo's caption, 「スーパーの会員アプリに不正ログイン /
  // お知らせの画面」) is none. (A numbered entry title stands under its blog's tagline, prose as it may be.)
  const underProse = (line: Range) => head.some((h, i) => i >= afterCrumb && h.line.start < line.start && h.s.length >= PROSE_LINE_MIN && h.s.endsWith('。'));
  if (strong && !numbered && underProse(strong)) strong = null;
  if (strong) return strong === firstNonEmpty ? (repeatedTitle(text, all, strong, end) ?? strong) : strong;
  // No title with an incident's own word: the <title> line repeated under a long menu is the article's
  // (「…受給者証更新案内の誤封入について - 南陵県ホームページ」 over 県政情報, a menu entry).
  const repeated = firstNonEmpty && !text.slice(firstNonEmpty.start, firstNonEmpty.end).includes('。') ? repeatedTitle(text, all, firstNonEmpty, end) : null;
  // (Nor is a bulleted line with a weak title's words under the lead: 「…と発表した。 / - 事件事故や高校野球…速報で栃木県の「今」が分かる」,
  // a paywall's pitch.)
  const weak = pick(1, afterCrumb) ?? pick(1, 0);
  if (weak && underProse(weak) && BULLET_LINE.test(text.slice(weak.start, weak.end))) return repeated;
  return repeated ?? weak ?? firstNonEmpty;
}

/** A line that is a list's item: 「- 」「・」「• 」. */
const BULLET_LINE = /^\s*(?:[-・•●◦]\s?)/;
/** A line this long with a full stop is prose: no title is looked for below it. */
const PROSE_LINE_MIN = 40;
/** How many of a <title> line's parts after bars are cut off in turn, at most, to find the article's title. */
const SITE_PARTS_MAX = 8;
/** How far down a page's <title> line is looked for again as the article's own title. */
const TITLE_REPEAT_LINES = 80;

/**
 * The page's first line is its <title> (「東和みらい証券、…を紛失 - 日本経済新聞」); the article repeats the
 * title, without the site's name, as its heading further down, where its date and byline stand.
 */
function repeatedTitle(text: string, all: readonly Range[], first: Range, end: number): Range | null {
  // The site's part may have parts of its own (「…のお知らせ | IRニュース | IR情報 | 株式会社…」): each
  // shorter title is tried in turn, up to SITE_PARTS_MAX of them (a first line of thousands of bars would
  // otherwise be cut one bar at a time, each cut reading the whole line).
  let tried = 0;
  for (let title = withoutSiteName(text.slice(first.start, first.end)), prev = ''; title.length >= 8 && title !== prev && tried++ < SITE_PARTS_MAX; prev = title, title = withoutSiteName(title)) {
    const k = all.indexOf(first);
    for (let j = k + 1; j < all.length && j <= k + TITLE_REPEAT_LINES && all[j]!.start < end; j++) {
      const l = all[j]!;
      if (l.end - l.start >= title.length && l.end - l.start <= title.length + 4 && text.slice(l.start, l.end).trim() === title) return l;
      // A title stands over the article's prose: a shorter title repeated below a lead is a photo's caption.
      if (l.end - l.start >= PROSE_LINE_MIN && text.slice(l.start, l.end).includes('。')) break;
    }
  }
  return null;
}

/** A title under a numbered label: 【セキュリティ事件簿#2025-287】…, 【No.12】…. */
const NUMBERED_LABEL_TITLE = /^【[^】\n]{0,30}(?:#|＃|No\.?)\s?[0-9０-９][^】\n]{0,12}】\S/;

/** Is `line` (trimmed) a blog's numbered entry title, 【セキュリティ事件簿#2026-034】…, over the release it quotes? */
export function isNumberedEntryTitle(line: string): boolean {
  return NUMBERED_LABEL_TITLE.test(line);
}
/** A post's meta line: 「投稿日: 2024年6月21日 投稿者: … カテゴリー: …」. */
const POST_META = /^(?:投稿日|公開日|更新日|掲載日|投稿者|作成者)\s*[:：]/;
/** A site's tagline under its name: what the site does (「情報漏えい・サイバー攻撃のリリースと報道を記録しています」), no title. */
const TAGLINE_END = /(?:記録|紹介|配信|発信|まとめ|お届け|解説|収集)(?:して(?:い|お)ります|しています|します)$/;
/** A vertical menu's entry is at most this long; such lines do not count towards the title's window. */
const MENU_ENTRY_MAX = 8;
/** At most this many lines are read for a title, short ones included. */
const MAX_HEAD_LINES = 60;

/** A site's menu bar: four or more short words apart (ホーム ニュース 特集 セミナー). */
const MENU_LINE = /^(?:[^\s。、]{1,10}[ \u3000]+){3,}[^\s。、]{1,10}$/;

/** A short list item (・事件・事故, • お知らせ): a site menu's entry, not a notice's title. */
const MENU_ITEM = /^[・•◦][^。]{0,15}$/;
/** A site's menu bar on one line: five or more short entries apart by spaces (「ニュース 地域 政治・行政 事件・事故 スポーツ …」). */
const MENU_BAR = /^\s*(?:[^\s。、]{1,6}[ \u3000]+){4,}[^\s。、]{1,6}\s*$/;


/**
 * A title without the site's name after a bar or a slash (…のお詫び｜ここのえオンラインストア, …について／久留川市, the
 * full-width slash folded), trimmed. A slash between digits is a date's (2024/8/21), none after 30 units a site's.
 */
function withoutSiteName(line: string): string {
  const slash = line.lastIndexOf('/');
  const siteSlash = slash > 0 && line.length - slash - 1 <= 30 && !inSet(DIGITS_SET, line.charCodeAt(slash - 1)) && !inSet(DIGITS_SET, line.charCodeAt(slash + 1)) ? slash : -1;
  const bar = Math.max(line.lastIndexOf('|'), line.lastIndexOf('｜'), line.lastIndexOf(' - '), line.lastIndexOf(' – '), line.lastIndexOf(' — '), siteSlash);
  return (bar > 0 ? line.slice(0, bar) : line).trim();
}

/** Characters of body text (spaces not counted) an incident title needs under it. */
const MIN_BODY = 50;

function bodyLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < MIN_BODY; i++) if (text.charCodeAt(i) > 0x20) n++;
  return n;
}

/** Line k as an incident's title, with the family of titles it belongs to, or null. */
function candidateAt(text: string, all: readonly Range[], k: number, blocks: readonly Block[] | undefined, blockAt: Map<number, Block>): Candidate | null {
  const l = all[k]!;
  // 「【事案1 患者データの無断持ち出し】」: a notice's numbered case in brackets is its case, before any bracket title.
  if (firstNonSpace(text, l.start, l.end) === 0x3010 && l.end - l.start <= 100 && BRACKETED_CASE.test(text.slice(l.start, l.end))) {
    return { line: l, family: 'case-number' };
  }
  const family = familyOf(text, l, blocks, blockAt);
  if (family) return { line: l, family }; // a bracket, symbol or block title
  const first = firstNonSpace(text, l.start, l.end);
  const length = l.end - l.start;
  const short = length <= 160;
  // One slice per line (V8 slices are views, not copies); no closure here: under tsx every closure made
  // per call is also given its name, which cost 11 % of the engine on a 50 KB page.
  const line = text.slice(l.start, l.end);
  if (inSet(TITLE_MARKS, first) && SYMBOL_DATE.test(line)) {
    const title = titleUnder(text, all, k);
    return title ? { line: l, family: 'mark-date', title } : null;
  }
  if (first === 0x4e8b /* 事 */ && length <= 100 && CASE_TITLE.test(line)) return { line: l, family: 'case-number' };
  // 「市の説明によると、1件目は証明書の誤送付に関するものだったという。」「2件目は、…」: a story's cases told by their ordinal,
  // each one of the notice's cases.
  if (length <= MAX_ITEM_LINE && line.includes('件目') && NTH_CASE_LINE.test(line)) return { line: l, family: 'case-number' };
  // 「16■北浜県立医大付属病院 医師がカルテの写し紛失 北浜新聞 2017年7月21日」: a monthly list's numbered, marked headline
  // with its source's date, one line an incident.
  if (inSet(DIGITS_SET, first) && length <= MAX_ITEM_LINE && NUMBERED_MARK_HEADLINE.test(line) && INCIDENT_WORD.test(line)) {
    return { line: l, family: 'numbered-mark-line', oneLine: true };
  }
  // 「~専修大学で5261名の個人情報を誤掲載~」: a blog's headline between wave dashes, its story under it.
  if ((first === 0x7e /* ~ */ || first === 0x301c /* 〜 */) && length <= MAX_WAVE_TITLE && WAVE_TITLE.test(line) && (INCIDENT_WORD.test(line) || WAVE_INCIDENT.test(line)) && proseUnder(text, all, k, text.length, 1)) {
    return { line: l, family: 'wave' };
  }
  // 「●株式会社コトブキ楽器(9月19日公表)」「・三ツ瀬町(11月19日)」: a digest's item headed by its organisation and the day it announced.
  if ((inSet(SECTION_MARKS, first) || inSet(BULLETS, first)) && length <= MARKED_NAME_DAY_MAX && MARKED_NAME_DAY.test(line)) return { line: l, family: 'marked-name-day' };
  // 「［6/1］株式会社ハルカゼ食品宅配(食材宅配)は、…」: a digest's paragraph led by the day its organisation announced, in brackets.
  // (Or led by its prefecture in brackets: 「【北海道】北見沢市は1月8日、…」.)
  if (inSet(DAY_BRACKETS, first) && length >= MIN_DAY_LED_PARAGRAPH && length <= MAX_ITEM_LINE && (BRACKETED_DAY_LEAD.test(line) || PREFECTURE_LED_LEAD.test(line)) && INCIDENT_WORD.test(line)) {
    return { line: l, family: 'bracketed-day-lead', oneLine: true };
  }
  // 「【株式会社ミナトファーマシー】 / 同社は6月2日、…」: a roundup's item headed by its organisation's name in brackets over its dated lead.
  if (first === 0x3010 /* 【 */ && length <= BRACKET_NAME_MAX && BRACKET_NAME_LINE.test(line) && leadUnder(text, all, k)) return { line: l, family: 'bracket-name' };
  // 「公表日:令和7年6月4日 / 所属:市民課 / 件名:住民票の写しの誤交付について」: a listed notice led by its date's label.
  if ((first === 0x516c /* 公 */ || first === 0x767a /* 発 */ || first === 0x63b2 /* 掲 */) && length <= 32 && PRESS_DATE_HEAD.test(line)) {
    const title = subjectLineUnder(text, all, k);
    if (title) return { line: l, family: 'press-date-head', title };
  }
  if (inSet(REPORT_HEAD_STARTS, first) && length <= 48 && REPORT_HEAD.test(line)) return { line: l, family: 'report-head' };
  // 「【No.1】 / ・発生日 令和6年4月22日 / ・学校名 県立… / ・概要 …」: a numbered head alone, the item's bulleted fields under it.
  if (first === 0x3010 /* 【 */ && length <= 16 && NUMBER_IN_BRACKETS.test(line) && fieldUnder(text, all, k)) return { line: l, family: 'bracket-number' };
  // 「No.1 株式会社ミナセ精機(愛知県刈谷市/自動車部品製造)」: a list's numbered head naming its organisation, the item's fields under it.
  if ((first === 0x4e /* N */ || first === 0x2116 /* № */) && length <= 80 && isNumberedOrgHead(line)) return { line: l, family: 'numbered-org' };
  if ((first === 0x7b2c /* 第 */ || first === 0x756a /* 番 */) && length <= MAX_ITEM_LINE && RANKED_TITLE.test(line)) {
    return { line: l, family: 'ranked', ...(SLASH_FIELDS.test(line) ? { oneLine: true as const, whole: true as const } : {}) };
  }
  // 「番号 6 / 公表日:令和7年2月18日 / 件名:…の誤送付について」: a listed notice numbered by a label over its date.
  if ((first === 0x756a /* 番 */ || first === 0x4e /* N */) && length <= 12 && NUMBER_LABEL_LINE.test(line) && itemLabelUnder(text, all, k) === 'notice') return { line: l, family: 'listed-notice' };
  // (Or a headline over its announcement's labelled date: 「（2）通販サイトにパスワードリスト攻撃、…不正ログイン / 公表日：2025年9月9日」.)
  if (inSet(OPENING_PARENS, first) && short && (PAREN_NUMBER_TITLE.test(line) || (PAREN_NUMBER_HEADLINE.test(line) && (leadUnder(text, all, k) || itemLabelUnder(text, all, k) === 'notice')))) {
    return { line: l, family: 'paren-number' };
  }
  if (inSet(OPENING_SQUARE, first) && short && SQUARE_NUMBER_TITLE.test(line)) return { line: l, family: 'square-number' };
  if (inSet(CIRCLED, first) && short && CIRCLED_HEADLINE.test(line) && leadUnder(text, all, k)) return { line: l, family: 'circled' };
  // 「筑波台高校個人情報紛失事件 / 2020年1月、…の教員が、…」: a blog's case named as an incident, its story under it.
  if (length <= NAMED_CASE_MAX && endsWithCaseWord(text, l) && NAMED_CASE.test(line) && proseUnder(text, all, k, text.length, 1)) return { line: l, family: 'named-case' };
  // 「・10月1日 株式会社アオバ精機(製造業):ランサムウェア攻撃を受け、…」: a digest's bullet, its organisation before a colon.
  if (inSet(BULLETS, first) && length <= MAX_BULLET_ITEM && isBulletOrgItem(line)) return { line: l, family: 'bullet-org', oneLine: true };
  // 「◇丸菱工業(大阪市)=18日、社内システムの保守を委託している外部業者のサーバーが…」: a business paper's brief, one line.
  if ((inSet(SECTION_MARKS, first) || inSet(BULLETS, first)) && length >= MIN_EQUALS_BRIEF && length <= MAX_ITEM_LINE && EQUALS_BRIEF.test(line) && INCIDENT_WORD.test(line)) {
    return { line: l, family: 'equals-brief', oneLine: true };
  }
  // 「・株式会社ミナトリビング(東京都港区) / インテリア雑貨の通販サイトが…」: a digest's bullet naming the organisation over its story.
  if (inSet(BULLETS, first) && length <= MARKED_NAME_DAY_MAX && isBulletNameOverStory(text, all, k, line)) return { line: l, family: 'bullet-name' };
  // 「・旅行会社の株式会社ハルカゼトラベル、予約管理システムに不正アクセス… / https://…」: a digest's one-line summary over its link.
  if (inSet(BULLETS, first) && length >= MIN_LINKED_ITEM && length <= MAX_BULLET_ITEM && urlUnder(text, all, k) && INCIDENT_WORD.test(line)) return { line: l, family: 'bullet-linked', oneLine: true };
  // 「・清風館高等学校、2年生238名分の氏名と…USBメモリが所在不明に(19日)」: a digest's one-line item, its organisation before a comma.
  if (inSet(BULLETS, first) && length >= MIN_BULLET_COMMA && length <= MAX_BULLET_ITEM && isBulletCommaItem(line)) return { line: l, family: BULLET_COMMA_FAMILY, oneLine: true };
  if (inSet(MARKED_TITLE_STARTS, first) && short && MARKED_TITLE_LINE.test(line)) {
    const family = labelledItemFamily(text, all, k);
    if (family) return { line: l, family };
  }
  if ((inSet(DIGITS_SET, first) || first === 0x4ee4 /* 令 */ || first === 0x5e73 /* 平 */) && length <= 24 && DATE_ALONE.test(line)) {
    const title = titleUnder(text, all, k);
    return title && !inTimeline(text, all, k) ? { line: l, family: 'date-line', title } : null;
  }
  if (inSet(DIGITS_SET, first)) {
    // 「3月5日、名古屋市に本社を置く株式会社マルナカ印刷は、…」: a digest's paragraph led by the day its organisation announced.
    if (length >= MIN_LEAD_PARAGRAPH && length <= MAX_DAY_LED_PARAGRAPH && INCIDENT_WORD.test(line)) {
      const led = DAY_LED_PARAGRAPH.exec(line);
      if (led) {
        // Its subject's name is the item's heading (「名古屋市に本社を置く株式会社マルナカ印刷」 names 株式会社マルナカ印刷).
        const org = leadOrg(text.slice(Math.max(0, l.start - LEAD_NAME_REACH), l.start), led.groups!.subject!);
        const at = org ? l.start + line.indexOf(org, led[0].length - led.groups!.subject!.length - 3) : -1;
        return { line: l, family: 'day-led-paragraph', oneLine: true, ...(org && at >= l.start ? { title: { start: at, end: at + org.length } } : {}) };
      }
    }
    if (length > MAX_ITEM_LINE) return null;
    // 「17:31 浜名台市 業務委託先のサーバーがランサムウェア被害 市民約1万2000人分の…流出の可能性」: a flash list's line led by its time.
    // (Not a notice's timeline under its 経緯 head: 「5. 経緯 / 5月10日(木) / 16:34 事務局員が…誤って選択し、…を送信しました。」.)
    if (length >= MIN_TIME_LED && TIME_LED_LINE.test(line) && INCIDENT_WORD.test(line) && !inTimeline(text, all, k)) return { line: l, family: 'time-led', oneLine: true };
    // 「6-1 / 令和6年6月5日 / 教育庁 … / 事案の概要…」: a table's row rendered one cell a line, its number over its date.
    if (length <= 12 && ROW_NUMBER_LINE.test(line) && isDateLine(text, nextLine(text, all, k))) return { line: l, family: 'row-number' };
    if (short && DAY_TITLE.test(line) && leadUnder(text, all, k)) return { line: l, family: 'day-title' };
    // 「1位 株式会社ハルカゼ(…)/約41万2,000件/SQLインジェクションによる不正アクセス/氏名・…/8月2日公表」: a ranking's line of fields.
    // (A rank with no 第 only with its fields: 「1位 ランサムウェアによる被害」 is a list of threats, no item.)
    if (length <= MAX_ITEM_LINE && RANKED_FIELDS_LINE.test(line) && INCIDENT_WORD.test(line)) return { line: l, family: 'ranked', oneLine: true, whole: true };
    // 「2023年2月8日 - 株式会社千歳フーズ(北海道千歳市) - 3,412件 - 自社通販サイトが…」: a reference list's line, its date, its
    // organisation and its story apart by dashes.
    if (DATED_DASH_ITEM.test(line) && INCIDENT_WORD.test(line)) return { line: l, family: 'dated-dash', oneLine: true, whole: true };
    const item = NUMBERED_ITEM.exec(line);
    if (item && INCIDENT_WORD.test(item.groups!.rest!)) return { line: l, family: 'numbered-item', oneLine: true };
    // 「1. 株式会社ミナトヤ商事の通販サイト…に不正アクセス、…」 over its link: a digest's one-line summary.
    if (length >= MIN_LINKED_ITEM && LINKED_ITEM.test(line) && urlUnder(text, all, k) && INCIDENT_WORD.test(line)) return { line: l, family: 'numbered-item', oneLine: true };
    if (LABELLED_ITEM.test(line)) return { line: l, family: 'labelled-item' };
    const numberTitle = short && NUMBER_TITLE_LINE.test(line);
    if (numberTitle) {
      const family = labelledItemFamily(text, all, k);
      if (family) return { line: l, family: family === 'listed-notice' ? 'dot-number' : family };
    }
    if (short && (DOT_NUMBER_TITLE.test(line) || ANNOUNCEMENT_TITLE.test(line) || isOrgColonItem(line))) {
      return { line: l, family: 'dot-number', ...(BAR_FIELDS.test(line) ? { whole: true as const } : {}) };
    }
    // 「2. 霧島台市の中学校で通知表の下書きを電車に置き忘れ / 霧島台市教育委員会が10月16日、…」: a digest's numbered headline
    // over another's dated lead (a notice's own sections are followed by 当社は…, its own voice).
    if (numberTitle && length <= MAX_HEADLINE + 4 && leadUnder(text, all, k, true) && INCIDENT_WORD.test(line)) return { line: l, family: 'dot-number' };
    return null;
  }
  // Whether the line has an incident's word, tested once: every title below needs one, and the look at
  // the lines under it is skipped when it has none.
  // (A site's topic tags over a lead, 「インシデント・事故 インシデント・情報漏えい」, are no title.)
  const incident = short && INCIDENT_WORD.test(line) && !(line.includes('・') && TOPIC_TAGS_LINE.test(line));
  if (incident && sourceUnder(text, all, k)) return { line: l, family: 'sourced' };
  // 「介護保険料額決定通知書の誤送付について(令和7年1月17日発表)」: a notice's title dated by its announcement, one of a page's.
  if (incident && length <= MAX_HEADLINE + 20 && endsWithCloseParen(line) && !line.includes('。') && DATED_ANNOUNCEMENT_END.test(line)) return { line: l, family: 'announced-title' };
  // 「保育所入所関係書類のファクス誤送信について / 公表日 / 令和7年8月1日」: a listed notice's title with no mark, its date's label under it.
  if (incident && length <= MAX_HEADLINE && !line.includes('。') && itemLabelUnder(text, all, k) === 'notice') return { line: l, family: 'listed-notice' };
  // 「株式会社ミナトリビング(インテリア雑貨の通販サイト運営) / 株式会社ミナトリビングは4月3日、…」: a compilation's item
  // headed by its organisation's name alone, the lead opening with the same name.
  if (length <= MAX_HEADLINE && isNameOverOwnLead(text, all, k, line)) return { line: l, family: 'name-lead' };
  // A blog's or digest's headline over its dated lead (「東雲町で住民票の写しを別人に誤交付 / 静岡県の東雲町が9月1日、…」).
  if (incident && length <= MAX_HEADLINE && !line.includes('。') && leadUnder(text, all, k)) return { line: l, family: 'headline-lead' };
  // A list of article teasers: a headline over its date (「…を紛失(大鷹運輸) / 2025.05.09(金) / summary」).
  if (incident && !line.includes('。') && dateUnder(text, all, k)) return { line: l, family: 'title-over-date' };
  if (length >= MIN_LEAD_PARAGRAPH) {
    const lead = LEAD_PARAGRAPH.exec(line);
    const org = lead ? leadOrg(text.slice(Math.max(0, l.start - LEAD_NAME_REACH), l.start), lead.groups!.org!) : null;
    if (lead && org && (incident || (!short && INCIDENT_WORD.test(line)) || STORY_INCIDENT_WORD.test(line))) {
      const at = l.start + line.indexOf(org, lead.groups!.hook?.length ?? 0);
      return { line: l, family: LEAD_PARAGRAPH_FAMILY, title: { start: at, end: at + org.length }, ...(lead.groups!.link ? { linked: true } : {}) };
    }
  }
  return null;
}

/** A notice's timeline head (「3.経緯」「■これまでの経過」「【時系列】」): the dated lines under it are its events, not notices. */
const TIMELINE_HEAD = /^\s*(?:[0-9０-９]{1,2}[.．、)）]|[(（][0-9０-９]{1,2}[)）]|[■◆●▼□◇★☆【])?\s*(?:本件の|事案の|これまでの|発覚までの|対応の)?(?:経緯|時系列|経過)(?:と[^\s。]{1,8})?\s*】?\s*$/;
/** How many lines above a dated line its timeline's head may stand. */
const TIMELINE_REACH = 12;

/** Does a timeline's head stand in the lines above index k (no title line of another notice between)? */
function inTimeline(text: string, all: readonly Range[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - TIMELINE_REACH; j--) {
    const l = all[j]!;
    if (l.end - l.start > 20) continue;
    if (TIMELINE_HEAD.test(text.slice(l.start, l.end))) return true;
  }
  return false;
}

/** A mark, a name and the day it announced in brackets: 「●国立大学法人東陵大学(9月21日公表)」. */
export const MARKED_NAME_DAY = /^\s*[■◆●▼□◇★☆・•◦]\s*(?<name>[^\s。、(（]{2,40}(?:[ \u3000][^\s。、(（]{1,20})?)\s*[(（](?:\d{4}年)?\d{1,2}月\d{1,2}日(?:公表|発表)?[)）]\s*(?:[［[【][^］\]】\n]{1,20}[］\]】])?\s*$/;
/** A paragraph led by a month and day in brackets, then its subject: 「［6/3］学習塾を運営する株式会社…は、」. */
const BRACKETED_DAY_LEAD = /^\s*[［[【]\s*(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])\s*[］\]】]\s*[^。]{2,80}?(?:は|が)、/;
const DAY_BRACKETS = gateOf('［[【');
/** A ranking's line of fields: its rank, then fields apart by three slashes at least. */
const RANKED_FIELDS_LINE = /^\s*[0-9]{1,2}\s*位[\s\u3000]+\S[^/／]*(?:[/／][^/／]+){3,}$/;
/** A ranking line's fields apart by slashes: three slashes at least. */
const SLASH_FIELDS = /(?:[/／][^/／]+){3,}/;
/** A bullet with an organisation's name alone (its place or trade in brackets after it): 「・医療法人社団清和会 さくら台病院(千葉県)」. */
export const BULLET_NAME = /^\s*[・•◦]\s*(?<name>[^\s。、:：(（]{2,40}(?:[ \u3000][^\s。、:：(（]{1,20})?)\s*(?:[(（][^()（）]{1,20}[)）])?\s*$/;
/** Is the line a bullet naming an organisation, a story's paragraph under it? */
function isBulletNameOverStory(text: string, all: readonly Range[], k: number, line: string): boolean {
  // (The story under it first: most bullets are a list's items, with more items under them.)
  // (Not a field of an item's bulleted fields, 「・学校名 県立…高等学校 / ・概要 …」: the story is a paragraph, no bullet.)
  const under = nextLine(text, all, k);
  if (under === null || under.end - under.start < MIN_LEAD_PARAGRAPH || inSet(BULLETS, firstNonSpace(text, under.start, under.end))) return false;
  const name = BULLET_NAME.exec(line)?.groups!.name;
  return name !== undefined && !FIELD_LABEL_START.test(name) && INCIDENT_WORD.test(text.slice(under.start, under.end)) && readsAsOrg(name.replace(/[ \u3000]/g, ''));
}
/** A number alone in brackets: 【No.1】, 【事案2】, 【3】. */
const NUMBER_IN_BRACKETS = /^\s*【\s*(?:No\.?|NO\.?|№|事案|事例|案件)?\s*[0-9０-９]{1,3}\s*】\s*$/;
/** A bulleted field line: 「・発生日 令和6年4月22日」「・学校名 県立…」「・概要 …」. */
const FIELD_LINE = /^\s*[・•]\s*(?:発生日|発生日時|判明日|公表日?|学校名|所属|組織名|団体名|施設名|概要|内容|件数|原因|対応)[\s\u3000:：]/;
/** Is the next non-empty line after index k a bulleted field? */
function fieldUnder(text: string, all: readonly Range[], k: number): boolean {
  const l = nextLine(text, all, k);
  return l !== null && FIELD_LINE.test(text.slice(l.start, Math.min(l.end, l.start + 12)));
}
/** A digest's one-line bullet item: its organisation, a comma, what happened. */
const BULLET_COMMA_ITEM = /^\s*[・•◦]\s*(?<name>[^\s、。:：(（「」]{2,30}?)、(?<rest>\S.{15,})$/;
const MIN_BULLET_COMMA = 30;
const BULLET_COMMA_FAMILY = 'bullet-comma';
function isBulletCommaItem(line: string): boolean {
  const m = BULLET_COMMA_ITEM.exec(line);
  return m !== null && INCIDENT_WORD.test(m.groups!.rest!) && readsAsOrg(m.groups!.name!);
}
/** A field's label leading a bullet (「学校名 県立…」): an item's field, not its head. */
const FIELD_LABEL_START = /^(?:学校名|組織名|団体名|施設名|法人名|会社名|事業者名|所属|機関名|病院名)/;
/** A case told by its ordinal near its line's start: 「1件目は…」「市の説明によると、1件目は…」「2件目の紛失が判明したのは…」. */
const NTH_CASE_LINE = /^[^\n]{0,30}?(?:^|[、。\s\u3000])[1-9１-９一二三四五]件目(?:は|の|と|、)/;
/** A numbered, marked headline ending with its date: 「3.■北浜県 特別支援学校教諭 USB紛失 北浜新聞 2017年7月25日」. */
const NUMBERED_MARK_HEADLINE = /^\s*\d{1,3}[.．]?\s*[■◆●□]\s*\S[^。\n]{4,110}?(?:\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?|\d{4}\s*年\s*\d{1,2}\s*月)\s*$/;
/** A headline between wave dashes: 「~北浜大学で5261名の個人情報を誤掲載~」. */
const WAVE_TITLE = /^\s*[~〜](?!\s*[~〜])[^~〜。]{6,80}[~〜]\s*$/;
const MAX_WAVE_TITLE = 90;
/** What a wave headline tells beyond INCIDENT_WORD's words: 「~…で電子メールの誤設定~」. */
const WAVE_INCIDENT = /誤設定|ミス|誤り/;
/** A flash list's line: its time, then a headline. */
export const TIME_LED_LINE = /^\s*(?:[01]?\d|2[0-3]):[0-5]\d[ \u3000]+\S/;
const MIN_TIME_LED = 16;
/** A newspaper brief led by its subject and an equals sign: 「◇丸菱工業(大阪市)=18日、…」. */
export const EQUALS_BRIEF = /^\s*[◇◆■●□・]\s*(?<name>[^\s=＝(（◇◆■●□・]{2,30})\s*(?:[(（][^()（）]{1,20}[)）])?\s*[=＝]\s*\S/;
const MIN_EQUALS_BRIEF = 30;
/** The longest such paragraph: a digest's whole story. */
const MAX_DAY_LED_PARAGRAPH = 1200;
/** A paragraph led by a month and day, then its subject: 「3月5日、…株式会社マルナカ印刷は、」. */
const DAY_LED_PARAGRAPH = /^\s*\d{1,2}月\d{1,2}日(?:[(（][月火水木金土日][)）])?、(?<subject>[^。、]{2,80}?)(?:は|が)、/;
/** A paragraph led by its prefecture in brackets, then its subject and day: 「【北海道】北見沢市は1月8日、」. */
const PREFECTURE_LED_LEAD = new RegExp(`^\\s*【${PREFECTURE}】\\s*[^。]{2,60}?(?:は|が)、?(?:\\d{1,2}月)?\\d{1,2}日(?:付)?[、に]`);
/** The shortest such paragraph: a whole story. */
const MIN_DAY_LED_PARAGRAPH = 40;
const MARKED_NAME_DAY_MAX = 80;
/** A name alone in brackets on its line: 【宮ノ森町教育委員会】. */
export const BRACKET_NAME_LINE = /^\s*【(?<name>[^】\n。、]{2,40})】\s*$/;
const BRACKET_NAME_MAX = 48;

/** How far above a lead paragraph its kana name may be written with its legal form (the story's opening paragraph). */
const LEAD_NAME_REACH = 2000;

/** A lead's organisation: its name, less a description before a legal person's form (人材派遣の株式会社…). `above`: the text over the lead. */
function leadOrg(above: string, org: string): string | null {
  const form = LEGAL_FORM_START.exec(org);
  if (form && form.index > 0 && readsAsOrg(org.slice(form.index))) return org.slice(form.index);
  if (readsAsOrg(org)) return org;
  // A kana name the page writes with its legal form above: 「たびまどは24日、」 after 「株式会社たびまど(東京)と、…」.
  return org.length >= 3 && above.includes(org) && COMPANY_FORMS.some((f) => above.includes(f + org) || above.includes(org + f)) ? org : null;
}

/**
 * A numbered item of a page listing several notices, its announcement's date labelled on the line under it:
 * 「1. 株式会社はるかぜ珈琲「はるかぜ珈琲オンラインストア」」 or 「1 住民票の写しの誤交付について」 over 「公表日:令和6年10月8日」.
 */
const NUMBER_TITLE_LINE = /^\s*[0-9０-９]{1,2}(?:[.．]|[ \u3000])\s*\S[^。]{3,80}$/;
/**
 * What a listed notice's title has on the line under it: the date it was announced (公表日:2025年1月17日, 公表日 令和7年
 * 1月21日) or the department that issued it (担当課:総務部 デジタル推進課).
 */
const PRESS_DATE_UNDER = /^\s*(?:(?:公表日|発表日|掲載日|担当課|所管課|担当部署|担当)\s*[:：\s]|(?:公表日|発表日|掲載日)\s*$|(?:公表|発表)\s*[:：])/;
/**
 * A listed notice's title with another mark than a number and a dot: 「(1)自動車税種別割納税証明書の誤交付」「① 2月26日 県ホーム
 * ページへのDDoS攻撃について」「【事案4】通知表の取り違えについて」「件名 住民票の写しの誤交付」, taken over PRESS_DATE_UNDER.
 */
const MARKED_TITLE_LINE = /^\s*(?:[(（][0-9０-９]{1,2}[)）]|[①-⑳]|【[^】\n]{1,8}】|No\.?\s*[0-9０-９]{1,3}|件名\s*[:：]?)\s*\S[^。]{3,100}$/;
const MARKED_TITLE_STARTS = gateOf('(（①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳【N件');

/** A disciplinary notice's case under its title: 「1)被処分者」「(1) 所属・職名」 (each case may or may not be a data incident). */
const DISCIPLINE_CASE_UNDER = /^\s*(?:[(（]?[0-9０-９][)）]|①)?\s*(?:被処分者|処分対象者|所属・職名|所属及び職名)/;

/** A listed notice's number on a line of its own: 「番号 6」「番号:6」「No.4」. */
const NUMBER_LABEL_LINE = /^\s*(?:番号\s*[:：]?|No\.?)\s*[0-9０-９]{1,3}\s*$/;
/** What the next non-empty line after index k says of the line over it: a listed notice's date or department, a discipline case, or nothing. */
function itemLabelUnder(text: string, all: readonly Range[], k: number): 'notice' | 'case' | null {
  const l = nextLine(text, all, k);
  if (l === null) return null;
  const under = text.slice(l.start, l.end);
  return PRESS_DATE_UNDER.test(under) ? 'notice' : DISCIPLINE_CASE_UNDER.test(under) ? 'case' : null;
}

/** The family of a numbered (or marked) title by the line under it: a listed notice, a discipline case (one notice's), or none. */
function labelledItemFamily(text: string, all: readonly Range[], k: number): string | null {
  const under = itemLabelUnder(text, all, k);
  return under === 'notice' ? 'listed-notice' : under === 'case' ? DISCIPLINE_CASE_FAMILY : null;
}

/** A discipline case's last part: 「5)懲戒の理由」. */
const CASE_REASON = /^\s*(?:[(（]?[0-9０-９][)）])?\s*(?:懲戒|処分)の理由/;

/**
 * Where a disciplinary notice's last case ends: after the text of its reason (「5)懲戒の理由 / …に該当するため。」). What
 * follows is the notice's apology, which names every case's misconduct and is none of the last one's.
 */
function caseReasonEnd(text: string, all: readonly Range[], from: number, end: number): number {
  for (let k = rangeIndexFrom(all, from); k < all.length && all[k]!.start < end; k++) {
    const l = all[k]!;
    if (l.start < from || !CASE_REASON.test(text.slice(l.start, l.end))) continue;
    // The reason on its own line after the head, or on the head's line.
    const reason = l.end - l.start > 12 ? l : nextLine(text, all, k);
    return reason ? Math.min(end, reason.end) : end;
  }
  return end;
}

/** The cases of one disciplinary notice: like 事案1, 事案2, they share its issuer and date. */
const DISCIPLINE_CASE_FAMILY = 'discipline-case';

/** A digest's bullet item: a day maybe, the organisation (its trade in brackets maybe), a colon, what happened. */
const BULLET_ORG_ITEM = /^\s*[・•◦]\s*(?:(?:\d{1,2}月\d{1,2}日|\d{1,2}\/\d{1,2})(?:[(（][^()（）]{1,3}[)）])?\s*)?(?<org>[^\s:：|｜。、()（）]{2,30}?)\s*(?:[(（][^()（）]{1,16}[)）])?\s*[:：]\s*(?<rest>\S.{5,})$/;
const BULLETS = gateOf('・•◦');
/** The longest bullet item: a paragraph of a digest. */
const MAX_BULLET_ITEM = 400;
function isBulletOrgItem(line: string): boolean {
  const m = BULLET_ORG_ITEM.exec(line);
  if (m) return readsAsOrg(m.groups!.org!) && INCIDENT_WORD.test(m.groups!.rest!);
  const lead = BULLET_DAY_LEAD_ITEM.exec(line);
  return lead !== null && (findOrgNames(lead.groups!.lead!).length > 0 || readsAsOrg(lead.groups!.lead!)) && INCIDENT_WORD.test(lead.groups!.rest!);
}
/**
 * A digest's bullet told as a news lead, an organisation named in its subject: 「・10月3日、株式会社トーヨー物流サービスが、…」
 * 「・10月27日、…通販サイトを運営する株式会社ビーンズ珈琲が…」「・10月20日、公益社団法人…の公式ウェブサイトが…」.
 */
const BULLET_DAY_LEAD_ITEM = /^\s*[・•◦]\s*\d{1,2}月\d{1,2}日(?:[(（][^()（）]{1,3}[)）])?[、,]\s*(?<lead>[^。]{2,60}?)(?:が|は)、?(?<rest>\S.{5,})$/;

/** DOT_NUMBER_ORG_TITLE with an organisation's name before the colon and an incident word after it. */
/** A short aside in brackets ending a name: 「(自治体)」「(食品通販)」. */
const TRAILING_ASIDE = /[(（][^()（）]{1,12}[)）]$/;
/** A line of fields apart by bars, an organisation, a cause and a count: 「組織名(業種)｜原因｜件数」 (width-folded). */
const BAR_FIELDS = /\|[^|\n]+\|/;

function isOrgColonItem(line: string): boolean {
  const m = DOT_NUMBER_ORG_TITLE.exec(line);
  if (!m) return false;
  // (Its kind of business in brackets after the name aside: 「新宮原市(自治体)」.)
  return readsAsOrg(m.groups!.org!.replace(TRAILING_ASIDE, '')) && INCIDENT_WORD.test(m.groups!.rest!);
}

/**
 * How many items a family needs to split a page (two, unless listed): a headline over a date is also how a
 * single article starts, and a notice may end with a dated line under a title-like one.
 */
const MIN_FAMILY: Record<string, number> = { 'title-over-date': 3 };

/**
 * The family of lead paragraphs: taken only when no family of titles splits the page, since a titled
 * item's body may hold several paragraphs led by names (「警視庁は10日、…」 under 「■…」).
 */
const LEAD_PARAGRAPH_FAMILY = 'lead-paragraph';

/**
 * Segments of the page, in order. `text` is width-folded. First the page's titles (the family of title lines
 * that splits it best); then, inside each segment, an earlier report reprinted below a later one (it carries
 * the later one's issuer, so it is split first and marked); then notices a rule separates (────), each
 * with its own title and date; last, reports an item quotes under their heads (◆第1報(…) / ◆第2報(…)).
 */
export function segmentPage(text: string, blocks?: readonly Block[], all: readonly Range[] = lines(text)): Segment[] {
  // A table of incidents (組織名 ⇥ 公表日 ⇥ 件数 …): a row each, its title the row itself.
  const table = incidentTable(text, all);
  if (table) {
    return table.rows.map((r, i) => ({ start: r.start, end: r.end, heading: r, tableRow: { orgCell: table.orgCells[i] ?? null, byDepartment: table.byDepartment }, ...(table.leakColumn ? { leakColumn: true as const } : {}) }));
  }
  return withReportHeads(text, all, withRuledNotices(text, all, withEarlierReports(text, all, titledSegments(text, blocks, all))));
}

/**
 * Each segment split at its report heads when it holds two or more (「【1】…について(第1報・第2報)」 / 「◆第1報(2024年11月20日
 * 公表)」 … / 「◆第2報(…)」 …): each report is an incident of its own, dated by its head, the item's title its notice.
 */
function withReportHeads(text: string, all: readonly Range[], segments: Segment[]): Segment[] {
  if (!text.includes('報')) return segments;
  const out: Segment[] = [];
  for (const seg of segments) {
    const heads: Range[] = [];
    // 報 is in every 情報: only one after a digit (第1報) is looked at further.
    for (let at = text.indexOf('報', seg.heading ? seg.heading.end : seg.start); at >= 0 && at < seg.end; at = text.indexOf('報', at + 1)) {
      if (!inSet(DIGITS_SET, text.charCodeAt(at - 1))) continue;
      const k = rangeIndex(all, at);
      const l = all[k]!;
      if (l.end - l.start > 48 || (heads.length > 0 && heads[heads.length - 1]!.start === l.start)) continue;
      // (Not a link's label: 「▼第1報(11月11日) / https://…」.)
      if (inSet(REPORT_HEAD_STARTS, firstNonSpace(text, l.start, l.end)) && REPORT_HEAD.test(text.slice(l.start, l.end)) && !urlUnder(text, all, k)) heads.push(l);
    }
    if (heads.length < 2) {
      out.push(seg);
      continue;
    }
    const notice = seg.notice !== undefined ? seg.notice : seg.heading;
    heads.forEach((h, i) => {
      out.push({ start: i === 0 ? seg.start : h.start, end: i + 1 < heads.length ? heads[i + 1]!.start : seg.end, heading: h, notice });
    });
  }
  return out;
}



/**
 * Each segment split where a rule (────) closes one notice and another notice's title and date follow it
 * (a notices page: 「…の試行について / 2024年10月21日 / … / ──── / …に関するお詫びとご報告 / 2024年11月8日」).
 * Only after prose: a rule under a title boxes it.
 */
function withRuledNotices(text: string, all: readonly Range[], segments: Segment[]): Segment[] {
  const rules = ruleLines(text, all);
  if (rules.length === 0) return segments;
  const out: Segment[] = [];
  for (const seg of segments) {
    let from = seg.start;
    let heading = seg.heading;
    for (const k of rules) {
      const l = all[k]!;
      if (l.start < (heading ? heading.end : seg.start)) continue;
      if (l.start >= seg.end) break;
      // Only after prose (a 。 since the notice's title): a rule under a title boxes it.
      const prose = text.lastIndexOf('。', l.start);
      if (prose < (heading ? heading.end : from)) continue;
      const under = nextLine(text, all, k);
      if (!under) continue;
      // The title, or a disclosure list's dated head over it (「2025/11/10 16:00 8617 ミナトヤ証券 東証スタンダード」).
      const dated = inSet(DIGITS_SET, firstNonSpace(text, under.start, under.end)) && DATED_HEAD.test(text.slice(under.start, under.end)) ? under : null;
      const t = dated ? nextLine(text, all, rangeIndex(all, dated.start)) : under;
      if (!t || t.start >= seg.end) continue;
      const title = text.slice(t.start, t.end);
      if (title.length > 80 || title.includes('。') || !INCIDENT_WORD.test(title) || !(dated || dateUnder(text, all, rangeIndex(all, t.start)))) continue;
      out.push({ ...seg, start: from, end: l.start, heading });
      from = dated ? dated.start : t.start;
      heading = t;
    }
    out.push(from === seg.start ? seg : { ...seg, start: from, heading });
  }
  return out;
}

/** A list's dated head over a title: the date first, a time, a code and a name after it, no sentence. */
const DATED_HEAD = new RegExp(`^\\s*${DATE_ON_LINE}(?:\\d{1,2}:\\d{2}\\s*)?[^。\\n]{0,50}$`);

/** The indexes of the page's rule lines, in order (a line is read only when a rule's mark starts it). */
function ruleLines(text: string, all: readonly Range[]): number[] {
  const found: number[] = [];
  for (let k = 0; k < all.length; k++) {
    const l = all[k]!;
    // One look at each line's first unit; the pattern only where a rule's mark starts the line.
    if (isRuleLine(text, l)) found.push(k);
  }
  return found;
}

/**
 * An earlier report a later one reprints below itself: its own title line (「当社サーバーへの不正アクセスに
 * 関するお知らせ(第1報)」, maybe its date after it) with prose under it. Not a dated line of a list of notices
 * (2025年6月3日 …(第1報)).
 */
const EARLIER_REPORT_TITLE = /^\s*(?![\d(（【])[^。\n]{4,80}[(（]第1報[)）]\s*(?:\d{4}[年/.]\d{1,2}[月/.]\d{1,2}日?)?\s*$/;
/** A compilation's marker of an earlier release of the same notice: 「【2025年2月14日リリース分】」. */
const RELEASE_MARKER = /^\s*【\d{4}年\d{1,2}月\d{1,2}日リリース分】\s*$/;
/** Lines under a reference mark that may hold the reprint's first prose (its title, date and issuer before it). */
const REFERENCE_PROSE_LINES = 6;
/** A later report's reprint of the first under a reference mark: 「【ご参考】第1報(2024年9月2日掲載)」. */
const REFERENCE_REPORT = /^\s*【(?:ご?参考|再掲)】\s*第1報/;
/** A later report: its title says so, or its text refers to the first (「…(第1報)」にてお知らせ). */
const LATER_REPORT = /第[2-9２-９]報|最終報/;
/** Lines under an earlier report's title that must hold its prose. */
const REPORT_PROSE_LINES = 3;

/** Does one of the REPORT_PROSE_LINES non-empty lines after index k (before `end`) read as prose? */
function proseUnder(text: string, all: readonly Range[], k: number, end: number, lines = REPORT_PROSE_LINES): boolean {
  let seen = 0;
  for (let j = k + 1; j < all.length && all[j]!.start < end && seen < lines; j++) {
    const n = all[j]!;
    if (n.end === n.start) continue;
    seen++;
    if (n.end - n.start >= 30 && text.slice(n.start, n.end).includes('。')) return true;
  }
  return false;
}

/** The words an earlier report's title or marker holds. */
const REPORT_WORDS = ['第1報', 'リリース分'];

/**
 * The indexes of the lines holding one of REPORT_WORDS at text[from, to), in order, each once: found with
 * indexOf rather than by reading every line of every segment.
 */
function reportLineIndexes(text: string, all: readonly Range[], from: number, to: number): number[] {
  const found = new Set<number>();
  for (const word of REPORT_WORDS) {
    for (let at = text.indexOf(word, from); at >= 0 && at < to; at = text.indexOf(word, at + word.length)) found.add(rangeIndex(all, at));
  }
  return [...found].filter((k) => k >= 0).sort((a, b) => a - b);
}

/** Each segment split where it reprints an earlier report below itself: the earlier one is an incident of its own. */
function withEarlierReports(text: string, all: readonly Range[], segments: Segment[]): Segment[] {
  if (!REPORT_WORDS.some((word) => text.includes(word))) return segments;
  const out: Segment[] = [];
  const itemsOnPage = segments.length;
  for (const seg of segments) {
    const from = seg.heading ? seg.heading.end : seg.start;
    let split: Range | null = null;
    for (const k of reportLineIndexes(text, all, from, seg.end)) {
      const l = all[k]!;
      if (l.start < from) continue;
      const line = text.slice(l.start, l.end);
      // 「【2025年2月14日リリース分】」 with the earlier release's text under it (the seeds' markers stand alone).
      const marker = (line.includes('リリース分') && RELEASE_MARKER.test(line)) || REFERENCE_REPORT.test(line);
      if (!marker && (!line.includes('第1報') || !EARLIER_REPORT_TITLE.test(line))) continue;
      const before = text.slice(seg.heading ? seg.heading.start : seg.start, l.start);
      if (!marker && !LATER_REPORT.test(before) && !before.includes('第1報')) continue;
      // The notice's own title repeated over its text (a disclosure's title under its header block): no earlier report.
      if (!marker && seg.heading && withoutSiteName(text.slice(seg.heading.start, seg.heading.end)).trim() === line.trim()) continue;
      // (Under a reference mark, the reprint's own title, date and issuer come first.)
      if (proseUnder(text, all, k, seg.end, REFERENCE_REPORT.test(line) ? REFERENCE_PROSE_LINES : REPORT_PROSE_LINES)) {
        split = l;
        break;
      }
    }
    if (!split) out.push(seg);
    else {
      // The earlier release is the same issuer's: an item's heading names it when the release's text does not.
      const notice = seg.notice !== undefined ? seg.notice : seg.heading && itemsOnPage > 1 ? seg.heading : undefined;
      out.push({ ...seg, end: split.start }, { start: split.start, end: seg.end, heading: split, reprint: true, ...(notice !== undefined ? { notice } : {}) });
    }
  }
  return out;
}

/** The page's segments by its titles (see segmentPage). */
function titledSegments(text: string, blocks: readonly Block[] | undefined, all: readonly Range[]): Segment[] {
  const end = contentEnd(text, all);
  const blockAt = new Map<number, Block>();
  for (const b of blocks ?? []) if (!blockAt.has(b.start)) blockAt.set(b.start, b);
  const families = new Map<string, Candidate[]>();
  all.forEach((l, k) => {
    if (l.start >= end) return;
    const c = candidateAt(text, all, k, blocks, blockAt);
    if (!c) return;
    const list = families.get(c.family) ?? [];
    list.push(c);
    families.set(c.family, list);
  });
  let best: Candidate[] | null = null;
  for (const [family, found] of families) {
    if (family === LEAD_PARAGRAPH_FAMILY) continue;
    // A page's <title> line repeats its notice's title (「【重要】…のお詫び｜ショップ名」 over 「【重要】…のお詫び」):
    // one notice, not two.
    const titles = found.map((c) => withoutSiteName(text.slice(c.line.start, c.line.end)));
    const lastOf = new Map<string, number>();
    titles.forEach((t, i) => lastOf.set(t, i));
    const all = found.filter((_, i) => lastOf.get(titles[i]!) === i);
    // A title counts only with a body under it: lists of headlines (rankings, 関連記事) have none.
    const list = all.filter((c, i) => c.oneLine || c.whole || bodyLength(text, (c.title ?? c.line).end, i + 1 < all.length ? all[i + 1]!.line.start : end) >= MIN_BODY);
    if (list.length >= (MIN_FAMILY[family] ?? 2) && (!best || list.length > best.length)) best = list;
  }
  // Lead paragraphs of different organisations: one story each. (One story's paragraphs name one.)
  // Only on a page with no titled item at all: under a title, several names may lead its paragraphs.
  // (Or on a page that tells it holds several, 「…個人情報流出相次ぐ」, its titles all over the first story, or
  // one story turning to the next: 「一方、…学校法人…は20日、」.)
  const leads = best ? undefined : families.size === 1 ? families.get(LEAD_PARAGRAPH_FAMILY) : roundupLeads(text, families);
  if (leads && leads.length >= 2 && new Set(leads.map((c) => text.slice(c.title!.start, c.title!.end))).size === leads.length) best = leads;
  // A page that tells it holds several stories (「個人情報の流出相次ぐ」), one of its marked heads with an incident
  // word (■看護大、「BCC」でなく「CC」), the others with none (■富嶽園、最大1873件): each head an item.
  best ??= roundupHeads(text, all, families, end);
  if (!best) {
    if (text.slice(0, end).trim() === '') return [];
    return [{ start: 0, end, heading: titleLine(text, all, end, blockAt) }];
  }
  // The page's preamble (a roundup's title and lead: 「今週の3件：SNS乗っ取り、はがき誤送付」) sums up every
  // item, so it belongs to none: its causes and data would all fall to the first.
  // 「【第2報】…について」 over its own 「【第2報】令和6年8月2日」 section: the page's title and its report, one item.
  if (best[0]!.family === REPORT_FAMILY) best = withoutRepeatedLabels(text, best);
  // The cases of one notice (事案1, 事案2) and its reports kept on one page (【第2報】…, 【第1報】…) are
  // the notice's: its title line names their issuer.
  const notice = best[0]!.family === 'case-number' || best[0]!.family === REPORT_FAMILY || best[0]!.family === DISCIPLINE_CASE_FAMILY ? titleLine(text, all, best[0]!.line.start, blockAt) : undefined;
  const issuer = notice === undefined && best.every((c) => REPORT_NUMBER.test(text.slice(c.line.start, c.line.end))) ? titleLine(text, all, best[0]!.line.start, blockAt) : undefined;
  // A compilation's closing section (まとめ, 編集後記) is no part of its last item.
  const last = best[best.length - 1]!;
  const closing =
    best[0]!.family === DISCIPLINE_CASE_FAMILY
      ? caseReasonEnd(text, all, last.line.end, end)
      : closingLine(text, all, (last.title ?? last.line).end, end, NUMBERED_FAMILIES.has(best[0]!.family));
  // Items titled by a mark (◆ …) end at the next head with that mark, an item's or not; such a head with a body under it
  // is an item too, kept only if it tells a breach (「●オオトリ不動産――データ消去されないまま中古PCが流通」 has no incident
  // word in its title; 「◆ JPCERT/CC、…レポートを公開」 is no breach).
  const mark = best[0]!.family.length === 1 && inSet(TITLE_MARKS, best[0]!.family.charCodeAt(0)) ? best[0]!.family.charCodeAt(0) : -1;
  if (mark !== -1) best = withSiblings(text, all, best, mark, closing);
  // A digest's marked items with one-line bullet items among them (「■… / 本文 / ・清風館高等学校、…(19日)」): each bullet is an item
  // of its own, not part of the marked item above it.
  if (mark !== -1) best = withOneLineBullets(best, families.get(BULLET_COMMA_FAMILY), closing);
  // 「2.…SQLインジェクション… / 3.個人情報保護委員会が年次報告を公表 / 4.…転売…」: the missing number between two items is an item's
  // head too (kept only if it tells a breach), so the one above does not run over it.
  if (best[0]!.family === 'dot-number') best = withNumberedGaps(text, all, best);
  // 「■No.2 医療法人社団健和会 しらかば台病院 / タイトル:… / 公表日:…」: an item's numbered head over its title line opens it
  // and names it.
  const heads = best.map((c) => numberedHeadOver(text, all, c.line));
  return best.map((c, i) => ({
    start: (heads[i] ?? c.line).start,
    // A one-line item ends with its line: a digest's closing words are nobody's. An item ends before the next
    // cause group's head (■誤送信・誤送付), which heads the items after it, not this one.
    end: c.oneLine
      ? c.line.end
      : siblingOrGroupHead(text, all, mark, (c.title ?? c.line).end, i + 1 < best.length ? (heads[i + 1] ?? best[i + 1]!.line).start : closing),
    heading: heads[i] ?? c.title ?? c.line,
    ...(notice !== undefined ? { notice } : {}),
    ...(issuer !== undefined ? { issuer } : {}),
    ...(c.sibling ? { breachOnly: true as const } : {}),
    // (A line of fields, 「組織名｜原因｜件数」, is read as a table's row: its count and cause tell the breach.)
    ...(c.whole ? { tableRow: { orgCell: null, byDepartment: false } } : {}),
  }));
}

/** A numbered head whose name, its aside aside, reads as an organisation's: 「No.1 株式会社ミナセ精機(愛知県刈谷市/自動車部品製造)」. */
function isNumberedOrgHead(line: string): boolean {
  const name = NUMBERED_ORG_HEAD.exec(line)?.groups!.name;
  return name !== undefined && readsAsOrg(name.replace(HEAD_ASIDE_END, '').trim());
}
const HEAD_ASIDE_END = /[(（][^()（）]*[)）]\s*$/;
/** `best` with the one-line bullet items between its first head and `end` put in their places. */
function withOneLineBullets(best: Candidate[], bullets: readonly Candidate[] | undefined, end: number): Candidate[] {
  if (!bullets || bullets.length === 0) return best;
  const from = best[0]!.line.start;
  const inside = bullets.filter((b) => b.line.start > from && b.line.start < end && !best.some((c) => c.line.start === b.line.start));
  if (inside.length === 0) return best;
  return [...best, ...inside].sort((a, b) => a.line.start - b.line.start);
}
/** A numbered item's head naming its organisation: 「■No.2 医療法人社団健和会 しらかば台病院」. */
/** A reference list's line: 「2023年2月8日 - 株式会社千歳フーズ(北海道千歳市) - 3,412件 - …」 (the name without its place in brackets). */
export const DATED_DASH_ITEM = /^\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}\/\d{1,2}\/\d{1,2})\s*[-－–—]\s*(?<name>[^\s\-－–—(（][^\-－–—(（]{1,39}?)\s*(?:[(（][^()（）]{1,24}[)）])?\s*[-－–—]\s*\S.{10,}$/;
export const NUMBERED_ORG_HEAD = /^\s*[■◆●▼□◇★☆]?\s*(?:No\.?|NO\.?|№)\s*[0-9]{1,3}[\s:：.．]+(?<name>[^\s。、:：][^。\n]{1,40})$/;

/** The numbered head on the line just over `line` (empty lines aside), or null. */
function numberedHeadOver(text: string, all: readonly Range[], line: Range): Range | null {
  const k = rangeIndex(all, line.start);
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const l = all[j]!;
    if (trimmedLength(text, l.start, l.end) === 0) continue;
    return NUMBERED_ORG_HEAD.test(text.slice(l.start, l.end)) ? l : null;
  }
  return null;
}

/** The lead paragraphs of a page with titles too: only if its titles stand over the first story and it tells of several. */
function roundupLeads(text: string, families: Map<string, Candidate[]>): Candidate[] | undefined {
  const leads = families.get(LEAD_PARAGRAPH_FAMILY);
  if (!leads || leads.length < 2) return undefined;
  const first = leads[0]!.line.start;
  // (A title alone below is no family of items: 「同学園によると、…」 over a source line.)
  for (const [family, found] of families) if (family !== LEAD_PARAGRAPH_FAMILY && found.length > 1 && found.some((c) => c.line.start > first)) return undefined;
  return leads.some((c) => c.linked) || ROUNDUP_CUE.test(text.slice(0, first)) ? leads : undefined;
}

/** A marked title alone in its family, with the heads of its mark as siblings, on a page that tells of several stories. */
function roundupHeads(text: string, all: readonly Range[], families: Map<string, Candidate[]>, end: number): Candidate[] | null {
  for (const [family, found] of families) {
    if (found.length !== 1 || family.length !== 1 || !inSet(TITLE_MARKS, family.charCodeAt(0))) continue;
    const head = found[0]!;
    if (!ROUNDUP_CUE.test(text.slice(0, head.line.start))) continue;
    const items = withSiblings(text, all, found, family.charCodeAt(0), closingLine(text, all, head.line.end, end));
    if (items.length >= 2) return items;
  }
  return null;
}

/** A numbered head: 「3.個人情報保護委員会が…」. */
const NUMBERED_HEAD = /^\s*([0-9]{1,2})[.．]\s*\S[^。\n]{3,80}$/;
/** The number a dot-numbered head starts with, or -1. */
function headNumber(text: string, l: Range): number {
  const m = NUMBERED_HEAD.exec(text.slice(l.start, l.end));
  return m ? Number(m[1]) : -1;
}
/** `best` (dot-numbered items) with the heads whose numbers are missing between two of them, as siblings. */
function withNumberedGaps(text: string, all: readonly Range[], best: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < best.length; i++) {
    out.push(best[i]!);
    const next = best[i + 1];
    if (!next) break;
    const a = headNumber(text, best[i]!.line);
    const b = headNumber(text, next.line);
    if (a < 0 || b !== a + 2) continue;
    for (let k = rangeIndex(all, best[i]!.line.start) + 1; k < all.length && all[k]!.start < next.line.start; k++) {
      if (headNumber(text, all[k]!) === a + 1) {
        out.push({ line: all[k]!, family: best[i]!.family, sibling: true });
        break;
      }
    }
  }
  return out;
}

/** `best` with the heads led by its mark that are no item yet (not a section's or a cause group's), each with a body under it. */
function withSiblings(text: string, all: readonly Range[], best: Candidate[], mark: number, closing: number): Candidate[] {
  const taken = new Set(best.map((c) => c.line.start));
  const out = [...best];
  for (let k = rangeIndexFrom(all, best[0]!.line.start); k < all.length && all[k]!.start < closing; k++) {
    const l = all[k]!;
    if (taken.has(l.start) || !isMarkedHead(text, l, mark) || isGroupHead(text.slice(l.start, l.end))) continue;
    const next = out.find((c) => c.line.start > l.start)?.line.start ?? closing;
    if (bodyLength(text, l.end, next) < MIN_BODY) continue;
    out.push({ line: l, family: best[0]!.family, sibling: true });
  }
  return out.length === best.length ? best : out.sort((a, b) => a.line.start - b.line.start);
}

// Publication date of each incident: the date in its headline (【…】… 2024/8/9), else the date of the
// lead sentence (「新潟市は9日、」「熊本県は3月19日、」) completed from context — a month-day with the
// same day inside the item (8月9日付), then the neighbouring headlines' dates or the page's dateline.
import { dayOnOrAfter, findDates, inferPublished, isValidDate, toIso, ZONE_ASIDE, type DateMention } from './dates';
import { endsSentence, isTrimmedSpace, lineAbove, rangeIndex, rangeIndexFrom, within, type Range } from '../text/lines';
import { CATEGORY_LABEL, isDateMetaLine, isNumberedEntryTitle, itemCount, SOURCE_LINE, TIME_LED_LINE, type Segment } from '../segment/segment';

/** The lead sentence's announcement date: 「…は9日、」「…は3月28日、」「…は2024年5月23日に発表」. */
// 「…は2024年5月23日に発表した」: with に, the day is the announcement's only when an announcing verb
// follows (not 「当該書類は7月29日に回収に出された」, a day in the story).
// 「同社が6月11日に明らかにしたところによると」「株式会社Xが9月27日、…と公表した」: after が, only with an
// announcing verb after it.
// The subject is the organisation: 「当該元職員は、令和6年11月12日、…逮捕されております」 is a day in the story.
/** Subjects that are people, never the announcing organisation (当該元職員は、…日、…逮捕). */
const NOT_A_PERSON = '(?<!職員|社員|従業員|容疑者|被告|男性|女性|教諭|教員|医師|看護師|主任|係長|課長|部長|学生|生徒|児童|者)';
/** A day with its optional zone, year and month: 現地時間10月2日, 令和7年1月20日, 2024年5月23日, 17日(現地時間). */
const ANNOUNCED_DAY =
  `(?:現地時間|日本時間|米国時間)?(?:(?:\\d{4}|(?:令和|平成)\\s*(?:\\d{1,2}|元))\\s*年\\s*)?(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日${ZONE_ASIDE}?`;
const ANNOUNCED = new RegExp(
  [
    `${NOT_A_PERSON}が、?${ANNOUNCED_DAY}、(?=[^。\\n]{0,80}?(?:公表|発表|明らかに))`,
    '[がは]、?(?:1[0-2]|0?[1-9])\\/(?:3[01]|[12]\\d|0?[1-9])(?:付|に)(?=[^。\\n]{0,30}?(?:発表|公表|公開|明らかに))',
    '[：:]\\s*(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日(?:に)?(?=公表|発表)',
    `${NOT_A_PERSON}は、?${ANNOUNCED_DAY}(?:付)?、`,
    // Not a day of another act in a chain (「同大は8月6日に同サイトを停止し、個人情報保護委員会へ報告した」):
    // the verb in the same clause, and 報告 only when it is not a report to someone (へ報告, に報告).
    // (Nor an earlier report the notice refers back to: 「当社は、2024年12月2日にお知らせいたしました「…」に関し」.)
    `${NOT_A_PERSON}[はが]、?${ANNOUNCED_DAY}(?:付)?に(?=、?[^。\\n、]{0,30}?(?:発表|公表|公開|明らかに|(?<![へに])報告|お知らせ|会見を開))(?![^。\\n、]{0,30}?(?:お知らせ|公表|発表|公開|ご報告)(?:いた)?(?:しました|した)(?:「|とおり|通り|件|内容|事案))`,
    // 「…報告した。8月20日に発表を行い、」「11月27日に同会ウェブサイトで事実を公表した」: a sentence opening with the
    // day it was announced (not a later
    // report's reference back: 「2025年7月30日に公表いたしました、…につきまして」).
    `(?<=^|[。\\n])${ANNOUNCED_DAY}に(?=[^。、\\n]{0,20}?(?:発表|公表)(?:を行|した[。、]|したもの|し、))`,
    // 「6月10日の公表時点で、二次被害は確認されていない」「9日の発表によると」: the day of the announcement named as such.
    `(?<![\\d年月])${ANNOUNCED_DAY}の(?:公表|発表)(?:時点|段階|によると|によれば|では)`,
    // 「2025年11月26日、株式会社カネマツ物流は…(第2報)を公表しました」: a sentence opening with the day, its subject then announcing.
    // (Its subject with が too: 「2025年9月2日、…を展開する株式会社良知経営が、…被害を公表しました」「…が衝撃的な発表を行いました」.)
    `(?<=^|[。\\n])[ \\u3000]*${ANNOUNCED_DAY}、(?=[^。\\n、]{2,40}?[はが][^。\\n]{0,80}?(?:公表|発表)(?:しま|した|いた|を行))`,
    // 「(ホームページ上の公表は11月19日)」: the day named as the announcement's.
    `(?:公表|発表)(?:日)?[はが]、?${ANNOUNCED_DAY}(?=[)）、。]|$)`,
    // 「2025年4月18日付で弊社ウェブサイトに掲載いたしました「…お詫びとお知らせ」」: the day the notice was put up.
    `${ANNOUNCED_DAY}付で[^。\\n]{0,20}?(?:掲載|公表|発表)`,
    // 「…確認されていない【2025/09/19公表】」「2025/09/19:対外公表」: a full date in slashes labelled as the announcement's.
    '(?<=【)\\d{4}\\/(?:1[0-2]|0?[1-9])\\/(?:3[01]|[12]\\d|0?[1-9])(?=(?:に)?(?:公表|発表)】)',
    '(?<=^|\\n)[ \\u3000]*\\d{4}\\/(?:1[0-2]|0?[1-9])\\/(?:3[01]|[12]\\d|0?[1-9])(?=[ \\u3000]*[:：][ \\u3000]*(?:対外)?(?:公表|発表)[ \\u3000]*(?:\\n|$))',
    // 「…閲覧された可能性(17日発表)」: a digest's summary closing with the day it was announced.
    `(?<=[(（])(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日(?=(?:に)?(?:発表|公表)[)）])`,
    // 「◇丸菱工業(大阪市)=18日、…」: a newspaper brief's day after its subject and the equals sign.
    `(?<=^[ \\u3000]*[◇◆■●□・][^=＝\\n]{2,50}[=＝][ \\u3000]*)${ANNOUNCED_DAY}、`,
    // 「…流出した可能性があると4日に公表した」: a lead closing with the day its subject announced it.
    `(?<=[^\\d年月]と、?)(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日に(?=(?:公表|発表)(?:した|しました)[。、])`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|'),
  'g',
);
/** A line opening with a bracket: a byline (「(2018/04/13 ネットセキュリティニュース)」). */
const BRACKET_OPEN = /^\s*[(（]/u;
/** How many days after a neighbour item's date an item's inferred date may fall. */
const NEIGHBOUR_SLACK_DAYS = 7;
/** How many lines at the top and at the bottom of a page may hold its dateline. */
const DATELINE_EDGE = 60;
/** How far into an item the lead sentence may be. */
const LEAD_WINDOW = 800;
/** How long after what happened its notice may come, for a lead's day completed from the story's full date: within a year. */
const EVENT_TO_NOTICE_DAYS = 366;
/** A lead taken for a title: a line of prose, a sentence's end in it. */
function isLeadHeading(text: string, heading: Range): boolean {
  return heading.end - heading.start >= LEAD_AS_TITLE_MIN && text.slice(heading.start, heading.end).includes('。');
}

/** Lines at the top of a notice that may hold its date: a title, a site name, a few menu items, the date. */
const TOP_LINES = 12;
/** Non-empty lines under a notice's title that may hold its date (date, issuer, department). */
const UNDER_TITLE_LINES = 4;
/** A dateline's label that names the notice's own date (not the page's update). */
const PRESS_DATE_LABEL = /発表日|公表日|掲載日|公開日|報道発表/;
/** The label alone on its line, its date on the next. */
const PRESS_DATE_LABEL_ALONE = /^\s*(?:発表日|公表日|掲載日|公開日)\s*[:：]?\s*$/;
/** The lines at the head of a quoted notice that may hold its date. */
const QUOTE_HEAD_LINES = 3;
/** The last lines of a notice that may hold its date (the sign-off block). */
const SIGN_OFF_LINES = 4;
/** A row's leading month and day, maybe after its number: 「11/01」「3/5」「1 ⇥ 4月18日」 (not a full date's 2024/11/01). */
const ROW_MONTH_DAY = /^\s*(?:\d{1,3}\s*[\t|]\s*)?(1[0-2]|0?[1-9])(?:\/|月)(3[01]|[12]\d|0?[1-9])日?(?![\d/])/;
/** How many days past its page's date a row's day may fall (a week's list dated on its first day). */
const ROW_SLACK_DAYS = 7;
/** The day a line of fields ends with as its announcement's: 「/8月2日公表」. */
const ANNOUNCED_DAY_END = /(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日(?:公表|発表)\s*$/;
/** A month and day in brackets: 「(6/12)」. */
const BRACKETED_SLASH_DAY = /[(（](1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])[)）]/;
/** Lines under a blog's numbered entry title where the release it quotes shows its date. */
const QUOTED_RELEASE_LINES = 3;
/** Non-empty lines over a notice's title that may hold its date. */
const OVER_TITLE_LINES = 2;
/** A year in an item's number or a page title: 【セキュリティ事件簿#2024-354】, 2024年12月第1週 (not a fiscal year, 2023年度). */
const TITLE_YEAR = /#\s?((?:19|20)\d{2})-\d+|((?:19|20)\d{2})\s*年(?!度)/;

/** The last day of the year a title names, as a reference for completing a month-day; else null. */
function yearEnd(title: string): string | null {
  // (A lead taken for a title, 「北浜健保は9月19日、…2017年に承継した…について発表した。」, names years of other events.)
  if (endsSentence(title)) return null;
  const m = TITLE_YEAR.exec(title);
  const year = m?.[1] ?? m?.[2];
  return year ? `${year}-12-31` : null;
}

function firstFullDate(text: string, r: Range): string | null {
  return findDates(text, r.start, r.end, { fullOnly: true })[0]?.iso ?? null;
}

function lastFullDate(text: string, r: Range): string | null {
  const full = findDates(text, r.start, r.end, { fullOnly: true });
  return full.length > 0 ? full[full.length - 1]!.iso : null;
}

/** Short lines that are mostly a date: 「2024.04.18(木)」「(2018/04/13 ネットセキュリティニュース)」. */
/**
 * A date line's words for when something happened, not when it was told: its label (判明日時, 発生日), an hour told roughly (頃),
 * or a timeline's circle (「3 事案の経緯 / 〇令和6年5月20日(月曜日) / … / 〇令和6年5月22日(水曜日)」).
 */
const EVENT_DATE = /判明|発生|発覚|確認(?:日|し)|紛失|盗難|発見|経過|経緯|[0-9]\s*時\s*(?:[0-9]+\s*分)?\s*(?:頃|ごろ)|^\s*[〇○◯]\s*(?:\d{4}|令和|平成)/;
/** A short label line over a date: 「1 判明日時」「3 事案の概要」「(2)発生日」. */
const EVENT_LABEL_LINE = /^\s*(?:[0-9０-９]{1,2}[.．)）]?|[(（][0-9０-９]{1,2}[)）]|[①-⑳■●・])?\s*(?:[^\s]{0,6})?(?:判明|発生|発覚|確認|紛失|盗難|発見|事案の概要|概要|経過|経緯)(?:日時|日|時期|の概要|状況)?\s*[:：]?\s*$/;

/** How many empty lines may stand between a label and its line (a page of empty lines is not walked to its top). */
const LABEL_BLANK_LINES = 8;
/**
 * Is the nearest non-empty line over `line` (found in the text, so a list of a notice's chosen lines serves as well as the page's)
 * a short label matching `label`: an event's (「1 判明日時」) over its date, a timeline's head (「1経緯」) over its first entry?
 */
function labelOver(text: string, line: Range, label: RegExp): boolean {
  let above = lineAbove(text, line.start);
  for (let blank = 0; above && text.slice(above.start, above.end).trim() === ''; blank++) {
    if (blank === LABEL_BLANK_LINES) return false;
    above = lineAbove(text, above.start);
  }
  if (!above) return false;
  const s = text.slice(above.start, above.end);
  return s.length <= 20 && label.test(s);
}

/** A year on a line: four digits or an era. */
const YEAR_ON_LINE = /\d{4}|令和|平成/;
function datelines(text: string, all: readonly Range[]): string[] {
  const out: string[] = [];
  // A dateline stands in a page's first or last lines (header date, byline).
  const edges = all.length <= 2 * DATELINE_EDGE ? all : [...all.slice(0, DATELINE_EDGE), ...all.slice(-DATELINE_EDGE)];
  for (const l of edges) {
    if (l.end === l.start) continue;
    // A news page's meta line (「2024年11月15日 06:00 | 地域 | 有料会員限定 ※…」): its leading date, whatever follows.
    if (l.end - l.start > 24 && l.end - l.start <= 72) {
      const meta = text.slice(l.start, l.end);
      const d = isDateMetaLine(meta) && TIMED_OR_BARRED.test(meta) ? firstFullDate(text, l) : null;
      if (d) {
        out.push(d);
        continue;
      }
    }
    if (l.end - l.start > 50) continue;
    const s = text.slice(l.start, l.end);
    // 「掲載日: 2 July 2025 | カテゴリ: セキュリティ / Security」: a publication label's date, whatever the line goes on with.
    if (PUBLICATION_LABEL_LINE.test(s)) {
      const labelled = findDates(text, l.start, l.end, { fullOnly: true })[0];
      if (labelled && labelled.start - l.start <= LABEL_TO_DATE) {
        out.push(labelled.iso!);
        continue;
      }
    }
    // A line with no year is no dateline (tested first: most of a page's edge lines have none, and the label over them is not read).
    if (!YEAR_ON_LINE.test(s)) continue;
    // When something happened (「確認日時:2024年10月21日」, 「1 判明日時 / 令和4年11月20日(日曜日) 午前11時30分頃」) is no dateline.
    if (EVENT_DATE.test(s) || labelOver(text, l, EVENT_LABEL_LINE)) continue;
    // A period (漏えい期間:2023年6月12日〜2024年10月9日, 令和6年6月10日から令和6年7月1日まで) is no dateline.
    if (/。|期間|(?:[〜～~]|から)\s*(?:\d{4}|令和|平成|\d{1,2}月)/.test(s)) continue;
    // A byline in brackets (「(Security NEXT - 2024/06/07 ) このエントリーをはてなブックマークに追加」): only
    // the bracket is the dateline; share buttons may follow it on the same line.
    const close = BRACKET_OPEN.test(s) ? s.search(/[)）]/u) : -1;
    const core = close > 0 ? s.slice(0, close + 1) : s;
    const d = findDates(text, l.start, l.start + core.length, { fullOnly: true })[0];
    if (d && core.replace(d.text, '').trim().length <= 30) out.push(d.iso!);
  }
  return out;
}


const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** A digest's day head over its items: 「■6月16日(月)」「◆2025年6月17日」. */
const DAY_MARK_LINE = /^\s*[■◆●▼□◇]\s*(?:((?:19|20)\d{2})\s*年\s*)?(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*日/;
/** How many lines above an item its day head may stand (the items of that day and their links between). */
const DAY_MARK_REACH = 12;

/** The day of the digest's head over the item titled at `heading`, or null. */
function dayMarkOver(text: string, all: readonly Range[], heading: Range): { year: number | null; month: number; day: number } | null {
  const k = rangeIndex(all, heading.start);
  for (let j = k - 1; j >= 0 && j >= k - DAY_MARK_REACH; j--) {
    const m = DAY_MARK_LINE.exec(text.slice(all[j]!.start, all[j]!.end));
    if (m) return { year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
  }
  return null;
}

/** 「9月9日」: a month and its day. */
const MONTH_DAY = /(?<![0-9])(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12][0-9]|0?[1-9])\s*日/g;

/** The latest month of the days text[from, to) names on or before `day` of a month (9月9日 for 12日), or null. */
function monthOfEarlierDay(text: string, from: number, to: number, day: number): number | null {
  let best: number | null = null;
  const slice = text.slice(from, to);
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(slice); m; m = MONTH_DAY.exec(slice)) {
    const month = Number(m[1]);
    if (Number(m[2]) <= day && (best === null || month > best)) best = month;
  }
  return best;
}

/**
 * The month of the first 「M月D日」 in text[from, to) whose day is `day` (8月9日付 completes 「…は9日、」),
 * or null: what /(?<![0-9])([0-9]{1,2})\s*月\s*D\s*日/ would find in that slice. By hand from each 月,
 * because that pattern starts with a look-behind (tried at every position) and had to be compiled
 * per day: ~2 % of the engine's time.
 */
export function monthOfSameDay(text: string, from: number, to: number, day: number): number | null {
  const dayDigits = String(day);
  for (let at = text.indexOf('月', from); at >= 0 && at < to; at = text.indexOf('月', at + 1)) {
    // Before 月: spaces, then a run of one or two digits with no digit before it (inside the slice).
    let i = at;
    while (i > from && isTrimmedSpace(text.charCodeAt(i - 1))) i--;
    let j = i;
    while (j > from && isDigit(text.charCodeAt(j - 1))) j--;
    if (i - j < 1 || i - j > 2) continue;
    // After 月: spaces, the day's digits, spaces, 日 (all inside the slice).
    let k = at + 1;
    while (k < to && isTrimmedSpace(text.charCodeAt(k))) k++;
    if (k + dayDigits.length > to || !text.startsWith(dayDigits, k)) continue;
    k += dayDigits.length;
    while (k < to && isTrimmedSpace(text.charCodeAt(k))) k++;
    if (k < to && text.charCodeAt(k) === 0x65e5 /* 日 */) return Number(text.slice(j, i));
  }
  return null;
}

/** A listed item's title led by its day: 「① 2月21日 「那珂県移住・定住ポータル」への不正アクセスについて」. */
const LEADING_DAY = /^\s*(?:[①-⑳・•◦]|[(（]?[0-9０-９]{1,2}[)）.．]|No\.?\s*\d{1,3})?\s*\d{1,2}月\d{1,2}日/;

/** The month and day leading a listed item's title (its year comes from the page, as a lead's does). */
function leadingHeadingDay(text: string, seg: Segment): DateMention | null {
  if (!seg.heading) return null;
  const heading = text.slice(seg.heading.start, seg.heading.end);
  const m = LEADING_DAY.exec(heading);
  if (m) return findDates(text, seg.heading.start, seg.heading.start + m[0].length).at(-1) ?? null;
  // 「・11/5 西ヶ丘市教育委員会:…」: a digest's bullet led by its month and day written with a slash.
  const slash = LEADING_SLASH_DAY.exec(heading);
  if (slash) {
    const at = seg.heading.start + slash.index + slash[0].length - slash[1]!.length;
    return partialDate(text, at, slash[1]!.length, Number(slash[2]), Number(slash[3]));
  }
  // Or the day it announced, in brackets after its name: 「●株式会社コトブキ楽器(9月19日公表)」.
  const announced = ANNOUNCED_IN_BRACKETS.exec(heading);
  return announced ? (findDates(text, seg.heading.start + announced.index, seg.heading.start + announced.index + announced[0].length)[0] ?? null) : null;
}
/** How many lines above a time-led line its day's date line may stand. */
const DATE_LINE_ABOVE_REACH = 40;
/** The date of the nearest line above `line` that is a date alone (「2026年2月10日(火)」), or null. */
function dateLineAbove(text: string, all: readonly Range[], line: Range): string | null {
  const k = rangeIndex(all, line.start);
  for (let j = k - 1; j >= 0 && j >= k - DATE_LINE_ABOVE_REACH; j--) {
    const date = bareDate(text, all[j]);
    if (date) return date;
  }
  return null;
}
/** How far from its line's start a publication label's date may begin: the label, a colon, spaces. */
const LABEL_TO_DATE = 8;
/** A meta line's date followed by a time or a bar (「2024年11月15日 06:00 | 地域」), not a news list's title after its date. */
const TIMED_OR_BARRED = /^\s*(?:[^\s|｜。、]{1,8}\s*[|｜]\s*)?[^\s|｜]{6,14}?(?:[(（][^()（）]{1,3}[)）])?\s*(?:(?:[01]?\d|2[0-3]):[0-5]\d|[|｜])/;
/** A portal's dateline: month/day, weekday, time, 配信 (「6/13(金) 11:42配信」). */
const PORTAL_DATELINE = /^\s*(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])\s*[(（]([月火水木金土日])[)）]\s*(?:[01]?\d|2[0-3]):[0-5]\d\s*配信/;
const COPYRIGHT_YEAR = /(?:Copyright|©|\(C\))[^\n]{0,12}?((?:19|20)\d{2})(?![\d-])/i;
const WEEKDAYS = '日月火水木金土';
/** How many lines a portal's dateline may stand from the page's top, and how many years back its weekday is matched. */
const PORTAL_DATELINE_LINES = 80;
const WEEKDAY_YEARS = 7;
/**
 * The ISO date of a portal's dateline with no year, the year being the latest up to the page's copyright year whose month
 * and day fall on its weekday; null without such a dateline or a copyright year.
 * (Written here: a dateline's year is this page's convention, no date library infers it.)
 */
function portalDateline(text: string, all: readonly Range[]): string | null {
  for (const l of all.slice(0, PORTAL_DATELINE_LINES)) {
    if (l.end - l.start > 40) continue;
    const m = PORTAL_DATELINE.exec(text.slice(l.start, l.end));
    if (!m) continue;
    const month = Number(m[1]);
    const day = Number(m[2]);
    const weekday = WEEKDAYS.indexOf(m[3]!);
    const tail = all.length > 0 ? text.slice(all[Math.max(0, all.length - 30)]!.start) : '';
    const copyright = COPYRIGHT_YEAR.exec(tail)?.[1];
    if (!copyright) return null; // (a weekday alone repeats every few years: no year is guessed)
    const last = Number(copyright);
    for (let year = last; year > last - WEEKDAY_YEARS; year--) {
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() === month - 1 && date.getUTCDay() === weekday) return toIso(year, month, day);
    }
    return null;
  }
  return null;
}

/** The day leading an item's paragraph that names its subject after it: 「3月5日、名古屋市に本社を置く株式会社…は、」. */
function dayLeadingParagraph(text: string, seg: Segment): DateMention | null {
  const m = DAY_LED_START.exec(text.slice(seg.start, Math.min(seg.end, seg.start + 16)));
  return m ? (findDates(text, seg.start, seg.start + m[0].length).at(-1) ?? null) : null;
}
const DAY_LED_START = /^\s*\d{1,2}月\d{1,2}日(?=(?:[(（][月火水木金土日][)）])?、)/;
/** A bullet's or marked item's leading month and day with a slash: 「・11/5 …」「◆(1)【11/20】…」 (not a full date's 2024/11/5). */
const LEADING_SLASH_DAY = /^\s*(?:[・•◦■◆●▼□◇★☆]\s*)?(?:[(（]?\d{1,2}[)）.．]\s*)?[【[［]?\s*((1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9]))(?![\d/])/;
/** The full date on an item's closing source line (its last lines), when nothing else dates it. */
function sourceDate(text: string, seg: Segment, all: readonly Range[]): string | null {
  const lines = within(all, seg.start, seg.end).filter((l) => l.end > l.start).slice(-2);
  // (In brackets or not: 「(出典:株式会社ミナトヤ書店「…のお知らせ」2024年2月13日)」.)
  for (const l of lines) if (SOURCE_LINE.test(text.slice(l.start, Math.min(l.end, l.start + 12)).replace(BRACKET_OPEN, ''))) return lastFullDate(text, l);
  return null;
}

/** A heading's bracketed day of announcement: 「(9月19日公表)」「（10月2日発表）」. */
const ANNOUNCED_IN_BRACKETS = /[(（]\d{1,2}月\d{1,2}日(?:公表|発表)?[)）]/;

/** A month and day (or a day) the date forms do not read, as a mention at `at` of `length` units. */
function partialDate(text: string, at: number, length: number, month: number | null, day: number): DateMention {
  return { text: text.slice(at, at + length), start: at, end: at + length, iso: null, year: null, month, day };
}

function leadDate(text: string, seg: Segment): DateMention | null {
  // A one-line item (「1. 組織名：2月4日公表。…」) has no body under its heading: the line is read.
  let from = seg.heading && seg.heading.end < seg.end ? seg.heading.end : seg.start;
  let window = text.slice(from, Math.min(seg.end, from + LEAD_WINDOW));
  ANNOUNCED.lastIndex = 0;
  let m = ANNOUNCED.exec(window);
  // A story with no title, its lead taken for one (「下関市の北浜大は19日、職員が…」): the lead's own day.
  if (!m && seg.heading && seg.heading.end < seg.end && seg.heading.end - seg.heading.start >= LEAD_AS_TITLE_MIN) {
    from = seg.heading.start;
    window = text.slice(from, seg.heading.end);
    ANNOUNCED.lastIndex = 0;
    m = ANNOUNCED.exec(window);
  }
  if (!m) return null;
  // A full date in slashes (【2025/09/19公表】): the date forms read it.
  const full = FULL_SLASH_DATE.test(m[0]) ? findDates(text, from + m.index, from + m.index + m[0].length)[0] : undefined;
  if (full) return full;
  const slash = SLASH_MONTH_DAY.exec(m[0]);
  if (slash) {
    // 「…が、1/20付で…公表」: a month and day written with a slash, as posts and short news write them.
    const at = from + m.index + slash.index;
    return partialDate(text, at, slash[0].length, Number(slash[1]), Number(slash[2]));
  }
  // From the match's start: the sentence-opening form starts with its day (the others with は, が or ：).
  const dates = findDates(text, from + m.index, from + m.index + m[0].length);
  if (dates[0]) return dates[0];
  // A day the date forms do not read alone (「…と4日に公表した」): its month and day from the match itself.
  // (Or one the forms do not read with its zone after it: 「は17日(現地時間)、」.)
  const day = m[0].endsWith('日に') || ZONE_AFTER_DAY.test(m[0]) ? MATCHED_DAY.exec(m[0]) : null;
  if (!day) return null;
  const at = from + m.index + day.index;
  return partialDate(text, at, day[0].length, day[1] ? Number(day[1]) : null, Number(day[2]));
}
/** A byline: a date and a site's name in brackets, alone on its line (「(2005/12/07 ネットセキュリティニュース)」). */
const BYLINE_LINE = /^\s*[(（]\s*\d{4}[/.-]\d{1,2}[/.-]\d{1,2}[^()（）\n]{0,30}[)）]\s*$/;
/** The shortest title line read as a lead when the body under it names no day: a sentence's length, longer than most titles' start. */
const LEAD_AS_TITLE_MIN = 30;
/** A time zone in brackets after a day: 「17日(現地時間)」. */
const ZONE_AFTER_DAY = new RegExp(`日${ZONE_ASIDE}`);
/** A month and day, or a day, in a matched announcement: 「4日に」「3月4日に」. */
const MATCHED_DAY = /(?:(1[0-2]|0?[1-9])\s*月\s*)?(3[01]|[12]\d|0?[1-9])\s*日/;
/** A full date in slashes at a match's start (spaces aside): 2025/09/19. */
const FULL_SLASH_DATE = /^[ \u3000]*\d{4}\//;
/** The month/day of ANNOUNCED's slash form. */
const SLASH_MONTH_DAY = /(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])/;

/** An item's own labelled date just under its heading: 「第1位 … / 公表日：2024年11月8日」. */
function labelledDate(text: string, seg: Segment, all: readonly Range[]): string | null {
  if (!seg.heading) return null;
  const under = linesAfter(all, seg.heading.end, seg.end, UNDER_TITLE_LINES + 1);
  // 「公表日:令和7年8月1日」, or the label alone over its date (「公表日 / 令和7年8月1日」, a definition list's lines).
  const dated = under.slice(0, UNDER_TITLE_LINES).flatMap((l, i) => {
    const s = text.slice(l.start, l.end);
    if (!PRESS_DATE_LABEL.test(s)) return [];
    return PRESS_DATE_LABEL_ALONE.test(s) && under[i + 1] ? [under[i + 1]!] : [l];
  });
  // (Or a bulleted field further down an item's fields: 「・公表 令和6年4月24日 報道提供済み」.)
  return datelines(text, dated)[0] ?? datelines(text, under.length > 0 ? linesAfter(all, seg.heading.end, seg.end, FIELD_LINES).filter((l) => PUBLISHED_FIELD.test(text.slice(l.start, Math.min(l.end, l.start + 8)))) : [])[0] ?? null;
}
/** The date an announcement's label (公表日, 発表日) gives in the first lines under a title, alone over it or before it. */
function announcementField(text: string, heading: Range, end: number, all: readonly Range[]): string | null {
  const under = linesAfter(all, heading.end, end, FIELD_LINES + 1);
  for (let k = 0; k < FIELD_LINES && k < under.length; k++) {
    const s = text.slice(under[k]!.start, under[k]!.end);
    if (!ANNOUNCEMENT_LABEL.test(s)) continue;
    const line = PRESS_DATE_LABEL_ALONE.test(s) ? under[k + 1] : under[k];
    return line ? (datelines(text, [line])[0] ?? null) : null;
  }
  return null;
}
/** A line led by the label of the announcement's date: 公表日, 発表日 (a colon or the date after it, or nothing). */
const ANNOUNCEMENT_LABEL = /^\s*(?:公表日|発表日)\s*(?:[:：]|$|[0-9０-９令平])/;
/** How many lines of an item's fields are read for its publication field. */
const FIELD_LINES = 10;
/** An item's publication field: 「・公表 令和6年4月24日」「・公表日:…」. */
const PUBLISHED_FIELD = /^\s*[・•]\s*(?:公表|発表)(?:日)?[\s\u3000:：]/;

/** The first `count` non-empty lines starting at or after `from` and before `until`. */
function linesAfter(all: readonly Range[], from: number, until: number, count: number): Range[] {
  const out: Range[] = [];
  for (let k = rangeIndexFrom(all, from); k < all.length && out.length < count; k++) {
    const l = all[k]!;
    if (l.start >= until) break;
    if (l.start >= from && l.end > l.start) out.push(l);
  }
  return out;
}

/** The first lines of the first quoted block (lines starting with >) of a segment. */
function quoteHead(text: string, seg: Segment, all: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (let k = rangeIndexFrom(all, seg.start); k < all.length; k++) {
    const l = all[k]!;
    if (l.end > seg.end) break;
    if (l.start < seg.start) continue;
    const c = text.charCodeAt(l.start);
    if (c === 0x3e /* > */ || c === 0xff1e /* ＞ */) out.push(l);
    else if (out.length > 0) break;
    if (out.length === QUOTE_HEAD_LINES) break;
  }
  return out;
}

/**
 * The first dateline of `candidates`, one not of the page's update preferred: 「更新日：2024年11月21日 /
 * 令和6年11月20日」 is dated the 20th.
 */
function ownDateline(text: string, candidates: readonly Range[]): string | null {
  return notUpdateDateline(text, candidates) ?? datelines(text, candidates)[0] ?? null;
}

/** The first dateline of `candidates` that is not the page's update date (更新日), or null. */
function notUpdateDateline(text: string, candidates: readonly Range[]): string | null {
  return datelines(text, candidates.filter((l) => !text.slice(l.start, l.end).includes('更新')))[0] ?? null;
}

/**
 * The date of a notice of its own: a dateline in its first lines, else just under or over its title,
 * else in its sign-off.
 */
function noticeDate(text: string, seg: Segment, all: readonly Range[], nextTitle?: Range): string | null {
  // A blog quoting the notice (「> 2025年7月1日 / > 北浜みどり信用組合」): the quote's own date is the notice's.
  const quoted = quoteHead(text, seg, all);
  if (quoted.length > 0) {
    const date = datelines(text, quoted)[0];
    if (date) return date;
  }
  // A blog's numbered entry over the release it quotes (「【セキュリティ事件簿#2026-034】… / 2026年1月16日 / …」): the release's
  // date under the title, not the post's over it.
  if (seg.heading && isNumberedEntryTitle(text.slice(seg.heading.start, seg.heading.end).trim())) {
    for (const l of linesAfter(all, seg.heading.end, seg.end, QUOTED_RELEASE_LINES)) {
      const date = bareDate(text, l);
      if (date) return date;
    }
  }
  // (Not a timeline's first date under its head: 「1経緯 / 令和3年(2021年)4月13日(火曜日)」 dates an event.)
  // (Nor a date labelled as the event's on its line: 「発生時期 2022/6/13」.)
  const top = all.filter((l) => l.start >= seg.start && l.start < seg.start + 400).slice(0, TOP_LINES).filter((l) => !labelOver(text, l, TIMELINE_HEAD_LINE) && !EVENT_DATE_LINE.test(text.slice(l.start, l.end)));
  // 「掲載日:2025年4月11日 / … / 記者発表資料 / 令和7年4月10日」: the date a press release gives under its label, over the day the
  // page was put up.
  const pressLabel = top.findIndex((l) => PRESS_RELEASE_LABEL.test(text.slice(l.start, l.end)));
  const pressDate = pressLabel >= 0 ? bareDate(text, top[pressLabel + 1]) : null;
  if (pressDate) return pressDate;
  // (A top date that is only the page's update, 「更新日:2024年7月22日」, gives way to the notice's own date near its
  // title, 「… / 更新日:… / ページID / 令和6年7月19日」.)
  const topOwn = notUpdateDateline(text, top);
  const topUpdate = topOwn === null ? (datelines(text, top)[0] ?? null) : null;
  if (topOwn || !seg.heading) return topOwn ?? topUpdate;
  // Dated over its issuer after the apology (「令和6年6月5日 / 北浜市東区長 川端 宏明」): before a page's update date
  // near the title (「更新日 2024年6月12日」, a later addition's).
  const nearTitle = nearTitleLines(text, seg.heading, all);
  const near = titleDate(text, nearTitle, false) ?? issuerDate(text, within(all, seg.start, seg.end)) ?? topUpdate ?? titleDate(text, nearTitle);
  if (near) return near;
  // Signed at the end: 「NPO法人… / 理事長 … / 2025年2月28日」. Not the date over the next report's title
  // (「2025/3/19 / 【第1報】…」), the segment's last line when that title follows it.
  // (From the segment's end: only its last few filled lines are read, however long it is.)
  const segLines = within(all, seg.start, seg.end);
  const signOff: Range[] = [];
  for (let k = segLines.length - 1; k >= 0 && signOff.length < SIGN_OFF_LINES; k--) {
    const l = segLines[k]!;
    if (l.end > l.start && !EVENT_DATE_LINE.test(text.slice(l.start, l.end))) signOff.unshift(l);
  }
  const last = signOff[signOff.length - 1];
  if (nextTitle !== undefined && last && linesOver(all, nextTitle, OVER_TITLE_LINES).some((l) => l.start === last.start)) signOff.pop();
  // A page template's label under the notice, past its furniture: 「掲載日:令和7年3月4日 / ページ番号:…」.
  return datelines(text, signOff)[0] ?? labelledDateBelow(text, all, seg.end) ?? announcedOn(text, seg);
}

/**
 * A full date the story says the notice came out on, where nothing else dates it: 「…2023年10月17日に公表しました」,
 * 「2025年8月8日、…駿河屋株式会社より、…が公式に発表されました」. No other day may stand between the date and the verb
 * (「2023年7月1日に不正アクセスを受けたことを8月10日に発表した」 dates the event). Nor a document another body published
 * (「協議会は、2017年3月8日に公表した「実行計画」において」), nor an apology to a family (家庭訪問し…謝罪を行った).
 */
function announcedOn(text: string, seg: Segment): string | null {
  const window = text.slice(seg.start, Math.min(seg.end, seg.start + ANNOUNCED_ON_REACH));
  const m = ANNOUNCED_ON.exec(window) ?? BRACKETED_ANNOUNCEMENT.exec(window);
  if (!m) return null;
  // The date forms read the match's leading date (western or 令和/平成), as everywhere else; a western year with its era in an
  // aside (2024年(令和6年)10月4日), which they do not read, from the match's own parts.
  const read = findDates(text, seg.start + m.index, seg.start + m.index + m[0].length, { fullOnly: true })[0]?.iso;
  if (read || !m.groups?.y) return read ?? null;
  const [y, mo, d] = [Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d)];
  return isValidDate(y, mo, d) ? toIso(y, mo, d) : null;
}
/**
 * A full date as the notice's announcement gives it, its parts named for announcedOn: western (with its era in an aside,
 * 2024年(令和6年)10月4日) or 令和/平成, maybe its weekday after it.
 */
const ANNOUNCED_DATE =
  '(?:(?<y>(?:19|20)\\d{2})年(?:[(（](?:令和|平成)(?:\\d{1,2}|元)年[)）])?|(?<era>令和|平成)(?<ey>\\d{1,2}|元)年)(?<m>1[0-2]|0?[1-9])月(?<d>3[01]|[12]\\d|0?[1-9])日(?:[(（][月火水木金土日][)）])?';
/** An hour after a date: 15時, 10時30分, 午後3時. */
const HOUR = '(?:午前|午後)?\\d{1,2}時(?:\\d{1,2}分)?';
/** A notice's date in brackets with the word that it was announced, maybe with its hour: 「(令和6年12月6日 10時30分発表)」. */
const BRACKETED_ANNOUNCEMENT = new RegExp(`[(（]${ANNOUNCED_DATE}\\s*(?:${HOUR}\\s*)?(?:発表|公表)[)）]`, 'u');
/** How far into a segment its announcement's date is looked for. */
const ANNOUNCED_ON_REACH = 1500;
/** A full date, then (with no other day between) the verb that says the notice came out on it: 公表しました, 発表された, 明らかにした…. */
const ANNOUNCED_ON = new RegExp(
  `${ANNOUNCED_DATE}(?:${HOUR})?(?:に|付け?で?|、|,|\\s)(?:(?!\\d{1,2}月\\d{1,2}日|\\d{1,2}日[、に])[^。\\n]){0,120}?(?:公表|発表|公開|明らかに|(?:サイト|ホームページ|HP)(?:上)?で謝罪)(?:しました|した|され|いたしました|しています|している|を行)(?![^。\\n]{0,2}「)`,
  'u',
);

/** A press release's label alone on its line: 記者発表資料, 報道発表資料. */
const PRESS_RELEASE_LABEL = /^\s*(?:記者発表資料|報道発表資料|報道資料|記者発表|プレスリリース)\s*$/;
/** A line led by the label of the event's date: 発生時期 2022/6/13, 判明日：…. */
const EVENT_DATE_LINE = /^\s*(?:[0-9０-９]{1,2}[.．、)）]?\s*|[(（][0-9０-９]{1,2}[)）]\s*|[■◆●▼□◇・]\s*)?(?:発生(?:年月日|日時|日|時期)|事故発生日|事案発生日|判明(?:年月)?日|発覚(?:年月)?日|漏(?:洩|えい)(?:日時|日|時期)|被害(?:発生)?(?:日時|日)|日時\s*[:：])\s*[:：]?/;
/** A timeline's or an occurrence's head: 経緯, 1経緯, 【事案の経過】, 発生日時. */
const TIMELINE_HEAD_LINE = /^\s*(?:[0-9０-９]{1,2}[.．、)）]?|[(（][0-9０-９]{1,2}[)）]|[■◆●▼□◇【])?\s*(?:本件の|事案の|これまでの|発覚までの)?(?:経緯|時系列|経過|タイムライン|発生年月日|発生日時|発生日|判明日|発覚日)\s*】?\s*[:：]?\s*$/;

/** A publication date's label at the start of its line (not an update's): 掲載日, 公開日, 公表日, 発表日. */
const PUBLICATION_LABEL_LINE = /^\s*(?:掲載日|公開日|公表日|発表日)\s*[:：]?/;
/** How many lines under a notice its page's labelled publication date may stand. */
const LABEL_BELOW_LINES = 40;

/** The date of the first line labelled as the page's publication in the lines after `from`, or null. */
function labelledDateBelow(text: string, all: readonly Range[], from: number): string | null {
  const below = linesAfter(all, from, text.length, LABEL_BELOW_LINES).filter((l) => PUBLICATION_LABEL_LINE.test(text.slice(l.start, Math.min(l.end, l.start + 12))));
  return datelines(text, below)[0] ?? null;
}

/** An issuer's line under a notice's date: an office's head (東区長, 理事長, 学長…) or a legal name. */
const ISSUER_LINE = /^[^。、]{0,24}?(?:[都道府県市区町村]長|理事長|学長|院長|病院長|校長|教育長|会長|社長|代表取締役|株式会社|法人)/u;
/** How many lines of a notice may come before its dated issuer block. */
const ISSUER_LINES = 60;

/** The date of a short dateline followed at once by its issuer's line, among a notice's first lines. */
function issuerDate(text: string, lines: readonly Range[]): string | null {
  const filled = lines.filter((l) => l.end > l.start).slice(0, ISSUER_LINES);
  for (let k = 0; k + 1 < filled.length; k++) {
    const l = filled[k]!;
    if (l.end - l.start > 20) continue;
    const next = filled[k + 1]!;
    if (next.end - next.start > 40 || !ISSUER_LINE.test(text.slice(next.start, next.end).trim())) continue;
    const date = datelines(text, [l])[0];
    if (date) return date;
  }
  return null;
}

/** A date alone on its line: 2026年10月31日, 2026/10/31, 令和6年6月5日, a weekday after it. */
const BARE_DATE_LINE = /^\s*(?:\d{4}\s*[年/.]\s*\d{1,2}\s*[月/.]\s*\d{1,2}\s*日?|(?:令和|平成)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:[(（][^()（）]{1,3}[)）])?\s*(?:公表|発表|掲載)?\s*$/u;

/** The date of `line` when it is a bare date line, or null. */
function bareDate(text: string, line: Range | undefined): string | null {
  if (!line || !BARE_DATE_LINE.test(text.slice(line.start, line.end))) return null;
  return datelines(text, [line])[0] ?? null;
}

/** The first `count` non-empty lines over the line starting at `title`'s start, nearest first (none if no line starts there). */
/** The line just over a title, or the one over that past a news category's label (「2024年7月19日 / お知らせ / title」). */
function dateLineOver(text: string, all: readonly Range[], title: Range): Range | undefined {
  const [over, further] = linesOver(all, title, 2);
  return over && CATEGORY_LABEL.test(text.slice(over.start, over.end).trim()) ? further : over;
}

function linesOver(all: readonly Range[], title: Range, count: number): Range[] {
  const out: Range[] = [];
  const k = rangeIndex(all, title.start);
  if (k < 0 || all[k]!.start !== title.start) return out;
  for (let j = k - 1; j >= 0 && out.length < count; j--) if (all[j]!.end > all[j]!.start) out.push(all[j]!);
  return out;
}

/**
 * The lines that may date a title: a few just under it (with `under`) and just over it, below a long menu
 * (「捜査書類の紛失について / 令和7年2月7日」, 「2024/07/05 / 【重要】…のお詫び」).
 */
function nearTitleLines(text: string, title: Range, all: readonly Range[], under = true): Range[] {
  const below = under ? linesAfter(all, title.end, text.length, UNDER_TITLE_LINES).filter((l) => !labelOver(text, l, TIMELINE_HEAD_LINE) && !EVENT_DATE_LINE.test(text.slice(l.start, l.end))) : [];
  return [...below, ...linesOverPastContacts(text, all, title)];
}

/** A press release's contact line between its date and its title: 担当課:…, 電話番号:…, 問い合わせ先:…. */
const CONTACT_LINE = /^\s*(?:担当|電話|TEL|Tel|FAX|Fax|ファクス|問い?合わせ|メール|E-?mail|内線)/;
/** How many contact lines may stand between a title and the date over it. */
const CONTACT_LINES = 3;

/** OVER_TITLE_LINES lines over a title, not counting the contact lines between (報道発表資料 / 令和6年11月5日 / 担当課:… / 電話番号:… / title). */
function linesOverPastContacts(text: string, all: readonly Range[], title: Range): Range[] {
  const over = linesOver(all, title, OVER_TITLE_LINES + CONTACT_LINES);
  const out: Range[] = [];
  let contacts = 0;
  for (const l of over) {
    if (out.length === OVER_TITLE_LINES) break;
    if (contacts < CONTACT_LINES && CONTACT_LINE.test(text.slice(l.start, l.end))) contacts++;
    else out.push(l);
  }
  return out;
}

/**
 * The date among a title's `lines`: a press date beats the page's update date (「更新日：3月21日 / 報道発表日：3月19日」).
 * Without `updates`, update dates are not read.
 */
function titleDate(text: string, lines: readonly Range[], updates = true): string | null {
  const own = updates ? lines : lines.filter((l) => !text.slice(l.start, l.end).includes('更新'));
  return datelines(text, own.filter((l) => PRESS_DATE_LABEL.test(text.slice(l.start, l.end))))[0] ?? ownDateline(text, own);
}

/** One ISO date or null per segment, in the same order. `text` is width-folded. */
export function publishedDates(text: string, segments: readonly Segment[], all: readonly Range[]): Array<string | null> {
  const items = itemCount(segments);
  // A one-line item of a list led by its day (「・10月7日 株式会社…:…2025年7月14日までに決済した…」): that day is the
  // item's, not a date its summary names.
  // (Or a paragraph led by its day, its heading its subject's name: 「3月5日、…株式会社マルナカ印刷は、…」.)
  const dayLed = segments.map((s) => (items !== 1 && s.heading !== null && s.heading.end >= s.end ? leadingHeadingDay(text, s) : items !== 1 ? dayLeadingParagraph(text, s) : null));
  // A flash list's line led by its time (「17:31 浜名台市…」): the day of the date line over it.
  const timeLed = segments.map((s) => (items !== 1 && s.heading !== null && TIME_LED_LINE.test(text.slice(s.heading.start, Math.min(s.heading.end, s.heading.start + 16))) ? dateLineAbove(text, all, s.heading) : null));
  // (A table's row: its first full date, the 公表日 cell before its summary's dates.)
  const headingDates = segments.map((s, i) => (s.heading && !dayLed[i] ? (s.tableRow ? firstFullDate(text, s.heading) : lastFullDate(text, s.heading)) : null));
  let pageDates: string[] | null = null; // computed only when a segment needs it
  let weekdayDate: [string | null] | null = null; // likewise
  const noticeDates = new Map<number, string | null>();
  return segments.map((seg, i) => {
    // A byline dated under the story it closes (「社会保険庁は5日、… / (2005/12/07 ネットセキュリティニュース)」): the lead's day,
    // completed from the byline's date, is the announcement's.
    if (headingDates[i] && seg.heading && items === 1 && seg.heading.start > seg.start && BYLINE_LINE.test(text.slice(seg.heading.start, seg.heading.end))) {
      const lead = leadDate(text, { start: seg.start, end: seg.heading.start, heading: null });
      const day = lead && !lead.iso ? inferPublished({ year: null, month: lead.month, day: lead.day }, headingDates[i]!, 0)?.iso : null;
      if (day) return day;
    }
    // A lead taken for the title (a page with no title line) that names the day it announced and, after, the full date of
    // what happened (「東海精機は12月25日、…と発表した。これは2012年12月21日、…」): the lead's day, in the year from that date.
    if (headingDates[i] && seg.heading && items === 1 && isLeadHeading(text, seg.heading)) {
      const lead = leadDate(text, seg);
      const day = lead && !lead.iso && lead.month !== null ? dayOnOrAfter(lead.month, lead.day, headingDates[i]!, EVENT_TO_NOTICE_DAYS) : null;
      if (day) return day;
    }
    if (headingDates[i]) return headingDates[i]!;
    if (timeLed[i]) return timeLed[i]!;
    // A table's row led by its month and day (「11/01｜株式会社…｜…」): the year of the page's date or title.
    // (Or, for a line of fields, the month and day in brackets on its link line: 「└ …のお知らせ(6/12) https://…」.)
    // (Or the day it was announced, ending a line of fields: 「…/氏名・住所・証券番号/8月2日公表」.)
    const rowDay = seg.tableRow ? (ROW_MONTH_DAY.exec(text.slice(seg.start, Math.min(seg.end, seg.start + 16))) ?? BRACKETED_SLASH_DAY.exec(text.slice(seg.start, seg.end)) ?? ANNOUNCED_DAY_END.exec(text.slice(seg.start, seg.end))) : null;
    if (rowDay) {
      pageDates ??= datelines(text, all);
      const reference = pageDates[0] ?? (all[0] ? yearEnd(text.slice(all[0].start, all[0].end)) : null);
      const month = Number(rowDay[1]);
      const day = Number(rowDay[2]);
      // (A list of a whole fiscal year's cases, updated in February, holds April's: the year before, however far.)
      // (Only a month past the reference's: a day a little past it, 6/10 on a page dated 6/9, is the same year's.)
      const row =
        inferPublished({ year: null, month, day }, reference, ROW_SLACK_DAYS)?.iso ??
        (reference && month > Number(reference.slice(5, 7)) ? inferPublished({ year: Number(reference.slice(0, 4)) - 1, month, day }, reference)?.iso : null);
      if (row) return row;
    }
    // One of several items with its date labelled under its head (「■No.2 … / タイトル:… / 公表日:2024年6月18日」): that date,
    // not a day its quoted lead names.
    const labelledUnder = items !== 1 && !dayLed[i] ? labelledDate(text, seg, all) : null;
    if (labelledUnder) return labelledUnder;
    // A notice of its own with its announcement's date labelled in its first fields (「発生時期 2022/6/13 / … / 公表日 /
    // 令和4年6月20日 / 公表の内容 / …令和4年6月13日、受託者から…」): that date, not a day its account starts with.
    const announcedField = items === 1 && seg.heading ? announcementField(text, seg.heading, seg.end, all) : null;
    if (announcedField) return announcedField;
    const lead = dayLed[i] ?? leadDate(text, seg) ?? (items !== 1 ? leadingHeadingDay(text, seg) : null);
    if (!lead) {
      // A notice of its own, dated in its first lines (タイトル / 2023年8月10日 / 株式会社…). When a lead
      // sentence names another day (「島田市は9月28日、」), such a top date is the site's, not the notice's.
      // One case of a notice reporting several (事案1, 事案2) is dated as that notice is.
      if (seg.notice !== undefined) {
        // A report of its own in the notice (「2025/3/27 / 【第2報】…」), dated over its title, or by a bare date on the
        // line under it (「【第2報】… / 2026年10月31日」). (Not any date under it: a case's first lines tell when it
        // happened, 「事案1 …の紛失 / 発生日時 / 2025年5月16日（金）22時頃」.)
        const own = seg.heading && seg.heading.start !== seg.notice?.start ? (titleDate(text, nearTitleLines(text, seg.heading, all, false)) ?? bareDate(text, linesAfter(all, seg.heading.end, text.length, 1)[0])) : null;
        if (own) return own;
        // Computed once per notice: its cases all share it.
        const key = seg.notice?.start ?? -1;
        if (!noticeDates.has(key)) noticeDates.set(key, noticeDate(text, { start: 0, end: seg.end, heading: seg.notice }, all, segments[i + 1]?.heading ?? undefined));
        return noticeDates.get(key)!;
      }
      // One of several items under a digest's day head (「■6月16日(月) / ・…(同日発表)」): that day.
      const marked = items !== 1 && seg.heading ? dayMarkOver(text, all, seg.heading) : null;
      if (marked) {
        pageDates ??= datelines(text, all);
        return inferPublished(marked, pageDates[0] ?? (all[0] ? yearEnd(text.slice(all[0].start, all[0].end)) : null), 0)?.iso ?? null;
      }
      // One of several items: a labelled date under its title, else a bare date just over it (「2026.11.18 / ランサムウェア
      // 被害による…(第2報)」, a news page of dated notices) or just under it.
      // (Or the labelled date the item starts with, over its subject: 「公表日:令和7年6月4日 / 所属:… / 件名:…」.)
      const labelledOver = items !== 1 && seg.heading && seg.heading.start > seg.start ? titleDate(text, within(all, seg.start, seg.heading.start)) : null;
      if (labelledOver) return labelledOver;
      if (items !== 1) {
        return (
          labelledDate(text, seg, all) ??
          (seg.heading ? (bareDate(text, dateLineOver(text, all, seg.heading)) ?? bareDate(text, linesAfter(all, seg.heading.end, text.length, 1)[0])) : null) ??
          sourceDate(text, seg, all)
        );
      }
      return noticeDate(text, seg, all, segments[i + 1]?.heading ?? undefined);
    }

    if (lead.iso) return lead.iso;
    let month = lead.month;
    if (month === null) {
      month = monthOfSameDay(text, seg.start, Math.min(seg.end, seg.start + 4000), lead.day);
      if (month !== null && (month < 1 || month > 12)) month = null;
    }
    // A digest's item under a dated mark line (■2024年5月15日 / title): that day is the nearest reference.
    let reference: string | null = seg.heading && seg.heading.start > seg.start ? lastFullDate(text, { start: seg.start, end: Math.min(seg.heading.start, seg.start + 40) }) : null;
    // (Or a news list's item dated on the line under its headline: 「… / 社会 | 2024年11月14日 05:00 / 西浦市は13日、…」.)
    if (!reference && items !== 1 && seg.heading) {
      const under = linesAfter(all, seg.heading.end, seg.end, 1)[0];
      if (under && isDateMetaLine(text.slice(under.start, under.end))) reference = firstFullDate(text, under);
    }
    // A neighbour's date in a list newest first: this item may be a few days newer than the one below it.
    let slack = 0;
    // (Not a reprinted earlier release inside the item above: 【2025年7月8日リリース分】 is older than both.)
    const neighbourDate = (j: number) => (segments[j]?.reprint ? null : headingDates[j]);
    // The item above (newer) when the one below fails: a 第1報 reposted out of order may sit below.
    let above: string | null = null;
    for (let k = 1; k < segments.length && !reference; k++) {
      reference = neighbourDate(i + k) ?? neighbourDate(i - k) ?? null;
      if (reference) {
        slack = NEIGHBOUR_SLACK_DAYS;
        above = neighbourDate(i + k) ? (neighbourDate(i - k) ?? null) : null;
      }
    }
    if (reference && above && month !== null) {
      const below = inferPublished({ year: null, month, day: lead.day }, reference, slack)?.iso ?? null;
      const fromAbove = inferPublished({ year: null, month, day: lead.day }, above, 0)?.iso ?? null;
      // Taken from the item above when the item below's date would put this one in another year.
      if (fromAbove && (!below || below.slice(0, 4) !== fromAbove.slice(0, 4))) return fromAbove;
    }
    pageDates ??= datelines(text, all);
    reference ??= pageDates[0] ?? null;
    // A portal's dateline with no year (「6/13(金) 11:42配信」): the year its weekday falls in, by the page's copyright year.
    if (!reference) {
      weekdayDate ??= [portalDateline(text, all)];
      reference = weekdayDate[0];
    }
    // No full date anywhere: the year of the item's number or of the page title (#2024-501, 2024年12月第1週).
    if (!reference) {
      reference = yearEnd(seg.heading ? text.slice(seg.heading.start, seg.heading.end) : '') ?? (all[0] ? yearEnd(text.slice(all[0].start, all[0].end)) : null);
      // And no month: that of the story's latest day up to this one (「教諭は9月9日…」 then 「…は12日、発表した」).
      if (reference && month === null) month = monthOfEarlierDay(text, seg.start, Math.min(seg.end, seg.start + 4000), lead.day);
    }
    return inferPublished({ year: null, month, day: lead.day }, reference, slack)?.iso ?? null;
  });
}

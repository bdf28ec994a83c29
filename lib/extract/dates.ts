// Japanese date mentions: finding them in running text, parsing a cut-out date string, and filling a
// partial date (月日 / 日 only) from a reference date.
//
// Why mostly hand-written: no library reads all the forms breach notices use. @smarthr/wareki reads
// era dates (令和6年7月26日, R6.7.26, 令和元年5月1日) and plain 2024/8/7, but rejects anything around the
// date (曜日 in brackets, spaces inside 平成 26 年, 年 written with spaces), knows nothing of month-day or
// day-only mentions, and does not validate the day (2月30日 becomes 3月1日). Date libraries (date-fns,
// dayjs…) read none of the Japanese forms. So we find and cut dates with our own patterns, hand era dates
// to warekiToDate after normalising them, and check every result ourselves.
import { warekiToDate } from '@smarthr/wareki';

export interface DateMention {
  /** Exact substring of the text. */
  text: string;
  start: number;
  end: number;
  /** YYYY-MM-DD when year, month and day are all written; null for partial dates. */
  iso: string | null;
  /** Western year (era years converted); null when not written. */
  year: number | null;
  /** 1–12; null when not written (day-only mentions). */
  month: number | null;
  day: number;
}

export interface ParsedDate {
  iso: string;
  /** True when part of the date (year, month) came from the context, not from the string. */
  inferred: boolean;
}

/** Digits as written on Japanese pages: ASCII or full-width. */
const D = '[0-9０-９]';
/** Optional spaces inside a date (2024 年 11 月 25 日), ASCII or ideographic. */
const SP = '[ \\t\\u3000]*';

/** The year in the other calendar, in brackets after the year: 平成27年(2015年)4月8日, 2024年(令和6年)2月29日. */
const OTHER_YEAR = `(?:[(（]${SP}(?:(?:19|20)${D}{2}|(?:令和|平成|昭和)${SP}(?:元|${D}{1,2}))${SP}年?${SP}[)）]${SP})?`;

/**
 * Era dates. Must match: 令和6年7月26日, 令和元年5月1日, 平成 26 年6月 30 日, 令和５年５月２３日, R6.7.26,
 * H31/4/30 (letter eras R and H only: S3.1.2 is more often a code than a 昭和 date).
 * Must not match: a Latin letter glued to a word (VER6.7.26, HR6.7.26), a longer number (R6.7.265),
 * year-month only (令和5年11月に).
 */
const ERA_DATE = new RegExp(
  `(?<![A-Za-zＡ-Ｚａ-ｚ])(?:` +
    `(?<era>令和|平成|昭和)${SP}(?<year>元|${D}{1,2})${SP}年${SP}${OTHER_YEAR}(?<month>${D}{1,2})${SP}月${SP}(?<day>${D}{1,2})${SP}日` +
    `|(?<eraL>[RHＲＨ])(?<yearL>${D}{1,2})(?<sepL>[./．／])(?<monthL>${D}{1,2})\\k<sepL>(?<dayL>${D}{1,2})(?!${D}|[./．／]${D})` +
    `)`,
  'gu',
);

/**
 * Western dates with 年月日. Must match: 2024年11月26日, 2024 年 11 月 25 日, 2023年05月22日, ２０２４年８月７日.
 * Must not match: a longer digit run before the year (12024年…), year-month only (2017年11月時点).
 */
const WESTERN_KANJI_DATE = new RegExp(
  `(?<!${D})(?<year>(?:19|20|１９|２０)${D}{2})${SP}年${SP}${OTHER_YEAR}(?<month>${D}{1,2})${SP}月${SP}(?<day>${D}{1,2})${SP}日`,
  'gu',
);

/**
 * Western dates with a separator repeated twice. Must match: 2024/8/7, 2024.04.18, 2024-11-26, 2018/04/13.
 * Must not match: #2024-354 (an article number), phone numbers (03-2024-1234, 0120-2024-12-1),
 * version strings (2024.04.18.1), a longer digit run (12024/8/7).
 */
const WESTERN_NUMERIC_DATE = new RegExp(
  `(?<![0-9０-９#＃/／.．\\-－])(?<year>(?:19|20|１９|２０)${D}{2})(?<sep>[/／.．\\-－])(?<month>${D}{1,2})\\k<sep>(?<day>${D}{1,2})(?!${D}|[/／.．\\-－]${D})`,
  'gu',
);

/**
 * Dates written in English, as bilingual notices and foreign firms' Japanese pages write them. Must match: 2 July 2025,
 * July 2, 2025, Jul. 2, 2025, March 4, 2025, 4th March 2025. Must not match: a month and year alone (July 2025), a version
 * (2.7.2025).
 */
const ENGLISH_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const ENGLISH_DATE = new RegExp(
  `(?<![A-Za-z0-9])(?:(?<dayA>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<monthA>${ENGLISH_MONTHS})\\.?,?\\s+(?<yearA>(?:19|20)\\d{2})|(?<monthB>${ENGLISH_MONTHS})\\.?\\s+(?<dayB>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<yearB>(?:19|20)\\d{2}))(?![0-9])`,
  'g',
);
const ENGLISH_MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
/** An English month's name somewhere in a slice (the gate before ENGLISH_DATE is tried). */
const MAY_HOLD_ENGLISH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s/;

/**
 * Month and day without a year. Must match: 9月28日, 3月19日, 8 月 2 日, 10 月 27 日.
 * Must not match: part of a longer number (123月4日), 第68条, 3カ月, 12月分. (Month-day inside a full date
 * is matched by the full-date patterns first; overlapping shorter matches are dropped.)
 */
const MONTH_DAY = new RegExp(`(?<!${D})(?<month>${D}{1,2})${SP}月${SP}(?<day>${D}{1,2})${SP}日`, 'gu');

/**
 * Day only, as news writes the announcement day: 新潟市は9日、 / 福島県警は26日、 / が7日、.
 * Must not match: 26日午前6時頃 (a time of day), 9日間 (a duration), 毎月1日 (a schedule), 第9日.
 */
const DAY_ONLY = new RegExp(`(?<=[はがも])(?<day>${D}{1,2})日(?=[、，,])`, 'gu');

/** A weekday in brackets after a date: (金), （金）, (金曜日), (Fri). Stripped before parsing. */
const TRAILING_WEEKDAY = /[(（](?:[月火水木金土日](?:曜日?)?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?)[)）]$/u;

// Anchored forms used by parseJapaneseDate on a normalised (NFKC, spaces removed) string.
/** 2024年11月26日, 2024/8/7, 2024.04.18, 2024-11-26. Must not match 2024/8/7/1 or 2024年8月. */
const WHOLE_WESTERN = /^(?<year>\d{4})(?:年(?<month>\d{1,2})月(?<day>\d{1,2})日|(?<sep>[/.-])(?<month2>\d{1,2})\k<sep>(?<day2>\d{1,2}))$/u;
/** 令和6年7月26日, 令和元年5月1日, R6.7.26, H31/4/30 (normalised, no spaces). */
const WHOLE_ERA = /^(?:令和|平成|昭和|[RHS])(?:元|\d{1,2})(?:年\d{1,2}月\d{1,2}日|([/.])\d{1,2}\1\d{1,2})$/u;
/** 9月28日 — needs a year from the context. */
const WHOLE_MONTH_DAY = /^(?<month>\d{1,2})月(?<day>\d{1,2})日$/u;
/** 9日 — needs a year and a month from the context. */
const WHOLE_DAY = /^(?<day>\d{1,2})日$/u;

/** What an ERA_DATE match must hold: an era name, or an era letter before a digit. */
const MAY_HOLD_ERA = /令和|平成|昭和|[RHＲＨ][0-9０-９]/;
/** What a WESTERN_NUMERIC_DATE match must hold: a year and its first separator. */
const MAY_HOLD_NUMERIC = /(?:19|20|１９|２０)[0-9０-９]{2}[/／.．\-－]/;
/** A digit, ASCII or full-width: every date pattern above needs one. */
const ANY_DIGIT = /[0-9０-９]/;

/** Full-width digits to ASCII (one code unit each way, so offsets are kept). */
const FULL_WIDTH_DIGIT = /[０-９]/u;
const FULL_WIDTH_DIGITS = /[０-９]/gu;

function toAsciiDigits(s: string): string {
  if (!FULL_WIDTH_DIGIT.test(s)) return s; // the common case: nothing to replace
  return s.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year-month-day is a real calendar date in a plausible range. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1868 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** A month-day pair possible in some year (2月29日 allowed). */
function isValidMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}

/** A time zone in brackets after a day, as foreign news writes it: 「17日(現地時間)」「4日(米東部時間)」 (a source string). */
export const ZONE_ASIDE = '(?:[(（](?:現地時間|日本時間|米国時間|米東部時間|米西部時間|現地)[)）])';

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Era date (already normalised: NFKC, no spaces, no weekday) → parts, via @smarthr/wareki. */
function parseEra(normalised: string): { year: number; month: number; day: number } | null {
  if (!WHOLE_ERA.test(normalised)) return null;
  const r = warekiToDate(normalised);
  if (!r.isValid || Number.isNaN(r.result.getTime())) return null;
  // The library builds the Date without checking the day: compare with what was written.
  const written = /(\d{1,2})\D(\d{1,2})\D?$/u.exec(normalised);
  if (!written) return null;
  const month = Number(written[1]);
  const day = Number(written[2]);
  const year = r.result.getFullYear();
  if (r.result.getMonth() + 1 !== month || r.result.getDate() !== day) return null;
  if (!isValidDate(year, month, day)) return null;
  return { year, month, day };
}

function normalise(s: string): string {
  let t = s.normalize('NFKC').replace(/\s+/gu, '');
  t = t.replace(TRAILING_WEEKDAY, '');
  return t;
}

/**
 * Parses one date string cut out of text. Full dates (western or era) need no context; 9月28日 needs
 * context.year and 9日 needs context.year and context.month (then `inferred` is true). Returns null for
 * anything else or an impossible date.
 */
export function parseJapaneseDate(
  s: string,
  context?: { year?: number; month?: number },
): ParsedDate | null {
  const t = normalise(s);
  if (t === '') return null;

  const w = WHOLE_WESTERN.exec(t);
  if (w?.groups) {
    const year = Number(w.groups.year);
    const month = Number(w.groups.month ?? w.groups.month2);
    const day = Number(w.groups.day ?? w.groups.day2);
    return isValidDate(year, month, day) ? { iso: toIso(year, month, day), inferred: false } : null;
  }

  const era = parseEra(t);
  if (era) return { iso: toIso(era.year, era.month, era.day), inferred: false };
  if (WHOLE_ERA.test(t)) return null;

  const md = WHOLE_MONTH_DAY.exec(t);
  if (md?.groups) {
    const year = context?.year;
    if (year === undefined) return null;
    const month = Number(md.groups.month);
    const day = Number(md.groups.day);
    return isValidDate(year, month, day) ? { iso: toIso(year, month, day), inferred: true } : null;
  }

  const d = WHOLE_DAY.exec(t);
  if (d?.groups) {
    const year = context?.year;
    const month = context?.month;
    if (year === undefined || month === undefined) return null;
    const day = Number(d.groups.day);
    return isValidDate(year, month, day) ? { iso: toIso(year, month, day), inferred: true } : null;
  }
  return null;
}

interface RawMatch {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number;
  /** Higher wins when two matches overlap (a full date beats the month-day inside it). */
  rank: number;
}

function collect(re: RegExp, slice: string, offset: number, rank: number, read: (g: Record<string, string | undefined>, text: string) => Omit<RawMatch, 'start' | 'end' | 'rank'> | null, out: RawMatch[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const parts = read(m.groups ?? {}, m[0]);
    // Built field by field: an object spread here cost more than the regex itself.
    if (parts) out.push({ year: parts.year, month: parts.month, day: parts.day, start: offset + m.index, end: offset + m.index + m[0].length, rank });
  }
}

const num = (s: string | undefined): number => Number(toAsciiDigits(s ?? ''));

/**
 * Lists date mentions in text[start, end), in text order, with absolute offsets. Full dates carry their
 * ISO form; month-day and day-only mentions have iso null and year (and month) null.
 */
export function findDates(text: string, start: number, end: number, options: { fullOnly?: boolean } = {}): DateMention[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  // Keep two characters before the range so look-behinds (は9日, #2024-354) see the real context.
  const sliceFrom = Math.max(0, from - 2);
  const slice = text.slice(sliceFrom, to);
  const raw: RawMatch[] = [];
  // Every date form holds a digit: most lines and headings without one need no pattern tried.
  if (!ANY_DIGIT.test(slice)) return [];

  // Each pattern starts with a lookbehind, so irregexp tries it at every position: a plain test for
  // the literal part each match must hold (an era, 年, a year with its separator) skips most slices.
  if (MAY_HOLD_ERA.test(slice)) collect(ERA_DATE, slice, sliceFrom, 3, (g) => {
    // (The other calendar's year in brackets, 平成27年(2015年)4月8日, is left out of what the library reads.)
    const written = g.era !== undefined ? `${g.era}${g.year}年${g.month}月${g.day}日` : `${g.eraL}${g.yearL}.${g.monthL}.${g.dayL}`;
    const parts = parseEra(normalise(written));
    return parts;
  }, raw);
  if (slice.includes('年')) collect(WESTERN_KANJI_DATE, slice, sliceFrom, 3, (g) => {
    const year = num(g.year);
    const month = num(g.month);
    const day = num(g.day);
    return isValidDate(year, month, day) ? { year, month, day } : null;
  }, raw);
  if (MAY_HOLD_NUMERIC.test(slice)) collect(WESTERN_NUMERIC_DATE, slice, sliceFrom, 3, (g) => {
    const year = num(g.year);
    const month = num(g.month);
    const day = num(g.day);
    return isValidDate(year, month, day) ? { year, month, day } : null;
  }, raw);
  if (MAY_HOLD_ENGLISH.test(slice)) collect(ENGLISH_DATE, slice, sliceFrom, 3, (g) => {
    const year = Number(g.yearA ?? g.yearB);
    const month = ENGLISH_MONTH_NUMBER[(g.monthA ?? g.monthB)!.slice(0, 3).toLowerCase()]!;
    const day = Number(g.dayA ?? g.dayB);
    return isValidDate(year, month, day) ? { year, month, day } : null;
  }, raw);
  // Full dates outrank every partial one, so partial mentions never decide which full dates are kept:
  // a caller that wants full dates only (fullOnly) gets the same ones without looking for partials.
  if (!options.fullOnly) collectPartial(slice, sliceFrom, raw);
  return keepBest(text, raw, from, to);
}

function collectPartial(slice: string, sliceFrom: number, raw: RawMatch[]): void {
  if (!slice.includes('日')) return; // both partial forms end with 日
  if (slice.includes('月')) collect(MONTH_DAY, slice, sliceFrom, 2, (g) => {
    const month = num(g.month);
    const day = num(g.day);
    return isValidMonthDay(month, day) ? { year: null, month, day } : null;
  }, raw);
  collect(DAY_ONLY, slice, sliceFrom, 1, (g) => {
    const day = num(g.day);
    return day >= 1 && day <= 31 ? { year: null, month: null, day } : null;
  }, raw);
}

/** Drops matches outside [from, to) and matches overlapping a better (higher rank, then longer) one. */
function keepBest(text: string, raw: RawMatch[], from: number, to: number): DateMention[] {
  const inRange = raw.filter((r) => r.start >= from && r.end <= to);
  inRange.sort((a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawMatch[] = [];
  for (const r of inRange) {
    if (kept.some((k) => r.start < k.end && k.start < r.end)) continue;
    kept.push(r);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((r) => ({
    text: text.slice(r.start, r.end),
    start: r.start,
    end: r.end,
    iso: r.year !== null && r.month !== null ? toIso(r.year, r.month, r.day) : null,
    year: r.year,
    month: r.month,
    day: r.day,
  }));
}

/** The ISO date `days` after `iso` (UTC calendar arithmetic). */
function addDays(iso: string, days: number): string {
  if (days === 0) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Parses YYYY-MM-DD (a reference date); null when malformed or impossible. */
export function parseIso(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/u.exec(iso);
  if (!m?.groups) return null;
  const year = Number(m.groups.y);
  const month = Number(m.groups.m);
  const day = Number(m.groups.d);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/**
 * `month`/`day` in the year of the event of `eventIso`, if on or after it and within `maxDays` of it: the day a story announces
 * what it tells happened on a full date (「…は12月25日、…と発表した。これは2012年12月21日、…」 → 2012-12-25).
 */
export function dayOnOrAfter(month: number, day: number, eventIso: string, maxDays: number): string | null {
  const event = parseIso(eventIso);
  if (!event) return null;
  // (In the event's year only: a day before the event is another day, not one of the next year.)
  if (!isValidDate(event.year, month, day)) return null;
  const iso = toIso(event.year, month, day);
  return iso >= eventIso && iso <= addDays(eventIso, maxDays) ? iso : null;
}

/**
 * Resolves a (possibly partial) date mention against a reference date (a page date, a neighbour
 * heading's date). A full date is returned as written (inferred false). A month-day takes the reference's
 * year, a day-only mention the reference's year and month — but only when the result is not after the
 * reference date (a notice cannot be published after the page that reports it); otherwise null. Without a
 * reference, partial dates give null. `slackDays`: how far after the reference the date may fall (a
 * neighbour item's date in a list newest first: the item above it is a few days newer).
 */
export function inferPublished(
  mention: { year: number | null; month: number | null; day: number },
  reference: string | null | undefined,
  slackDays = 0,
): ParsedDate | null {
  if (mention.year !== null && mention.month !== null) {
    return isValidDate(mention.year, mention.month, mention.day)
      ? { iso: toIso(mention.year, mention.month, mention.day), inferred: false }
      : null;
  }
  if (!reference) return null;
  const ref = parseIso(reference);
  if (!ref) return null;
  if (mention.year !== null) return null; // a year with a day but no month is not a date we produce
  const year = ref.year;
  const month = mention.month ?? ref.month;
  // (A day alone that the reference's month does not have, 31日 on a page of 9月7日, is the month before's.)
  if (!isValidDate(year, month, mention.day) && mention.month !== null) return null;
  const iso = isValidDate(year, month, mention.day) ? toIso(year, month, mention.day) : null;
  if (iso && iso <= addDays(reference, slackDays)) return { iso, inferred: true };
  if (mention.month === null) {
    // A day alone past the reference's (「22日」 on a page of 9月2日): the latest such day, in the month before.
    const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
    return isValidDate(y, m, mention.day) ? { iso: toIso(y, m, mention.day), inferred: true } : null;
  }
  // A month later than the page's in its year: the year before (a page of 2026.01.09 telling of 12月26日), within half a year.
  if (!isValidDate(year - 1, month, mention.day)) return null;
  const before = toIso(year - 1, month, mention.day);
  return addDays(before, PREVIOUS_YEAR_REACH_DAYS) >= reference ? { iso: before, inferred: true } : null;
}
/** How long before its page a day of the previous year may be told by month and day alone. */
const PREVIOUS_YEAR_REACH_DAYS = 183;

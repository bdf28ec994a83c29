// Extracts counts (約 7.2 万件, のべ647名, 18,746名分, 1400を超えるファイル…) from a region of
// page text, with their approximation/hedge/total flags and a victim decision, and picks the
// number of affected people/records of an incident (totalAffected).
import { parseJapaneseNumber, type ParsedNumber } from '../numbers/parse-japanese-number';
import { lowerBound, nearTest } from '../numbers/sorted-values';
import type { Count, CountUnit } from '../types';
import { classifyVictim, isOnePersonsDocument, isPersonalFormsCount, hasCountLabel, hasCumulativeLabel, isBlank, type CueContext } from './count-context';
import { isTrimmedSpace } from '../text/lines';
import { CountTextIndex } from './count-sentences';
import { DIGITS, gateOf, inSet, nextInSet } from '../text/gated-scan';

/** First character of a number: a digit, a kanji numeral (not inside a kanji numeral run), or 数 before a multiplier (数万). */
const NUM_START =
  '(?:[0-9０-９]|(?<![〇一二三四五六七八九十百千万億兆])(?:[〇一二三四五六七八九十百千万億兆]|数(?=[十百千万億])))';
/** Later characters: digits, commas, dots, kanji numerals, 数, or one space before more numerals (7.2 万). */
const NUM_CONT = '(?:[0-9０-９,，.．〇一二三四五六七八九十百千万億兆数]|[ \\u3000](?=[0-9０-９十百千万億]))';
/** 数 that starts a 件数/人数-style word, not a following 数万 count. */
const COUNT_WORD = '数(?![十百千万億])';
/** Units, longest first, each guarded against the words they start (件名, 人目, 名簿, 通知, 社員, 回目, 個人…). */
const UNIT =
  `アカウント|世帯(?!主)|ファイル|団体|件(?![ \\u3000]*名|目|${COUNT_WORD})` +
  `|名(?!前(?!後)|簿|義|称|刺|誉|字|目|古屋|所|物|門|人|${COUNT_WORD})` +
  `|人(?!目|間|形|気|物|材|口|工|事|柄|格|権|選|種|道|質|生|体|為|${COUNT_WORD})` +
  `|円(?!滑|満|形|周|安|高)|台(?!湾|風|帳|詞|所|地|${COUNT_WORD})` +
  `|通(?!知|信|常|販|帳|算|過|称|行|勤|院|話|報|路|り|${COUNT_WORD})|社(?!員|長|会|内|外|名|是|屋|宅|${COUNT_WORD})` +
  `|枚(?!${COUNT_WORD})|回(?!目|答|収|復|避|覧|路|線|転|${COUNT_WORD})|個(?!人|別|室|所|${COUNT_WORD})` +
  `|校(?!長|舎|内|正|門|${COUNT_WORD})` +
  // A bank's customers (顧客94先).
  `|先(?!月|日|週|年|生|方|頭|端|着|行|述|般|程|ほど|に|の|${COUNT_WORD})`;

/**
 * One count: [prefix: 計/最大/のべ… then 約/およそ][number][を超える][spaces][unit][(さま)分][suffix].
 * Must match: 約 7.2 万件, のべ647名, 計17,171名, 18,746名分, 16名さま分, 1,000件以上, 80 人分, 46万人余り,
 * 数万件, 1400を超えるファイル, 計 27 社, 最大約46万件. Must not match: 2024年, 25歳, 3カ月, 17時9分, 第68条,
 * 072-992-2655, 2人目, 1 件 名 (件名), and never a number starting inside another digit run.
 * Every repetition is bounded, so each start position costs O(1).
 */
const COUNT_RE = new RegExp(
  '((?:総数|総計|合計|計|最大|のべ|延べ)(?:[ \\u3000]?(?:約|おおよそ|およそ))?[ \\u3000]?|(?:約|おおよそ|およそ)[ \\u3000]?)?' +
    '(?<![0-9０-９,，.．])' +
    `(${NUM_START}${NUM_CONT}{0,24})` +
    '(を超える|を超す|を上回る)?' +
    '[ \\u3000]{0,3}' +
    `(${UNIT})` +
    '((?:さま|様)?分(?!野|析|類|離|割|散|解|担|布|母|子|量|別|け|か))?' +
    '(以上|超(?![えす過])|余り|余|強(?![制化調盗いくま])|弱(?![点いく体ま])|程度|前後|未満|近く|ほど)?',
  'y',
);
/**
 * COUNT_RE's groups, numbered rather than named: a named-group match builds a groups object on
 * every exec, and the extractor runs it at every plausible count start.
 */
const G_PREFIX = 1;
const G_NUM = 2;
const G_INFIX = 3;
const G_UNIT = 4;
const G_BUN = 5;
const G_SUFFIX = 6;
/** Characters a count can start with: a prefix qualifier or a numeral (see gated-scan.ts). */
const COUNT_GATE = gateOf('総合計最延約〇一二三四五六七八九十百千万億兆数' + DIGITS);
/** Prefixes of common kana, not gated (の and お are everywhere): のべ647名, およそ300件. */
const KANA_PREFIX_BEFORE = /(?:のべ|おおよそ|およそ)[ \u3000]?(?:約[ \u3000]?)?$/;
/** Gated characters a number itself starts with (the others start a prefix: 計, 約, 最大…). */
const NUMBER_START = gateOf(DIGITS + '〇一二三四五六七八九十百千万億兆数');
/** NUM_CONT's characters (a space continues a number only before a numeral, see mayStartCount). */
const NUMBER_CHAR = gateOf(DIGITS + ',，.．〇一二三四五六七八九十百千万億兆数');
/** The numerals a space may stand before inside a number (7.2 万). */
const AFTER_SPACE = gateOf(DIGITS + '十百千万億');
/** First characters of UNIT's alternatives. */
const UNIT_START = gateOf('アフ世団件名人円台通社枚回個校先');
const MAX_NUMBER = 25; // NUM_START + NUM_CONT{0,24}
const isSpace = (c: number) => c === 0x20 || c === 0x3000;
const DIGIT_SET = gateOf(DIGITS);
const DIGIT_RUN = gateOf(DIGITS + ',，.．');
const KANJI_NUMERAL = gateOf('〇一二三四五六七八九十百千万億兆');
const KANJI_NUMERAL_OR_SUU = gateOf('〇一二三四五六七八九十百千万億兆数');

/**
 * Inside a numeral run no count starts (NUM_START's lookbehinds): not at a digit after a digit,
 * comma or dot, nor at a kanji numeral (or 数) after any numeral. Such positions are not tried.
 */
function insideNumber(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  if (inSet(DIGIT_SET, c)) return inSet(DIGIT_RUN, prev);
  return inSet(KANJI_NUMERAL_OR_SUU, c) && (inSet(DIGIT_RUN, prev) || inSet(KANJI_NUMERAL, prev));
}

/**
 * Can a count start at i with its number (no prefix)? The number runs over NUM_CONT characters and
 * must be followed by を (the infix) or by up to three spaces and a unit; a shorter number would be
 * followed by another number character, which neither can start. So: find the run's end, then look
 * for を or a unit's first character. Dates (2024年), phone numbers and 一部 fail without the regex.
 */
function mayStartCount(text: string, i: number): boolean {
  let r = i;
  for (;;) {
    const c = text.charCodeAt(r);
    if (inSet(NUMBER_CHAR, c) || (isSpace(c) && inSet(AFTER_SPACE, text.charCodeAt(r + 1)))) {
      if (++r - i > MAX_NUMBER) return false;
      continue;
    }
    break;
  }
  if (text.charCodeAt(r) === 0x3092) return true; // を超える
  for (let k = 0; k < 3 && isSpace(text.charCodeAt(r)); k++) r++;
  return inSet(UNIT_START, text.charCodeAt(r));
}

/** The characters KANA_PREFIX_BEFORE's match can end with: it is tried only after one of them. */
const KANA_PREFIX_ENDS = gateOf('べそ約 \u3000');
/** The longest stretch before a gated position that KANA_PREFIX_BEFORE reads (as gatedMatches' lookback). */
const KANA_PREFIX_WINDOW = 6;

/** Can a count without a kana prefix start at the gated position i? (A prefix character always may.) */
function mayStart(text: string, i: number): boolean {
  return !inSet(NUMBER_START, text.charCodeAt(i)) || (!insideNumber(text, i) && mayStartCount(text, i));
}

/** Tokens of an attached prefix: 計約 -> 計, 約. */
const PREFIX_TOKEN_RE = /総数|総計|合計|計|最大|のべ|延べ|約|おおよそ|およそ/g;
/** A total's label on a line of its own, maybe with an aside: 合計, 計, 総数, 合計(重複を除く). */
const TOTAL_LABEL = '[ \\t\\u3000]*(合計|総計|総数|計)(?:[(（][^()（）\\n]{1,12}[)）])?';
/** A line (a table cell) that is only a total label, just before a count on a line of its own. */
const CELL_TOTAL_LABEL_RE = new RegExp(`(?:^|\\n)${TOTAL_LABEL}[ \\t\\u3000]*[:：]?$`);
/** A total's label alone at the start of its line, spaces after it: 「  合計    」「合計(重複を除く)\t」 before the count. */
const SPACED_TOTAL_LABEL_RE = new RegExp(`(?:^|\\n)${TOTAL_LABEL}[ \\t\\u3000]+$`);
/** A total with words before its number: 「合計は、重複を除き最大で」「総数は約」「合計:最大で」. */
const TOTAL_PHRASE_RE = /(合計|総計|総数)(?:は|で|[:：])、?[ \u3000]*(?:重複を除(?:き|いて|いた)、?)?(?:最大で?|約|およそ)?[ \u3000]*$/;
/** How far after a total its people counted once each may be told. */
const NET_REACH = 60;
/** The people counted once each, before their number: 「実人数は」「実人数:」「(同一の者からの申請を除くと」「重複を除いた件数は、」. */
const NET_PERSONS_RE = /(?:実人数|(?:重複(?:分)?|同一の[^()（）、。\n]{0,12}?)を除(?:くと|いた(?:件数|人数)?|き|いて))(?:は|で|が)?[、 \u3000]*[:：]?[ \u3000]*(?:約)?[ \u3000]*$/;
/** The last units of those labels (計, 数, or the bracket of 合計(重複を除く)), as char codes. */
const LABEL_ENDS_WITH = new Set([0x8a08, 0x6570, 0x29, 0xff09]);
/** Qualifier separated from the number by で/は/: or a table's cell bar — 最大で2万1563名, 合計:2,446件, | 合計 | 412名. Not 会計:. */
const SEPARATED_QUALIFIER_RE = /(?<q>最大|合計|総計|総数|およそ|約|のべ|延べ|計)(?:で|は|が|:|：|[ \u3000]*[|｜])[ \u3000]*$/;
/** SEPARATED_QUALIFIER_RE's separators: a text it matches has one as its last non-space character. */
const SEPARATOR = gateOf('ではが:：|｜');
/** Only an honorific after a count's unit: 「…名様」「…名さま」. */
const HONORIFIC_ONLY = /^[ \u3000]*(?:様|さま)[ \u3000]*$/;
/** An aside opening right after a count: 「（上記（1）と（2）で重複…」. */
const ASIDE_AFTER_RE = /^[ \u3000]*[(（]/;
/** "を超える" after the unit: 1,000件を超える. */
const OVER_AFTER_RE = /^(?:を超える|を超え|を上回る)/;
/** Characters that make the number part of an ID, article or list number: 第3回, #2024, A12. */
const BAD_BEFORE = gateOf(
  '第#＃♯_-/@ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ',
);
/** 約 / 計 glued to a word before them are not qualifiers: 契約1,000件, 会計3件. */
const COMPOUND_BEFORE_YAKU = gateOf('契規予節制集要公条協婚解誓盟倹');
const COMPOUND_BEFORE_KEI = gateOf('会設統時家推余集累早見生主歩合総小');

/** Is the qualifier `q` glued into a word by the unit c before it (契約, 会計)? NaN (no unit): never. */
function gluedToWord(q: string, c: number): boolean {
  if (q === '約') return inSet(COMPOUND_BEFORE_YAKU, c);
  if (q === '計') return inSet(COMPOUND_BEFORE_KEI, c);
  return false;
}
/** The gap between 88 件 and (80 人分), or 11,958件(お客様数:8,732名): the parenthesised persons behind the records. */
const PAIR_GAP_RE = /^[ \u3000]*(?:[(（][ \u3000]*(?:[^()（）\d、。]{1,8}(?:数|人数)[ \u3000]*[:：]?[ \u3000]*)?(?:最大(?:で)?|約|およそ|計)?|で、?[^()（）\d、。]{0,10}?にすると(?:約|およそ)?)[ \u3000]*$/;

const APPROX_TOKENS = new Set([
  '約', 'おおよそ', 'およそ', '最大', 'のべ', '延べ', '以上', '超', 'を超える', 'を超え', 'を超す', 'を上回る',
  '余り', '余', '強', '弱', '程度', '前後', '未満', '近く', 'ほど',
]);
const TOTAL_TOKENS = new Set(['計', '合計', '総数', '総計']);
const WINDOW = 40;
const SENTENCE_WINDOW = 200;

/**
 * A unit's first character (or the を of を超える) after a number character and up to three spaces.
 * Every count holds one: its number's last character is a NUMBER_CHAR (a space inside a number
 * stands before a numeral, never before the unit), then を, or spaces and the unit. The unit is
 * matched first and the lookbehind checked after it: irregexp then scans for the few unit
 * characters, far faster than a JavaScript loop over every character.
 */
const ANCHOR_RE = /[アフ世団件名人円台通社枚回個校先を](?<=[0-9０-９,，.．〇一二三四五六七八九十百千万億兆数][ \u3000]{0,3}.)/g;
/** Longest prefix of a count before its number: のべ, a space, おおよそ, a space. */
const MAX_PREFIX = 8;

/**
 * Where the stretch of text that can hold a count ending at `anchor` starts. A count found there holds
 * the anchor as its unit (or the を of を超える): a unit character or を cannot stand inside a prefix or
 * a number, and no other anchor lies between the last one and this one. So its number is a run of
 * NUM_CONT characters ending just before the anchor's spaces (at most three: the anchor's own
 * lookbehind), at most MAX_NUMBER long, and its prefix stands at most MAX_PREFIX before the number.
 * Reading that run back costs a few units; the fixed lead it replaces (8 + 25 + 3 units before every
 * anchor) was scanned for gated positions whose counts could only fail (measured: the gated scan's
 * share of the count extractor's time 8 % → 4 %, CPU profile over the bench page's regions).
 */
function stretchStart(text: string, lo: number, anchor: number): number {
  let r = anchor;
  for (let k = 0; k < 3 && r > lo && isSpace(text.charCodeAt(r - 1)); k++) r--;
  // The run [j, r): NUM_CONT characters (a space only before a numeral), at most MAX_NUMBER of them.
  let j = r;
  while (j > lo && r - j < MAX_NUMBER) {
    const c = text.charCodeAt(j - 1);
    if (!inSet(NUMBER_CHAR, c) && !(isSpace(c) && inSet(AFTER_SPACE, text.charCodeAt(j)))) break;
    j--;
  }
  return j - MAX_PREFIX;
}

/**
 * Counts in text[start, end), with offsets into the whole text. Never throws; linear time.
 *
 * The scan is gatedMatches (gated-scan.ts) with the kana-prefix lookback and mayStart written out, and
 * run only on the stretches of text that can hold a count: before each anchor (ANCHOR_RE), from where
 * a count ending at it could start (stretchStart). A gated position elsewhere would find no match; trying it would only have moved
 * `tried`, which is set as it would be when a stretch starts. Each match is taken as it is found, so
 * a position inside the last count taken is not tried at all (its match would be skipped).
 */
export function extractCounts(text: string, start: number, end: number): Count[] {
  const lo = Math.max(0, Math.min(start | 0, text.length));
  const hi = Math.max(lo, Math.min(end | 0, text.length));
  let index: CountTextIndex | null = null; // made at the first count: most regions hold none
  const out: Count[] = [];
  let next = lo; // end of the last count taken: matches starting inside it are skipped
  let tried = lo; // positions before this were already tried
  let done = lo; // gated positions before this were visited, or are too far from any anchor
  // The anchors are searched in the region alone (a slice shares the text's characters): the search
  // stops at hi, and a count's number starts inside the region, so the lookbehind needs nothing before lo.
  const region = text.slice(lo, hi);
  ANCHOR_RE.lastIndex = 0;
  while (ANCHOR_RE.test(region)) {
    const anchor = lo + ANCHOR_RE.lastIndex - 1;
    const from0 = Math.max(done, stretchStart(text, lo, anchor));
    if (from0 > done) tried = triedBefore(text, lo, from0);
    done = anchor;
    for (let i = nextInSet(text, from0, anchor, COUNT_GATE); i < anchor; i = nextInSet(text, i + 1, anchor, COUNT_GATE)) {
      let from = i;
      if (i > 0 && inSet(KANA_PREFIX_ENDS, text.charCodeAt(i - 1))) {
        const back = KANA_PREFIX_BEFORE.exec(text.slice(Math.max(tried, i - KANA_PREFIX_WINDOW), i));
        if (back) from = i - back[0].length;
      }
      if (from === i && (i < next || !mayStart(text, i))) {
        tried = i + 1;
        continue;
      }
      // As gatedMatches: the prefix's start first (unless already tried), then i itself.
      let m = from < i && from >= tried ? countAt(text, from, hi) : null;
      if (m === null) m = countAt(text, i, hi);
      tried = i + 1;
      if (m === null || m.index < next) continue;
      const numText = m[G_NUM]!;
      const parsed = parseJapaneseNumber(numText);
      if (!parsed || (!hasDigit(numText) && numText.trim().length < 2)) continue;
      let cStart = m.index;
      const prefix = m[G_PREFIX] === undefined ? [] : prefixTokens(m[G_PREFIX]);
      const glued = prefix[0];
      if (glued !== undefined && gluedToWord(glued, text.charCodeAt(cStart - 1))) {
        prefix.shift();
        cStart += glued.length;
        while (text[cStart] === ' ' || text[cStart] === '\u3000') cStart++;
      }
      const cEnd = m.index + m[0].length;
      next = cEnd;
      // (A slash after a word is a field's edge, 「北条原市/6万2,310人/…」, not a fraction's or a date's: 1/3人, 2024/5.)
      if (cStart > 0 && inSet(BAD_BEFORE, text.charCodeAt(cStart - 1)) && !(text.charCodeAt(cStart - 1) === 0x2f && cStart > 1 && !inSet(DIGIT_SET, text.charCodeAt(cStart - 2)) && !inSet(BAD_BEFORE, text.charCodeAt(cStart - 2)))) continue;
      index ??= new CountTextIndex(text, lo, hi);
      out.push(buildCount(text, lo, index, cStart, cEnd, prefix, numText, parsed, m));
    }
  }
  pairRecordsWithPersons(text, out);
  recordsOfPersons(text, out);
  wholeBeforePart(text, out);
  return out;
}

/**
 * `tried` as a scan of every gated position from lo would leave it at p: one past the last gated
 * position before p. Only its value within KANA_PREFIX_WINDOW + 1 of p matters (the lookback reads
 * no farther back), so the search stops there.
 */
function triedBefore(text: string, lo: number, p: number): number {
  const stop = Math.max(lo, p - KANA_PREFIX_WINDOW - 1);
  for (let j = p - 1; j >= stop; j--) if (inSet(COUNT_GATE, text.charCodeAt(j))) return j + 1;
  return stop;
}

/** The last unit of s that is not a space ([ \u3000]); NaN when there is none. */
function lastNonSpace(s: string): number {
  let j = s.length - 1;
  while (j >= 0 && isSpace(s.charCodeAt(j))) j--;
  return j >= 0 ? s.charCodeAt(j) : NaN;
}

/**
 * The tokens of COUNT_RE's prefix group p, as p.match(PREFIX_TOKEN_RE) gives them (総数, 約…), read
 * by hand: p is one or two tokens, each told by its first unit (お by the next one), and spaces. Any
 * other p is left to the regex.
 */
function prefixTokens(p: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < p.length; ) {
    const c = p.charCodeAt(k);
    let t: string | null = null;
    if (isSpace(c)) {
      k++;
      continue;
    }
    if (c === 0x7dcf) t = p.charCodeAt(k + 1) === 0x6570 ? '総数' : p.charCodeAt(k + 1) === 0x8a08 ? '総計' : null; // 総数/総計
    else if (c === 0x5408) t = p.charCodeAt(k + 1) === 0x8a08 ? '合計' : null; // 合計
    else if (c === 0x8a08) t = '計';
    else if (c === 0x6700) t = p.charCodeAt(k + 1) === 0x5927 ? '最大' : null; // 最大
    else if (c === 0x306e) t = p.charCodeAt(k + 1) === 0x3079 ? 'のべ' : null; // のべ
    else if (c === 0x5ef6) t = p.charCodeAt(k + 1) === 0x3079 ? '延べ' : null; // 延べ
    else if (c === 0x7d04) t = '約';
    else if (c === 0x304a) t = p.startsWith('おおよそ', k) ? 'おおよそ' : p.startsWith('およそ', k) ? 'およそ' : null;
    if (t === null) return p.match(PREFIX_TOKEN_RE) ?? [];
    out.push(t);
    k += t.length;
  }
  return out;
}

/** COUNT_RE's match starting at s and ending by hi, or null. */
function countAt(text: string, s: number, hi: number): RegExpExecArray | null {
  COUNT_RE.lastIndex = s;
  const m = COUNT_RE.exec(text);
  return m !== null && m.index + m[0].length <= hi ? m : null;
}

/** Does s hold an Arabic digit (ASCII or full-width)? */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (inSet(DIGIT_SET, s.charCodeAt(i))) return true;
  return false;
}

/** Is any of the strings in the set? (A loop: `some` with an arrow would make a closure per count.) */
function anyIn(set: ReadonlySet<string>, strings: string[]): boolean {
  for (const q of strings) if (set.has(q)) return true;
  return false;
}

/**
 * The context classifyVictim reads, one object refilled for each count (it keeps no reference): no
 * allocation per count.
 */
const CUE: CueContext = { unit: '件', before: '', after: '', beforeLines: '', sentence: '', perPerson: false, total: false };

/**
 * The count of COUNT_RE's match `m`, spanning [cStart, cEnd) (after any glued prefix was dropped).
 * `prefix`: qualifier tokens of the attached prefix (計, 約…), which become the count's qualifiers.
 * Groups G_INFIX, G_UNIT, G_BUN, G_SUFFIX of `m` are read.
 */
function buildCount(
  text: string,
  lo: number,
  index: CountTextIndex,
  cStart: number,
  cEnd: number,
  prefix: string[],
  numText: string,
  parsed: ParsedNumber,
  m: RegExpExecArray,
): Count {
  const [sS, sE] = index.sentenceAt(cStart);
  const before = text.slice(Math.max(sS, cStart - WINDOW), cStart);
  const after = text.slice(cEnd, Math.min(sE, cEnd + WINDOW));
  // Trimmed at the end as trimEnd would (what /[\s\u3000]+$/ removes: \s already holds U+3000), by hand:
  // no call and no untrimmed copy.
  const linesFrom = Math.max(lo, cStart - WINDOW);
  let linesTo = cStart;
  while (linesTo > linesFrom && isTrimmedSpace(text.charCodeAt(linesTo - 1))) linesTo--;
  const beforeLines = text.slice(linesFrom, linesTo);
  const sentence = text.slice(Math.max(sS, cStart - SENTENCE_WINDOW), Math.min(sE, cEnd + SENTENCE_WINDOW));
  const qualifiers = prefix; // the match's own array: extended in place
  // Most counts do not follow a separator: then the regex, which tries every start, is not run.
  const sep = inSet(SEPARATOR, lastNonSpace(before)) ? SEPARATED_QUALIFIER_RE.exec(before) : null;
  const sepQ = sep?.groups?.q;
  if (sepQ && !qualifiers.includes(sepQ) && !gluedToWord(sepQ, before.charCodeAt(sep.index - 1))) {
    qualifiers.unshift(sepQ);
  }
  if (hasCumulativeLabel(beforeLines) && !qualifiers.some((q) => q === 'のべ' || q === '延べ')) qualifiers.push('延べ');
  // A table's total row: 「合計 | 5,019件」, the count alone in the cell after a 合計 cell.
  const cellTotal = isBlank(before) && isBlank(after) ? CELL_TOTAL_LABEL_RE.exec(beforeLines) : null;
  if (cellTotal && !qualifiers.includes(cellTotal[1]!)) qualifiers.push(cellTotal[1]!);
  // A row of a table set with spaces: 「  合計    9万8,765件」, the label alone at the line's start.
  // (An honorific after the unit ends the row as well: 「合計 47,717 名様」.)
  // (So does an aside after it: 「合計\u3000延べ10,587件（上記（1）と（2）で重複する方を含む）」.)
  const label = isBlank(after) || HONORIFIC_ONLY.test(after) || ASIDE_AFTER_RE.test(after) ? before.trimEnd() : '';
  const rowTotal = LABEL_ENDS_WITH.has(label.charCodeAt(label.length - 1)) ? SPACED_TOTAL_LABEL_RE.exec(before) : null;
  if (rowTotal && !qualifiers.includes(rowTotal[1]!)) qualifiers.push(rowTotal[1]!);
  // 「上記(1)~(3)の合計は、重複を除き最大で2万3874名」: a total told with words between it and its number.
  const phraseTotal = before.includes('計') || before.includes('総数') ? TOTAL_PHRASE_RE.exec(before) : null;
  if (phraseTotal && !qualifiers.includes(phraseTotal[1]!)) qualifiers.push(phraseTotal[1]!);
  // 「実人数は83名」: the people without double entries, what a total counting some twice means.
  if ((before.includes('実人数') || before.includes('除')) && NET_PERSONS_RE.test(before)) qualifiers.push('実人数');
  const suu = numText.includes('数');
  if (suu) qualifiers.push(numText.replace(/[ \u3000]/g, ''));
  if (m[G_INFIX]) qualifiers.push(m[G_INFIX]);
  if (m[G_SUFFIX]) qualifiers.push(m[G_SUFFIX]);
  const over = after.charCodeAt(0) === 0x3092 ? OVER_AFTER_RE.exec(after) : null; // all start with を
  if (over) qualifiers.push(over[0]);
  const numericApprox = suu || anyIn(APPROX_TOKENS, qualifiers);
  const hedge = index.hedgeAt(cStart);
  if (hedge) qualifiers.push(hedge);
  const total = anyIn(TOTAL_TOKENS, qualifiers);
  const unit = m[G_UNIT] as CountUnit;
  CUE.unit = unit;
  CUE.before = before;
  CUE.after = after;
  CUE.beforeLines = beforeLines;
  CUE.sentence = sentence;
  CUE.perPerson = m[G_BUN] !== undefined;
  CUE.total = total;
  let { victim, reason } = classifyVictim(CUE);
  if (!victim && reason === 'non-person-unit' && isOnePersonsDocument(unit, parsed.value, before)) {
    victim = true;
    reason = 'one-document';
  } else if (!victim && reason === 'non-person-unit' && isPersonalFormsCount(unit, parsed.value, before, after)) {
    victim = true;
    reason = 'forms';
  }
  // A count alone on its line under its label line (「２ 誤配付した件数 / ６４世帯分」) is the figure the
  // notice states: a total, like a 合計 row.
  const stated = victim && isBlank(before) && isBlank(after) && hasCountLabel(beforeLines);
  return {
    text: text.slice(cStart, cEnd),
    start: cStart,
    end: cEnd,
    value: parsed.value,
    min: parsed.min,
    max: parsed.max,
    unit,
    approx: numericApprox || hedge !== null,
    numeric_approx: numericApprox,
    hedged: hedge !== null,
    victim,
    total: total || stated,
    qualifiers,
    reason,
  };
}

/** Are these the records told as people, exactly or as a headline rounds them (延べ18万件 for 18万4,227件)? */
function isSameRecords(value: number | null, records: Set<number | null>): boolean {
  if (records.has(value)) return true;
  if (value === null) return false;
  for (const r of records) if (r !== null && Math.abs(value - r) <= r * 0.05) return true;
  return false;
}

/** A count of people (人, 名), not of records or households. */
const isPeople = (c: Count): boolean => c.unit === '人' || c.unit === '名';

/** How far after its people an aside of their records may start: 「患者さん 427名分 / (延べ入院件数 583件)」 (9 units). */
const RECORDS_ASIDE_REACH = 12;

/** The records count `b` told in an aside right after the persons count `a`: 4,096名（予約件数 5,212件）. */
function isRecordsAside(a: Count, b: Count): boolean {
  return isPeople(a) && b.unit === '件' && b.start > a.end && b.start - a.end <= RECORDS_ASIDE_REACH && !b.total;
}

/** True when `b` is the parenthesised person count right after the record count `a`: 88 件(80 人分). */
function isPersonsOf(text: string | null, a: Count, b: Count): boolean {
  if (a.unit !== '件' || (b.unit !== '人' && b.unit !== '名') || b.start <= a.end) return false;
  // 「146件は保護者128人分」: a persons count (…人分) a few units on is the records' people too.
  // 「延べ18万4,227件(実人数12万9,604人)」: an aside naming the people, a few units on.
  if (text === null) return b.start - a.end <= 5 || (b.start - a.end <= 6 && b.text.endsWith('分'));
  return PAIR_GAP_RE.test(text.slice(a.end, b.start));
}

/** 88 件(80 人分) describe one group: the persons count shares the records count's victim status. */
function pairRecordsWithPersons(text: string, counts: Count[]): void {
  for (let i = 0; i + 1 < counts.length; i++) {
    const a = counts[i]!;
    const b = counts[i + 1]!;
    if (a.victim && !b.victim && isPersonsOf(text, a, b)) {
      b.victim = true;
      b.reason = 'persons-of-records';
    } else if (a.victim && b.victim && isPersonsOf(text, a, b) && !isPersonsOf(null, a, b)) {
      // 「対象予約件数:11,958件(お客様数:8,732名)」: the records' people behind a label; totalAffected prefers them.
      a.reason = 'records-of-persons';
    }
  }
}

/** Between a persons count and the records of its people: 「顧客2846人のクレジットカード情報3012件」「2,871名(クレジットカード情報3,214件)」「278名のメールアドレス(312件)」. */
const RECORDS_OF_PERSONS_GAP_RE = /^(?:の[^。、\d]{1,16}?(?:情報|データ)(?:等|など)?|[ \u3000]*[(（][^()（）。、\d]{1,16}?|の[^。、\d()（）]{1,16}?[ \u3000]*[(（])[ \u3000]*(?:約|最大(?:で)?)?[ \u3000]*$/;
/** The records told in an aside after the people's data (「278名のメールアドレス(計312件)」): a total of records, not of people. */
const RECORDS_ASIDE_GAP_RE = /^の[^。、\d()（）]{1,16}?[ \u3000]*[(（][ \u3000]*$/;

/**
 * 「顧客2846人のクレジットカード情報3012件」: the records are those people's, counted another way; the people
 * are the count of the affected (persons over records, as 88 件(80 人分)).
 */
function recordsOfPersons(text: string, counts: Count[]): void {
  for (let i = 0; i + 1 < counts.length; i++) {
    const a = counts[i]!;
    const b = counts[i + 1]!;
    if (!a.victim || !b.victim || (a.unit !== '人' && a.unit !== '名') || b.unit !== '件' || b.start - a.end > 24) continue;
    const gap = text.slice(a.end, b.start);
    if (b.total ? RECORDS_ASIDE_GAP_RE.test(gap) : RECORDS_OF_PERSONS_GAP_RE.test(gap)) {
      b.victim = false;
      b.reason = 'records-of-persons';
    }
  }
}

/**
 * 「この間にログインした会員は5,830人。このうち731人分の氏名…が閲覧可能な状態だった」: a whole ending its sentence, the next
 * taking the affected part of it, is the whole's size, not those affected (a leak told in the whole's own clause, 「流出したのは
 * 1万2000人で、このうち…」, keeps it).
 */
function wholeBeforePart(text: string, counts: Count[]): void {
  for (let i = 0; i + 1 < counts.length; i++) {
    const a = counts[i]!;
    const b = counts[i + 1]!;
    if (!a.victim || !b.victim || b.start - a.end > PART_GAP_MAX || !PART_NEXT_GAP_RE.test(text.slice(a.end, b.start))) continue;
    const clause = text.slice(Math.max(0, a.start - PART_CLAUSE_REACH), a.start);
    if (LEAK_IN_WHOLE_CLAUSE_RE.test(clause)) continue;
    a.victim = false;
    a.reason = 'population';
  }
}
const PART_GAP_MAX = 16;
/** The gap from a whole ending its sentence to the part's count: 「。このうち」「でした。うち、最大で」. */
const PART_NEXT_GAP_RE = /^(?:分)?(?:で|だった|でした|です|であった)?。[ \u3000]*(?:この|その)?うち[、,]?[ \u3000]*(?:約|最大(?:で)?|およそ)?[ \u3000]*$/;
const PART_CLAUSE_REACH = 40;
/** A leak or the affected told in the whole's own clause (after the last comma or sentence end before it). */
const LEAK_IN_WHOLE_CLAUSE_RE = /(?:流出|漏えい|漏洩|漏れ|対象|被害|閲覧|不正|紛失|誤送|誤って|盗|窃取)[^、。]*$/;

/**
 * The people of one enumeration of groups, each named and counted (「生徒19名及びその保護者18名の」「受取人878人、差出人357人の」
 * 「男性10名、女性10名の」), added up: groups told side by side are different people. Only firm counts of people, in one
 * sentence, each after its own group's name; never a part (うち…) of another. Null when the text holds no such enumeration.
 */
function enumeratedGroups(text: string, victims: readonly Count[]): number | null {
  let best: number | null = null;
  for (let i = 0; i < victims.length; i++) {
    let sum = 0;
    let k = i;
    const first = victims[i]!;
    if (!isGroupCount(first) || !GROUP_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))) continue;
    sum = first.value!;
    while (k + 1 < victims.length) {
      const next = victims[k + 1]!;
      if (!isGroupCount(next) || next.start - victims[k]!.end > GROUP_GAP || !GROUP_BETWEEN.test(text.slice(victims[k]!.end, next.start))) break;
      sum += next.value!;
      k++;
    }
    if (k > i && GROUP_AFTER.test(text.slice(victims[k]!.end, victims[k]!.end + 4)) && (best === null || sum > best)) best = sum;
    i = k;
  }
  return best;
}
/** A firm count of people: no 約, 延べ, 最大 or part of another. */
const isGroupCount = (c: Count): boolean => c.value !== null && c.value > 0 && isPeople(c) && !c.numeric_approx && !c.total;
/** How far apart two groups' counts may be: a separator and the next group's name with its aside. */
const GROUP_GAP = 20;
/** A group's name right before its count (生徒, 受取人, 男性), no part (うち, 内) or total (計, 合計). */
const GROUP_BEFORE = /[\u4e00-\u9fff\u30a1-\u30ffー]{1,8}[(（]?$/u;
/** Between two groups' counts: a separator, then the next group's name (「及びその保護者」「、差出人」). */
const GROUP_BETWEEN = /^[)）]?(?:分)?[)）]?(?:、|及び|および|並びに|と|・)(?:その)?(?!うち|内|計|合計|総数|全体|延べ|のべ)[\u4e00-\u9fff\u30a1-\u30ffー]{1,8}[(（]?$/u;
/** After the last group: what they are the people of (の氏名, 分の個人情報). */
const GROUP_AFTER = /^[)）]?(?:分)?[)）]?の/u;

/**
 * The number of affected people/records: the largest stated total among victim counts; else the
 * single distinct value; else the largest group (groups may overlap, so they are not added up) — unless `text` (the page the
 * counts' offsets point into) shows groups named side by side as one enumeration (生徒19名及びその保護者18名の), which are
 * different people and are added up (enumeratedGroups).
 * A records count followed by its persons (88件(80人分)) is represented by the persons value, and so are people followed by their
 * records (4138人分およそ4700件, with `text`).
 * A range count (数万) gives its lower bound only when nothing exact exists. null: no victim count.
 */
export function totalAffected(counts: Count[], text?: string): number | null {
  const sorted = [...counts].sort((a, b) => a.start - b.start);
  // Records told as so many people (146件は保護者128人分): every mention of those records gives way.
  const recordsWithPeople = new Set<number | null>();
  sorted.forEach((c, i) => {
    const next = sorted[i + 1];
    if (next && next.victim && isPersonsOf(null, c, next)) recordsWithPeople.add(c.value);
    // 「お客様2,871名(クレジットカード情報3,214件)」: every mention of those records gives way to the people.
    if (c.reason === 'records-of-persons') recordsWithPeople.add(c.value);
    // 「町民4138人分およそ4700件の口座情報」: the people's records told right after them give way too.
    // (Or after the kinds of their data: 「該当者994人分の氏名や還付税額、還付年月日など計3942件」.)
    if (
      text !== undefined && next && next.unit === '件' && isPeople(c) && c.victim && c.text.endsWith('分') &&
      ((next.start - c.end <= RECORDS_AFTER_PEOPLE_REACH && ONLY_SPACES.test(text.slice(c.end, next.start))) ||
        (next.start - c.end <= KINDS_BEFORE_RECORDS_REACH && KINDS_BEFORE_RECORDS.test(text.slice(c.end, next.start))))
    ) recordsWithPeople.add(next.value);
  });
  // A 延べ count of records (のべ4万1592件の注文履歴) gives way to any count of people: records are no people.
  const hasPeople = sorted.some((c) => c.victim && c.value !== null && c.value > 0 && isPeople(c));
  const victims = sorted.filter((c, i) => {
    // 「二次被害のご報告0件」: nobody is counted by a zero.
    if (!c.victim || c.value === 0) return false;
    const prev = sorted[i - 1];
    // People over records: 88 件(80 人分), and 4,096名（予約件数 5,212件）; a 延べ count over its own people
    // told right after it (延べ612人分(実人数428人), 延べ4万3208件で、重複を除いた実人数は2万9118人).
    const next = sorted[i + 1];
    const cumulative = c.qualifiers.includes('延べ') || c.qualifiers.includes('のべ');
    // 「通知書は延べ41件、これに係る対象者(保護者)は38名です」: the records' people, told next, count instead.
    const peopleAfter = next !== undefined && next.victim && c.unit === '件' && isPeople(next) && next.start - c.end <= PEOPLE_AFTER_REACH;
    const netAfter = cumulative && next !== undefined && ((next.qualifiers.includes('実人数') && next.start - c.end <= NET_AFTER_REACH) || peopleAfter);
    // 「計28世帯69名の個人情報」: households told with their people right after them give way to the people.
    const householdsOfPeople = c.unit === '世帯' && next !== undefined && next.victim && isPeople(next) && next.start - c.end <= HOUSEHOLD_PEOPLE_GAP;
    if (householdsOfPeople) return false;
    return !(c.unit === '件' && isSameRecords(c.value, recordsWithPeople)) && !(prev && prev.victim && isRecordsAside(prev, c)) && !netAfter && !(cumulative && c.unit === '件' && hasPeople);
  });
  if (victims.length === 0) return null;
  // A headline's round figure in 万 or 千 (12万人分) gives way to the body's closer one (約12万4000人分).
  // (Each "is there such a figure near this one" below asks a nearTest, built on first use: a walk over a notice's few values,
  // a binary search over a hostile page's thousands, whose walk per count would cost their square.)
  const closerBelow = new Map<number, ReturnType<typeof nearTest>>(); // over the values with fewer trailing zeros than the key
  const roundHeadline = new Set(
    victims.filter((c) => {
      if (!(c.value !== null && c.value > 0 && /[万千]/.test(c.text) && !/[0-9]\s*(?:人|名|件)/.test(c.text))) return false;
      const zeros = trailingZeros(c.value);
      let closer = closerBelow.get(zeros);
      if (closer === undefined) {
        const below: number[] = [];
        for (const e of victims) if (e.value !== null && e.value > 0 && trailingZeros(e.value) < zeros) below.push(e.value);
        closerBelow.set(zeros, (closer = nearTest(below, ROUNDING)));
      }
      return closer(c.value, () => true);
    }),
  );
  // A rounded figure (約26万人分, a headline's) gives way to the exact one it rounds (25万8316人分), not to a round one.
  const firm = victims.filter((c) => c.value !== null && !c.qualifiers.some((q) => NOT_FIRM.has(q)) && !roundHeadline.has(c));
  // (A plain round figure the page also gives as rough, 「800人分」 beside 「およそ800人分」, is that rough figure.)
  const rough = (c: Count) => c.qualifiers.some((q) => ROUGH.has(q));
  const roughValues = new Set(victims.filter(rough).map((c) => c.value));
  let nearFirm: ReturnType<typeof nearTest> | undefined; // over the firm values no rough figure has
  const roundsAnother = (c: Count) => {
    if (c.value === null || !(rough(c) || (roughValues.has(c.value) && trailingZeros(c.value) >= 2))) return false;
    if (nearFirm === undefined) {
      const values: number[] = [];
      for (const e of firm) if (!roughValues.has(e.value)) values.push(e.value!);
      nearFirm = nearTest(values, ROUNDING);
    }
    return nearFirm(c.value, (v) => v !== c.value);
  };
  const exact = victims.filter((c) => c.value !== null && !roundsAnother(c) && !roundHeadline.has(c));
  // 「合計 85名分(うち2名は両方に含まれるため、実人数は83名)」: the people counted once each.
  // (Only a total's own people, told right after it: not 延べ3,427件(実人数2,567人), a subset's.)
  const totals = exact.filter((c) => c.total);
  let totalEnds: number[] | undefined;
  const net = exact.filter((c) => {
    if (!c.qualifiers.includes('実人数')) return false;
    totalEnds ??= totals.map((t) => t.end).sort((a, b) => a - b);
    const i = lowerBound(totalEnds, c.start - NET_REACH);
    return i < totalEnds.length && totalEnds[i]! <= c.start;
  });
  if (net.length > 0) return largest(net.map((c) => c.value));
  if (totals.length > 0) return largest(totals.map((c) => c.value));
  // Groups told side by side with no total (生徒19名及びその保護者18名): their people added up, when more than any one count.
  const groups = text === undefined ? null : enumeratedGroups(text, exact);
  const most = largest(exact.map((c) => c.value));
  if (groups !== null && (most === null || groups > most)) return groups;
  if (exact.length > 0) return most;
  // Only indeterminate counts (数万件): no number a reader would give, so none (the range stays on the count).
  return null;
}

/** How far after a count of households its people may follow: 「28世帯69名」「28世帯・69名」. */
const HOUSEHOLD_PEOPLE_GAP = 1;
/** The kinds of the people's data between them and their records' count: 「の氏名や還付税額、還付年月日など計」. */
const KINDS_BEFORE_RECORDS = /^の[^。\n0-9]{1,60}?(?:など|等)(?:の(?:情報|データ))?[、 \u3000]?(?:計|合計|総計)?$/;
/** How far after a count of people the kinds of their data and their records' count may run. */
const KINDS_BEFORE_RECORDS_REACH = 72;
/** How far after a count of people (…人分) their records may be told, with nothing but spaces between (the records' own 約 is theirs). */
const RECORDS_AFTER_PEOPLE_REACH = 3;
const ONLY_SPACES = /^[ \u3000]*$/;
/** How far after a 延べ count its people counted once each may be told: 「で、重複を除いた実人数は」 (12 units). */
const NET_AFTER_REACH = 16;
/** How far after a 延べ count of records the people they concern may be told: 「、これに係る対象者(保護者)は」 (16 units). */
const PEOPLE_AFTER_REACH = 24;

/** Qualifiers of a figure that is not exact (最大 and 延べ figures are exact). */
const NOT_FIRM = new Set(['約', 'おおよそ', 'およそ', '以上', '超', 'を超える', 'を超え', 'を超す', 'を上回る', '余り', '余', '強', '弱', '程度', '前後', '未満', '近く', 'ほど']);
/** Qualifiers of a figure rounded to what it stands for: 約, およそ. */
const ROUGH = new Set(['約', 'およそ', 'おおよそ']);
/** How far a 約 figure may lie from the exact figure it rounds (約26万 for 25万8316: 0.7 %). */
const ROUNDING = 0.05;

/** How many zeros end the number: 3 for 124000, 4 for 120000. */
function trailingZeros(v: number): number {
  let n = 0;
  for (let x = Math.round(v); x > 0 && x % 10 === 0; x /= 10) n++;
  return n;
}

/** Largest non-null value (a loop, not Math.max(...xs): safe for any number of counts). */
function largest(values: (number | null)[]): number | null {
  let best: number | null = null;
  for (const v of values) if (v !== null && (best === null || v > best)) best = v;
  return best;
}

// The engine's contract: what goes in (a page's text, with optional block boundaries)
// and what comes out (incidents with spans into that same text). Pure data, no DOM.

/** A block of the page (heading, paragraph, list item) as [start, end) offsets into PageText.text. */
export interface Block {
  start: number;
  end: number;
  /** 'h1'…'h6' for headings, 'li' for list items, 'p' for any other block. */
  kind: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'li' | 'p';
}

export interface PageText {
  text: string;
  /** Present when the text came from HTML; absent for plain text (lines are then the blocks). */
  blocks?: Block[];
}

/** Unit a count is expressed in. Person/record units can be victim counts; the others never are. */
export type CountUnit =
  | '件'
  | '名'
  | '人'
  | 'アカウント'
  | '世帯'
  | '円'
  | 'ファイル'
  | '台'
  | '通'
  | '社'
  | '枚'
  | '回'
  | '個'
  | '校'
  | '団体'
  | '先';

export interface Count {
  /** Exact substring of the page text (includes attached prefixes 約/のべ/計 and suffixes 分/以上). */
  text: string;
  start: number;
  end: number;
  /** Integer value; null when indeterminate (数万) — then min/max give the range. */
  value: number | null;
  min: number | null;
  max: number | null;
  unit: CountUnit;
  /** Not a firm number: numeric imprecision (約, 最大, のべ, 数万, 以上…) or a possibility hedge. */
  approx: boolean;
  /** Numeric imprecision only (約, 最大, のべ/延べ, 数万, 以上, を超える, 程度, 余り…). */
  numeric_approx: boolean;
  /** The counted set is only possibly affected (可能性, おそれ/恐れ, 懸念). */
  hedged: boolean;
  /** Counts affected people or records (not money, files, viewers, relayed mail, staff…). */
  victim: boolean;
  /** A stated total (合計/計/総数/総計). */
  total: boolean;
  /** Qualifier tokens seen with the number (約, 最大, 以上, 可能性…). */
  qualifiers: string[];
  /** Why the count is (not) a victim count: a short machine-readable reason. */
  reason: string;
}

/** A mention of a vocabulary term in the text. */
export interface Mention<K extends string = string> {
  key: K;
  text: string;
  start: number;
  end: number;
}

export type PpcTrigger = 'sensitive' | 'financial_harm' | 'unlawful_purpose' | 'over_1000_people';

export interface Incident {
  span: [number, number];
  heading: string | null;
  /** Offsets of the heading line, when one was found. */
  heading_span: [number, number] | null;
  org: string | null;
  org_span: [number, number] | null;
  published: string | null;
  is_breach: boolean;
  /** Why the detector decided as it did, for explanations. */
  breach_evidence: string[];
  total_affected: number | null;
  counts: Count[];
  categories: string[];
  category_mentions: Mention[];
  cause: string | null;
  cause_mentions: Mention[];
  ppc_triggers: PpcTrigger[];
}

/** The small part of a morphological analyser the engine uses (kuromoji fits it). */
export interface Token {
  surface: string;
  /** Offset of the token in the string given to tokenize(). */
  start: number;
  /** Part of speech, e.g. 名詞, 助詞. */
  pos: string;
  /** First POS detail, e.g. 固有名詞, 接尾. */
  posDetail1: string;
  /** Second POS detail, e.g. 組織, 地域. */
  posDetail2: string;
}

export interface Tokenizer {
  tokenize(text: string): Token[];
}

export interface EngineOptions {
  /** Optional morphological analyser; the engine works (slightly worse) without it. */
  tokenizer?: Tokenizer;
}

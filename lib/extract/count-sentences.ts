// Sentence and line index over a region of text, for the count extractor: sentence bounds
// (split on 。/!/? and newlines) and the possibility hedge of each count, including the
// hedge a list inherits from its lead-in sentence ("漏えいの可能性がある個人情報は下記の通り。").
// Built in one linear pass; lookups are binary searches.

/** Possibility hedges. Must match 可能性, おそれ, 恐れ, 懸念. */
const HEDGE_RE = /可能性|おそれ|恐れ|懸念/;
/** Negated hedges, removed before testing: 可能性はございません, おそれはありません. */
const NEGATED_HEDGE_RE = /(?:可能性|おそれ|恐れ|懸念)[はも](?:ございません|ありません|ない|無い|なし|無し)/g;
/** Sentence terminators inside a line. */
const TERMINATOR_RE = /[。!?！？]/g;
/** A bulleted list line: ・免許証情報;1件, • 入所者名… */
const BULLET_RE = /^[ \u3000\t]*[・•●○◆◇■□▪‐\-*※]/;
/** A numbered line (heading or item): 1.経緯, (2)対象件数, ① …, 1 事案の概要. Not 2022年…. */
const NUMBERED_RE =
  /^[ \u3000\t]*(?:\d{1,2}[.．)）、]|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[ \u3000]+\S)/;
/** A line this short (trimmed, not ending a sentence) is a label/value line of the list above it. */
const SHORT_LINE = 30;

/** The hedge token in a sentence, ignoring negated ones; null when not hedged. */
export function hedgeToken(sentence: string): string | null {
  // Most sentences hold no hedge word at all: then there is nothing to remove.
  if (!HEDGE_RE.test(sentence)) return null;
  const m = HEDGE_RE.exec(sentence.replace(NEGATED_HEDGE_RE, ''));
  return m ? m[0] : null;
}

export class CountTextIndex {
  /** Sentence starts/ends (absolute offsets), sorted. */
  private readonly sStart: number[] = [];
  private readonly sEnd: number[] = [];
  /** Hedge token of each sentence, after list inheritance. */
  private readonly sHedge: (string | null)[] = [];

  constructor(text: string, lo: number, hi: number) {
    let lead: string | null = null; // hedge of the latest lead-in (paragraph / numbered heading)
    let lineStart = lo;
    while (lineStart < hi) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > hi) lineEnd = hi;
      const line = text.slice(lineStart, lineEnd);
      const trimmed = line.trim();
      if (trimmed.length > 0) lead = this.addLine(line, lineStart, trimmed, lead);
      lineStart = lineEnd + 1;
    }
  }

  /** Splits one line into sentences; returns the lead hedge for the lines that follow. */
  private addLine(line: string, offset: number, trimmed: string, lead: string | null): string | null {
    const numbered = NUMBERED_RE.test(line);
    const labelLine = trimmed.length <= SHORT_LINE && !/[。!?！？]$/.test(trimmed);
    const inherits = !numbered && (BULLET_RE.test(line) || labelLine);
    let s = 0;
    let last: string | null = null;
    let any: string | null = null;
    TERMINATOR_RE.lastIndex = 0;
    for (;;) {
      const m = TERMINATOR_RE.exec(line);
      const e = m ? m.index + 1 : line.length;
      if (e > s) {
        last = hedgeToken(line.slice(s, e));
        any = any ?? last;
        this.sStart.push(offset + s);
        this.sEnd.push(offset + e);
        this.sHedge.push(inherits ? (last ?? lead) : last);
      }
      if (!m) break;
      s = e;
    }
    if (inherits) return lead;
    return numbered ? any : last;
  }

  /** Index of the sentence containing pos (the last sentence starting at or before it), or -1. */
  private find(pos: number): number {
    let lo = 0;
    let hi = this.sStart.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sStart[mid]! <= pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** [start, end) of the sentence containing pos; [pos, pos) when pos is outside every sentence. */
  sentenceAt(pos: number): [number, number] {
    const i = this.find(pos);
    if (i < 0 || this.sEnd[i]! < pos) return [pos, pos];
    return [this.sStart[i]!, this.sEnd[i]!];
  }

  /** Hedge token for a count starting at pos (own sentence, or the list's lead-in). */
  hedgeAt(pos: number): string | null {
    const i = this.find(pos);
    return i < 0 ? null : this.sHedge[i]!;
  }
}

import { rangeIndex, type Range } from '../text/lines';

// A table of incidents as a browser's innerText renders it: one row a line, its cells apart by tabs, under a header
// row that names an organisation column and another of the incident's (公表日, 件数, 原因, 漏えいした情報).
//   組織名 ⇥ 公表日 ⇥ 件数 ⇥ 原因 ⇥ 漏えいした(可能性のある)情報
//   株式会社ハーベスト物流 ⇥ 2025年5月7日 ⇥ 約4.6万件 ⇥ ランサムウェア ⇥ 取引先担当者の氏名、会社名、電話番号
// Each row is one incident. A text table with its cells apart by bars (公表日｜組織名｜件数｜原因) is read the same way.
// Plain text with no tab or bar never holds one, and is not read past one look for them.

/** A header cell naming the organisation's column. */
const ORG_HEADER = /^(?:会員|加盟|対象|被害)?(?:組織名?|企業名?|団体名?|事業者名?|法人名|会社名|被害組織|公表元|公表組織|名称)$/;
/** A header cell naming the issuer's department (a city's list of its own cases): the page's issuer is the organisation. */
const DEPARTMENT_HEADER = /^(?:担当課|所管課|担当部署|担当部局|担当部課|所属|課名)$/;
/** A header cell naming another column of an incident. */
const INCIDENT_HEADER = /公表日|発表日|公表|発表|日付|件数|人数|規模|原因|概要|内容|種別|漏えい|漏洩|流出|情報/;
/** A header cell naming the data that leaked: the row's kinds of data are told as leaked by it. */
const LEAK_HEADER = /漏えい|漏洩|流出/;
/** The fewest rows that make a table of incidents. */
const MIN_ROWS = 2;
/** A row or header longer than this is no table line. */
const MAX_ROW = 400;

export interface IncidentTable {
  /** The header row. */
  header: Range;
  /** Each incident's row. */
  rows: Range[];
  /** The header names a column of leaked data (漏えいした情報). */
  leakColumn: boolean;
  /** Each row's cell under the organisation's header (its text trimmed), or null when the row has none. */
  orgCells: Array<Range | null>;
  /** The rows name the issuer's departments, not organisations: each row is the page issuer's. */
  byDepartment: boolean;
}

/** A row's cells, apart by `sep`; a bar table's outer bars (「| a | b |」) hold no cell. */
function cells(line: string, sep: string): string[] {
  const out = line.split(sep).map((c) => c.trim());
  if (sep === '|' && out.length > 1 && out[0] === '' && out[out.length - 1] === '') return out.slice(1, -1);
  return out;
}

/** The trimmed range of cell `index` of the row at r, cells apart by `sep` (a bar table's outer bar skipped), or null. */
function cellRange(text: string, r: Range, sep: string, index: number): Range | null {
  let start = r.start;
  if (sep === '|') {
    while (start < r.end && /\s/.test(text[start]!)) start++;
    if (text[start] === '|') start++;
  }
  for (let k = 0; k < index; k++) {
    const at = text.indexOf(sep, start);
    if (at < 0 || at >= r.end) return null;
    start = at + 1;
  }
  let end = text.indexOf(sep, start);
  if (end < 0 || end > r.end) end = r.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * The next tab or bar (a text table's cell rule, 「公表日｜組織名｜件数｜原因」 width-folded) at or after a position. Each kind is
 * looked for again only once passed, so a page with many bars and no tab is not read to its end at every bar.
 */
function separatorScanner(text: string): (from: number) => number {
  let tab = text.indexOf('\t');
  let bar = text.indexOf('|');
  return (from) => {
    if (tab >= 0 && tab < from) tab = text.indexOf('\t', from);
    if (bar >= 0 && bar < from) bar = text.indexOf('|', from);
    return tab < 0 ? bar : bar < 0 ? tab : Math.min(tab, bar);
  };
}

/** The page's first table of incidents, or null. `all` are the page's lines. */
export function incidentTable(text: string, all: readonly Range[]): IncidentTable | null {
  // Only the lines holding a separator are read: from each separator to its line (a binary search), then past that line.
  // (Most pages hold a few bars in menus and titles, and no tab: the page's thousands of lines are not walked one by one.)
  const nextSeparator = separatorScanner(text);
  for (let nextSep = nextSeparator(0); nextSep >= 0; ) {
    const k = rangeIndex(all, nextSep);
    if (k < 0) break;
    const l = all[k]!;
    nextSep = nextSeparator(l.end + 1);
    if (l.end - l.start > MAX_ROW) continue;
    // Tabs (innerText's cells) or, in a line with no tab, bars. (A line naming no incident's column is no header: one test
    // before its cells are cut.)
    const line = text.slice(l.start, l.end);
    if (!INCIDENT_HEADER.test(line)) continue;
    const sep = line.includes('\t') ? '\t' : '|';
    const head = cells(line, sep);
    const byDepartment = !head.some((c) => ORG_HEADER.test(c));
    if (head.length < 3 || (byDepartment && !head.some((c) => DEPARTMENT_HEADER.test(c)))) continue;
    if (head.filter((c) => INCIDENT_HEADER.test(c)).length < 2) continue;
    const rows: Range[] = [];
    for (let j = k + 1; j < all.length; j++) {
      const r = all[j]!;
      if (r.end - r.start > MAX_ROW) break;
      const row = cells(text.slice(r.start, r.end), sep);
      // A row has the header's cells (a last one left empty aside), its first one filled.
      if (row.length < head.length - 1 || row.length > head.length || row[0] === '') break;
      rows.push(r);
    }
    if (rows.length >= MIN_ROWS) {
      const orgColumn = head.findIndex((c) => ORG_HEADER.test(c));
      return {
        header: l,
        rows,
        leakColumn: head.some((c) => LEAK_HEADER.test(c)),
        orgCells: rows.map((r) => (byDepartment ? null : cellRange(text, r, sep, orgColumn))),
        byDepartment,
      };
    }
  }
  return null;
}

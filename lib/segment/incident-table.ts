import type { Range } from '../text/lines';

// A table of incidents as a browser's innerText renders it: one row a line, its cells apart by tabs, under a header
// row that names an organisation column and another of the incident's (公表日, 件数, 原因, 漏えいした情報).
//   組織名 ⇥ 公表日 ⇥ 件数 ⇥ 原因 ⇥ 漏えいした(可能性のある)情報
//   株式会社ハーベスト物流 ⇥ 2025年5月7日 ⇥ 約4.6万件 ⇥ ランサムウェア ⇥ 取引先担当者の氏名、会社名、電話番号
// Each row is one incident. Plain text with no tab never holds one, and is not read past one look for a tab.

/** A header cell naming the organisation's column. */
const ORG_HEADER = /^(?:組織名?|企業名?|団体名?|事業者名?|法人名|会社名|被害組織|公表元|公表組織|名称)$/;
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
}

function cells(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

/** The page's first table of incidents, or null. `all` are the page's lines. */
export function incidentTable(text: string, all: readonly Range[]): IncidentTable | null {
  // The next tab at or after the current line, found again only once passed: one pass over the page (an
  // indexOf from every line would read the rest of a long page once per line when its only tab is near its end).
  let nextTab = text.indexOf('\t');
  for (let k = 0; k < all.length && nextTab >= 0; k++) {
    const l = all[k]!;
    if (nextTab < l.start) nextTab = text.indexOf('\t', l.start);
    if (nextTab < 0) break;
    if (nextTab >= l.end || l.end - l.start > MAX_ROW) continue;
    const head = cells(text.slice(l.start, l.end));
    if (head.length < 3 || !head.some((c) => ORG_HEADER.test(c))) continue;
    if (head.filter((c) => INCIDENT_HEADER.test(c)).length < 2) continue;
    const rows: Range[] = [];
    for (let j = k + 1; j < all.length; j++) {
      const r = all[j]!;
      if (r.end - r.start > MAX_ROW) break;
      const row = cells(text.slice(r.start, r.end));
      // A row has the header's cells (a last one left empty aside), its first one filled.
      if (row.length < head.length - 1 || row.length > head.length || row[0] === '') break;
      rows.push(r);
    }
    if (rows.length >= MIN_ROWS) return { header: l, rows, leakColumn: head.some((c) => LEAK_HEADER.test(c)) };
  }
  return null;
}

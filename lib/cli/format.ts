// Output formats of the extract CLI (scripts/extract.ts): the JSON object per incident (a contract:
// fields may be added at the end, never renamed or removed), CSV and a readable table. Pure functions.
import type { CountUnit, Incident } from '../types';

export interface CliCount {
  text: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: CountUnit;
  approx: boolean;
  hedged: boolean;
  victim: boolean;
  // Extra fields (after the contract's).
  numeric_approx: boolean;
  total: boolean;
  start: number;
  end: number;
}

export interface CliIncident {
  file: string;
  span: [number, number];
  heading: string | null;
  org: string | null;
  published: string | null;
  is_breach: boolean;
  total_affected: number | null;
  counts: CliCount[];
  categories: string[];
  cause: string | null;
  ppc_triggers: string[];
  // Extra fields (after the contract's).
  breach_evidence: string[];
}

/** The CLI's JSON object for one incident, keys in contract order. */
export function incidentToCli(file: string, inc: Incident): CliIncident {
  return {
    file,
    span: [inc.span[0], inc.span[1]],
    heading: inc.heading,
    org: inc.org,
    published: inc.published,
    is_breach: inc.is_breach,
    total_affected: inc.total_affected,
    counts: inc.counts.map((c) => ({
      text: c.text,
      value: c.value,
      min: c.min,
      max: c.max,
      unit: c.unit,
      approx: c.approx,
      hedged: c.hedged,
      victim: c.victim,
      numeric_approx: c.numeric_approx,
      total: c.total,
      start: c.start,
      end: c.end,
    })),
    categories: [...inc.categories],
    cause: inc.cause,
    ppc_triggers: [...inc.ppc_triggers],
    breach_evidence: [...inc.breach_evidence],
  };
}

/** One JSON array for all incidents of all files. */
export function formatJson(rows: readonly CliIncident[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export const CSV_HEADER = [
  'file',
  'span_start',
  'span_end',
  'heading',
  'org',
  'published',
  'is_breach',
  'total_affected',
  'categories',
  'cause',
  'ppc_triggers',
  'counts',
] as const;

/**
 * A CSV field that a spreadsheet would run as a formula. Must match: =SUM(…), +1, -1+2, @cmd, a leading
 * tab or CR. Must not match: 2,446件, 島田市, a minus sign inside text.
 */
const FORMULA_START = /^(?<lead>[=+\-@\t\r])/u;

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/** Page text in a CSV cell: prefixed with ' when a spreadsheet would read it as a formula. */
function textField(value: string | null): string {
  if (value === null) return '';
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

/** CSV with a header row, one row per incident, CRLF line ends (RFC 4180). Lists are joined with ';'. */
export function formatCsv(rows: readonly CliIncident[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        textField(r.file),
        csvField(r.span[0]),
        csvField(r.span[1]),
        textField(r.heading),
        textField(r.org),
        csvField(r.published),
        csvField(r.is_breach),
        csvField(r.total_affected),
        csvField(r.categories.join(';')),
        csvField(r.cause),
        csvField(r.ppc_triggers.join(';')),
        textField(r.counts.map((c) => c.text).join(';')),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Display width in a terminal: East Asian wide and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp < 0x370) || cp === 0x200b) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cuts s to at most `width` columns, ending with … when cut. Control characters become spaces. */
export function truncateToWidth(s: string, width: number): string {
  let clean = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    clean += cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? ' ' : ch;
  }
  if (displayWidth(clean) <= width) return clean;
  let out = '';
  let w = 0;
  for (const ch of clean) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Like truncateToWidth but keeps the end (file paths: the name matters more than the folders). */
export function truncateStartToWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return truncateToWidth(s, width);
  const chars = [...s];
  let out = '';
  let w = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = displayWidth(chars[i]!);
    if (w + cw > width - 1) break;
    out = chars[i]! + out;
    w += cw;
  }
  return truncateToWidth(`…${out}`, width);
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

const TABLE_COLUMNS = ['file', 'span', 'breach?', 'org', 'published', 'total', 'categories', 'cause'] as const;
/** Widest a column may get; longer cells are cut with …. */
const MAX_WIDTH: Record<(typeof TABLE_COLUMNS)[number], number> = {
  file: 32,
  span: 16,
  'breach?': 7,
  org: 28,
  published: 10,
  total: 10,
  categories: 48,
  cause: 32,
};

/** A readable table: a header, a rule, one row per incident. Empty input gives a one-line note. */
export function formatTable(rows: readonly CliIncident[]): string {
  if (rows.length === 0) return '(no incidents)\n';
  const cells = rows.map((r): string[] => [
    r.file,
    `${r.span[0]}-${r.span[1]}`,
    r.is_breach ? 'yes' : 'no',
    r.org ?? '-',
    r.published ?? '-',
    r.total_affected === null ? '-' : String(r.total_affected),
    r.categories.length > 0 ? r.categories.join(',') : '-',
    r.cause ?? '-',
  ]);
  const cut = cells.map((row) =>
    row.map((c, i) => (i === 0 ? truncateStartToWidth : truncateToWidth)(c, MAX_WIDTH[TABLE_COLUMNS[i]!])),
  );
  const widths = TABLE_COLUMNS.map((h, i) => Math.max(displayWidth(h), ...cut.map((row) => displayWidth(row[i]!))));
  const line = (row: readonly string[]): string =>
    row
      .map((c, i) => (i === row.length - 1 ? c : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(TABLE_COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...cut.map(line)].join('\n')}\n`;
}

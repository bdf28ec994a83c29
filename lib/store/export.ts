// Exporting the library: CSV for spreadsheets (Excel in Japan included), JSON for backups and
// moving a library (round-trips through parseImport), VERIS for incident databases (veris.ts).
import type { IncidentRecord } from './record';
import { lastSavedAt } from './source';

export { toVeris } from './veris';

/** Identifies our JSON export; parseImport checks it. */
export const EXPORT_FORMAT = 'leakmark';
export const EXPORT_VERSION = 1;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  incidents: IncidentRecord[];
}

/** Full-fidelity JSON export. */
export function toJson(records: readonly IncidentRecord[], now: string = new Date().toISOString()): string {
  const payload: LibraryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, incidents: [...records] };
  return `${JSON.stringify(payload, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'id',
  'org',
  'published',
  'total_affected',
  'approx',
  'categories',
  'cause',
  'is_breach',
  'ppc_triggers',
  'tags',
  'notes',
  'url',
  'title',
  'saved_at',
] as const;

const BOM = '\uFEFF';
// Spreadsheets run a cell starting with one of these as a formula (full-width forms included:
// Japanese input often produces them). A leading apostrophe makes the cell text.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** One CSV cell: formula-defused, then quoted per RFC 4180 when it holds a quote, comma or line break. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(record: IncidentRecord): (string | number | boolean | null)[] {
  const approx = record.counts.some((c) => c.victim && c.approx);
  const first = record.sources[0];
  return [
    record.id,
    record.org,
    record.published,
    record.total_affected,
    approx ? '≈' : '',
    record.categories.join(';'),
    record.cause,
    record.is_breach,
    record.ppc_triggers.join(';'),
    record.tags.join(';'),
    record.notes,
    // Every source URL (URLs contain no spaces); the title of the first source.
    record.sources.map((s) => s.url).join(' '),
    first?.title ?? '',
    lastSavedAt(record.sources),
  ];
}

/**
 * One row per incident, UTF-8 with a byte-order mark (so Excel detects UTF-8), CRLF line ends,
 * RFC 4180 quoting, formula injection defused. Columns: CSV_COLUMNS. `approx` is ≈ when any victim
 * count is approximate; list cells are joined with `;`; saved_at is the latest save.
 */
export function toCsv(records: readonly IncidentRecord[]): string {
  const lines = [CSV_COLUMNS.join(','), ...records.map((r) => row(r).map(csvCell).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

// Importing a library export (our JSON): validated all-or-nothing before anything is stored, then
// applied in one transaction with the same dedupe as saving.
import { write, type Library } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { combineRecords, sameContent } from './merge';
import { RECORD_SCHEMA_VERSION, type IncidentRecord } from './record';
import { upsertRecord } from './save';
import { describe, validateRecord, type FieldIssue } from './validate';

/** Largest file accepted (checked before parsing). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** How many problems an error message lists before "and N more". */
const MAX_LISTED = 5;

export interface ImportProblem extends FieldIssue {
  /** Index in the file's incidents array (absent for problems with the file as a whole). */
  index?: number;
  id?: string;
}

export type ParseResult =
  | { ok: true; records: IncidentRecord[]; warnings: string[] }
  | { ok: false; error: string; problems: ImportProblem[] };

const fail = (error: string, problems: ImportProblem[] = []): ParseResult => ({ ok: false, error, problems });

/** Check a file's size before reading it (File.size is in bytes). */
export function checkImportSize(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `The file is ${mb(bytes)}; leakmark imports files up to ${mb(MAX_IMPORT_BYTES)}.`;
}

/** UTF-8 size of a string in bytes, counted without encoding it; counting stops once past `stopAfter`. */
export function utf8Length(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3; // a surrogate pair is 4
  }
  return bytes;
}

/** Is the text over the import limit? (At most 3 bytes a character: short texts are not counted.) */
function overImportLimit(text: string): boolean {
  return text.length * 3 > MAX_IMPORT_BYTES && utf8Length(text, MAX_IMPORT_BYTES) > MAX_IMPORT_BYTES;
}

function where(p: ImportProblem): string {
  const record = p.index === undefined ? '' : `incidents[${p.index}]${p.id ? ` (id "${p.id}")` : ''}: `;
  return `${record}field "${p.field}": ${p.problem}`;
}

/** What is wrong with the file's envelope ({ format, version, incidents }), or null. */
function checkHeader(data: unknown): string | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return 'The file is not a leakmark export (expected a JSON object).';
  }
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    return `The file is not a leakmark export (format is ${describe(file.format)}, expected "${EXPORT_FORMAT}").`;
  }
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `Field "version": expected a whole number ≥ 1, got ${describe(version)}.`;
  }
  if (version > EXPORT_VERSION) {
    return (
      `This export has version ${version}, made by a newer leakmark ` +
      `(this one reads version ${EXPORT_VERSION}); update leakmark.`
    );
  }
  if (!Array.isArray(file.incidents)) return `Field "incidents": expected a list, got ${describe(file.incidents)}.`;
  return null;
}

/**
 * Parse and validate a leakmark JSON export. All or nothing: any problem rejects the whole file,
 * and the message names each bad record (index and id), the field, and why. Unknown extra fields
 * are dropped and listed in `warnings`.
 */
export function parseImport(text: string): ParseResult {
  // Counting stops just past the limit; only a refused text is counted to its end, for the message.
  if (overImportLimit(text)) return fail(checkImportSize(utf8Length(text))!);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`The file is not valid JSON (is it truncated?): ${(error as Error).message}`);
  }
  const header = checkHeader(data);
  if (header) return fail(header);
  const file = data as Record<string, unknown> & { incidents: unknown[] };

  const problems: ImportProblem[] = [];
  const warnings: string[] = [];
  const records: IncidentRecord[] = [];
  const seen = new Map<string, number>();
  for (const top of Object.keys(file)) {
    if (!['format', 'version', 'exportedAt', 'incidents'].includes(top)) warnings.push(`unknown field "${top}" dropped`);
  }
  file.incidents.forEach((raw: unknown, index) => {
    const rawId = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).id : undefined;
    const id = typeof rawId === 'string' ? rawId : undefined;
    const result = validateRecord(raw, RECORD_SCHEMA_VERSION);
    for (const issue of result.issues) problems.push({ ...issue, index, id });
    if (id !== undefined) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else problems.push({ index, id, field: 'id', problem: `duplicate of incidents[${first}] (ids must be unique)` });
    }
    const label = `incidents[${index}]${id ? ` (id "${id}")` : ''}`;
    for (const path of result.dropped) warnings.push(`${label}: unknown field "${path}" dropped`);
    if (result.record) records.push({ ...result.record, schemaVersion: RECORD_SCHEMA_VERSION });
  });

  if (problems.length) {
    const listed = problems.slice(0, MAX_LISTED).map(where);
    const more = problems.length > MAX_LISTED ? [`…and ${problems.length - MAX_LISTED} more problems.`] : [];
    return fail(['Nothing was imported: the file has problems.', ...listed, ...more].join('\n'), problems);
  }
  return { ok: true, records, warnings };
}

export interface ImportResult {
  added: number;
  /** Merged into a record already in the library (same id, same page and span, or same quote). */
  updated: number;
  /** Already in the library exactly as in the file. */
  unchanged: number;
}

/** Store validated records in one transaction, merging each into a matching record (all or none). */
export async function importRecords(
  library: Library,
  records: readonly IncidentRecord[],
  now: string = new Date().toISOString(),
): Promise<ImportResult> {
  return write(library, async (store) => {
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    for (const record of records) {
      const sameId = await store.get(record.id);
      let unchanged = false;
      const merge = (existing: IncidentRecord, incoming: IncidentRecord) => {
        const merged = combineRecords(existing, [incoming], now);
        unchanged = sameContent(merged, existing);
        return unchanged ? existing : merged;
      };
      const outcome = await upsertRecord(store, record, merge, sameId);
      if (outcome.created) result.added++;
      else if (unchanged) result.unchanged++;
      else result.updated++;
    }
    return result;
  });
}

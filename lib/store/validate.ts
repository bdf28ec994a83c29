// Validation of record fields, shared by imports (whole records) and edits (single fields).
// Every problem is reported as { field, problem } with a path such as "sources[0].quote.exact".
import type { PpcTrigger } from '../types';
import { CATEGORIES, CAUSES } from '../vocabulary';
import type { IncidentRecord } from './record';
import { isPageUrl } from './source';

export interface FieldIssue {
  field: string;
  problem: string;
}

/** Fields the user may correct; a corrected field is never overwritten by a re-extraction or re-save. */
// prettier-ignore
export const EDITABLE_FIELDS = [
  'org', 'published', 'discovered', 'total_affected', 'categories', 'cause', 'is_breach', 'ppc_triggers', 'heading',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

type Issues = FieldIssue[];
type Obj = Record<string, unknown>;

export const PPC_TRIGGERS: readonly PpcTrigger[] = ['sensitive', 'financial_harm', 'unlawful_purpose', 'over_1000_people'];
const COUNT_UNITS = ['件', '名', '人', 'アカウント', '世帯', '円', 'ファイル', '台', '通', '社', '枚', '回', '個', '校', '団体', '先'];
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? null : `expected a string, got ${describe(v)}`);
const bool = (v: unknown) => (typeof v === 'boolean' ? null : `expected true or false, got ${describe(v)}`);
const nullable = (check: (v: unknown) => string | null) => (v: unknown) => (v === null ? null : check(v));
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? null : `expected a number, got ${describe(v)}`);
const count = (v: unknown) =>
  Number.isInteger(v) && (v as number) >= 0 ? null : `expected a whole number ≥ 0, got ${describe(v)}`;
/** A check that runs `test` on strings only. */
const strWhere = (test: (s: string) => boolean, problem: (v: unknown) => string) => (v: unknown) =>
  str(v) ?? (test(v as string) ? null : problem(v));
const date = strWhere((s) => DATE.test(s), (v) => `expected an ISO date (YYYY-MM-DD), got ${describe(v)}`);
const fullDate = strWhere((s) => FULL_DATE.test(s), (v) => `expected a date YYYY-MM-DD, got ${describe(v)}`);
const instant = strWhere(
  (s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)),
  (v) => `expected an ISO date-time, got ${describe(v)}`,
);
const category = strWhere(
  (s) => Object.hasOwn(CATEGORIES, s),
  (v) => `unknown category key ${JSON.stringify(v)} (not in the vocabulary)`,
);
const cause = strWhere(
  (s) => Object.hasOwn(CAUSES, s),
  (v) => `unknown cause key ${JSON.stringify(v)} (not in the vocabulary)`,
);
const trigger = (v: unknown) =>
  PPC_TRIGGERS.includes(v as PpcTrigger)
    ? null
    : `unknown APPI trigger ${describe(v)} (expected one of ${PPC_TRIGGERS.join(', ')})`;
const unit = strWhere((s) => COUNT_UNITS.includes(s), (v) => `unknown count unit ${describe(v)}`);
const pageUrl = strWhere(isPageUrl, (v) => `expected a page address (http, https or file), got ${describe(v)}`);
const id = strWhere((s) => s.trim() !== '' && s.length <= 200, () => 'expected a non-empty id of at most 200 characters');

function field(issues: Issues, path: string, value: unknown, check: (v: unknown) => string | null): void {
  const problem = check(value);
  if (problem) issues.push({ field: path, problem });
}

type Check = (issues: Issues, path: string, v: unknown) => void;

function list(issues: Issues, path: string, value: unknown, each: Check): void {
  if (!Array.isArray(value)) issues.push({ field: path, problem: `expected a list, got ${describe(value)}` });
  else value.forEach((v, i) => each(issues, `${path}[${i}]`, v));
}

const f = (check: (v: unknown) => string | null): Check => (issues, path, v) => field(issues, path, v, check);
const listOf = (check: (v: unknown) => string | null): Check => (issues, path, v) => list(issues, path, v, f(check));

/** Check the keys of an object against a spec; keys not in the spec are reported in `dropped`. */
function shape(issues: Issues, dropped: string[], path: string, value: unknown, spec: Record<string, Check>): void {
  if (!isObj(value)) {
    issues.push({ field: path, problem: `expected an object, got ${describe(value)}` });
    return;
  }
  for (const [key, check] of Object.entries(spec)) {
    const sub = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(value, key)) issues.push({ field: sub, problem: 'missing' });
    else check(issues, sub, value[key]);
  }
  for (const key of Object.keys(value)) if (!Object.hasOwn(spec, key)) dropped.push(path ? `${path}.${key}` : key);
}

const countCheck = (dropped: string[]): Check => (issues, path, v) =>
  shape(issues, dropped, path, v, {
    ...{ text: f(str), unit: f(unit), qualifiers: listOf(str), reason: f(str) },
    ...{ value: f(nullable(num)), min: f(nullable(num)), max: f(nullable(num)) },
    ...{ approx: f(bool), numeric_approx: f(bool), hedged: f(bool), victim: f(bool), total: f(bool) },
  });

const positionCheck = (dropped: string[]): Check => (issues, path, v) => {
  shape(issues, dropped, path, v, { start: f(count), end: f(count) });
  if (isObj(v) && typeof v.start === 'number' && typeof v.end === 'number' && v.end < v.start) {
    issues.push({ field: `${path}.end`, problem: 'end is before start' });
  }
};

const sourceCheck = (dropped: string[]): Check => (issues, path, v) =>
  shape(issues, dropped, path, v, {
    url: f(pageUrl),
    title: f(str),
    quote: (i, p, q) => shape(i, dropped, p, q, { exact: f(str), prefix: f(str), suffix: f(str) }),
    position: positionCheck(dropped),
    pageHash: f(str),
    savedAt: f(instant),
    engineVersion: f(str),
  });

const correctedCheck = (issues: Issues, path: string, v: unknown) => {
  if (!isObj(v)) return issues.push({ field: path, problem: `expected an object, got ${describe(v)}` });
  for (const [key, flag] of Object.entries(v)) {
    const sub = `${path}.${key}`;
    if (!(EDITABLE_FIELDS as readonly string[]).includes(key)) issues.push({ field: sub, problem: 'not an editable field' });
    else if (flag !== true) issues.push({ field: sub, problem: `expected true, got ${describe(flag)}` });
  }
};

const FIELD_CHECKS: Record<string, Check> = {
  org: f(nullable(str)),
  published: f(nullable(date)),
  discovered: f(nullable(fullDate)),
  total_affected: f(nullable(count)),
  categories: listOf(category),
  cause: f(nullable(cause)),
  is_breach: f(bool),
  ppc_triggers: listOf(trigger),
  heading: f(nullable(str)),
  tags: listOf(str),
  notes: f(str),
};

/** Problem with one edited field's value, or null when it is acceptable. */
export function checkPatchField(name: string, value: unknown): string | null {
  const check = FIELD_CHECKS[name];
  if (!check) return 'not an editable field';
  const issues: Issues = [];
  check(issues, name, value);
  if (!issues.length) return null;
  return issues.map((i) => (i.field === name ? i.problem : `${i.field}: ${i.problem}`)).join('; ');
}

export interface RecordValidation {
  /** The record with unknown fields removed, when there were no issues. */
  record: IncidentRecord | null;
  issues: FieldIssue[];
  /** Paths of unknown fields that were dropped. */
  dropped: string[];
}

/** Validate an untrusted value as an IncidentRecord of the current shape (schemaVersion ≤ `maxSchema`). */
export function validateRecord(value: unknown, maxSchema: number): RecordValidation {
  const issues: Issues = [];
  const dropped: string[] = [];
  const schema = (v: unknown) =>
    Number.isInteger(v) && (v as number) >= 1 && (v as number) <= maxSchema
      ? null
      : `expected a schema version from 1 to ${maxSchema}, got ${describe(v)}`;
  shape(issues, dropped, '', value, {
    id: f(id),
    ...FIELD_CHECKS,
    counts: (i, p, v) => list(i, p, v, countCheck(dropped)),
    sources: (i, p, v) => {
      list(i, p, v, sourceCheck(dropped));
      if (Array.isArray(v) && v.length === 0) i.push({ field: p, problem: 'a record needs at least one source' });
    },
    corrected: correctedCheck,
    createdAt: f(instant),
    updatedAt: f(instant),
    schemaVersion: f(schema),
  });
  if (issues.length) return { record: null, issues, dropped };
  return { record: strip(value as Obj, dropped), issues, dropped };
}

/** A deep copy of the validated value without the dropped paths. */
function strip(value: Obj, dropped: readonly string[]): IncidentRecord {
  const copy = structuredClone(value);
  for (const path of dropped) {
    const parts = path.split(/\.|\[(\d+)\]\.?/).filter((p) => p !== undefined && p !== '');
    let target: unknown = copy;
    for (const part of parts.slice(0, -1)) target = (target as Obj)[part];
    delete (target as Obj)[parts[parts.length - 1]!];
  }
  return copy as unknown as IncidentRecord;
}

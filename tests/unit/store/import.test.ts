import { describe, expect, it } from 'vitest';
import { toJson } from '../../../lib/store/export';
import { importRecords, MAX_IMPORT_BYTES, parseImport, utf8Length, type ParseResult } from '../../../lib/store/import';
import { getAll, update } from '../../../lib/store/operations';
import type { IncidentRecord } from '../../../lib/store/record';
import { saveIncident } from '../../../lib/store/save';
import { freshLibrary, makeCount, makeIncident, makeRecord, makeSource } from './fixtures';

const NOW = '2024-06-01T00:00:00.000Z';

function exportOf(records: IncidentRecord[]): Record<string, unknown> {
  return JSON.parse(toJson(records, NOW));
}

function recordsIn(file: Record<string, unknown>): Record<string, unknown>[] {
  return file.incidents as Record<string, unknown>[];
}

/** Apply a change to a valid export of three records and return the JSON text. */
function broken(change: (file: Record<string, unknown>) => void): string {
  const file = exportOf([
    makeRecord({}, { url: 'https://a.example/1' }, { id: 'first' }),
    makeRecord({}, { url: 'https://a.example/2', quote: { exact: 'two', prefix: '', suffix: '' } }, { id: 'second' }),
    makeRecord({}, { url: 'https://a.example/3', quote: { exact: 'three', prefix: '', suffix: '' } }, { id: 'third' }),
  ]);
  change(file);
  return JSON.stringify(file);
}

const set = (index: number, key: string, value: unknown) => (file: Record<string, unknown>) => {
  recordsIn(file)[index]![key] = value;
};

describe('parseImport rejections', () => {
  const valid = broken(() => undefined);
  it.each<[string, string, RegExp[]]>([
    ['truncated JSON', valid.slice(0, valid.length / 2), [/not valid JSON/, /truncated/]],
    ['not an object', '[1,2]', [/not a leakmark export/]],
    ['another format', JSON.stringify({ format: 'other', version: 1, incidents: [] }), [/format/]],
    ['a newer export version', JSON.stringify({ format: 'leakmark', version: 2, incidents: [] }), [/version 2/, /update leakmark/]],
    ['incidents not a list', JSON.stringify({ format: 'leakmark', version: 1, incidents: {} }), [/incidents/, /expected a list/]],
    ['wrong type', broken(set(1, 'total_affected', '1,234')), [/incidents\[1\]/, /"second"/, /total_affected/, /whole number/]],
    ['unknown category key', broken((f) => ((recordsIn(f)[2]!.categories as string[])[1] = 'shoe_size')),
      [/incidents\[2\]/, /"third"/, /categories\[1\]/, /unknown category key "shoe_size"/]],
    ['unknown cause key', broken(set(0, 'cause', 'aliens')), [/incidents\[0\]/, /"first"/, /cause/, /unknown cause key/]],
    ['missing field', broken((f) => delete recordsIn(f)[1]!.sources), [/incidents\[1\]/, /sources/, /missing/]],
    ['bad nested field', broken((f) => (((recordsIn(f)[0]!.sources as Record<string, unknown>[])[0]!.position as Record<string, unknown>).end = -3)),
      [/incidents\[0\]/, /sources\[0\]\.position\.end/]],
    ['bad date', broken(set(2, 'published', '令和6年5月10日')), [/incidents\[2\]/, /published/, /ISO date/]],
    ['duplicate ids', broken(set(2, 'id', 'first')), [/incidents\[2\]/, /"first"/, /duplicate of incidents\[0\]/]],
    ['a source URL that runs script', broken((f) => ((recordsIn(f)[1]!.sources as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)//')),
      [/incidents\[1\]/, /sources\[0\]\.url/, /page address/]],
    ['a data: source URL', broken((f) => ((recordsIn(f)[0]!.sources as Record<string, unknown>[])[0]!.url = 'data:text/html,x')),
      [/incidents\[0\]/, /sources\[0\]\.url/]],
    ['record not an object', broken((f) => (recordsIn(f)[1] = 'oops' as unknown as Record<string, unknown>)), [/incidents\[1\]/, /expected an object/]],
  ])('%s', (_name, text, messages) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    const error = (result as Extract<ParseResult, { ok: false }>).error;
    for (const message of messages) expect(error).toMatch(message);
  });

  it('rejects files over 50 MB before parsing', () => {
    const result = parseImport(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/50\.0 MB/) });
  });

  it('counts UTF-8 bytes, not characters (Japanese text is 3 bytes a character)', () => {
    const chars = Math.ceil(MAX_IMPORT_BYTES / 3) + 10; // under 50 M characters, over 50 MB
    const result = parseImport('漏'.repeat(chars));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/up to 50\.0 MB/) });
    expect(utf8Length('aé漏😀', 9)).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('abc')).toBe(3);
  });

  it('lists several problems at once', () => {
    const result = parseImport(broken((f) => {
      set(0, 'is_breach', 'yes')(f);
      set(1, 'tags', 'a,b')(f);
    }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => `${p.index}:${p.field}`)).toEqual(['0:is_breach', '1:tags']);
  });
});

describe('parseImport accepts', () => {
  it('drops unknown fields with a warning', () => {
    const result = parseImport(broken((f) => {
      f.comment = 'hi';
      set(1, 'colour', 'red')(f);
      ((recordsIn(f)[0]!.sources as Record<string, unknown>[])[0]!.quote as Record<string, unknown>).lang = 'ja';
    }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      'unknown field "comment" dropped',
      'incidents[0] (id "first"): unknown field "sources[0].quote.lang" dropped',
      'incidents[1] (id "second"): unknown field "colour" dropped',
    ]);
    expect(result.records[1]).not.toHaveProperty('colour');
    expect(result.records[0]!.sources[0]!.quote).not.toHaveProperty('lang');
  });
  it('accepts a byte-order mark', () => {
    expect(parseImport(`\uFEFF${toJson([makeRecord()])}`).ok).toBe(true);
  });
});

describe('importRecords', () => {
  it('leaves the library unchanged when the file is rejected', async () => {
    const { library } = await freshLibrary();
    await saveIncident(library, makeIncident(), makeSource());
    const before = await getAll(library);
    const result = parseImport(broken(set(1, 'categories', ['name', 'nope'])));
    expect(result.ok).toBe(false);
    expect(await getAll(library)).toEqual(before);
  });

  it('applies the same dedupe as saving and is idempotent', async () => {
    const { library } = await freshLibrary();
    const saved = await saveIncident(library, makeIncident(), makeSource());
    await update(library, saved.record.id, { notes: 'ここのメモ' });
    const incoming = [
      // Same page and span as the saved record, under another id, with a user correction.
      { ...makeRecord({}, {}, { notes: '他のメモ', tags: ['imported'] }), corrected: { total_affected: true as const }, total_affected: 1300 },
      makeRecord({ org: '新規' }, { url: 'https://new.example/1', quote: { exact: '新しい件', prefix: '', suffix: '' } }),
    ];
    const parsed = parseImport(toJson(incoming));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importRecords(library, parsed.records, NOW)).toEqual({ added: 1, updated: 1, unchanged: 0 });
    const records = await getAll(library);
    expect(records).toHaveLength(2);
    const merged = records.find((r) => r.id === saved.record.id)!;
    expect(merged).toMatchObject({ notes: 'ここのメモ\n\n他のメモ', tags: ['imported'], total_affected: 1300, corrected: { total_affected: true } });

    // Importing our own export back changes nothing.
    const again = parseImport(toJson(records));
    if (!again.ok) throw new Error(again.error);
    expect(await importRecords(library, again.records, NOW)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await getAll(library)).toEqual(records);
  });

  it('imports its own export back unchanged when a notice states the same count twice', async () => {
    const { library } = await freshLibrary();
    // The engine keeps each mention: 約43万件 in the heading and again in the body.
    const twice = makeRecord({ counts: [makeCount({ text: '約43万件', value: 430000, unit: '件' }), makeCount({ text: '約43万件', value: 430000, unit: '件', hedged: true })] });
    expect(await importRecords(library, [twice], NOW)).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const before = await getAll(library);
    const again = parseImport(toJson(before));
    if (!again.ok) throw new Error(again.error);
    expect(await importRecords(library, again.records, NOW)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await getAll(library)).toEqual(before);
    expect(before[0]!.counts).toHaveLength(2);
  });

  it('merges records of one file that describe the same incident', async () => {
    const { library } = await freshLibrary();
    const a = makeRecord({}, { url: 'https://a.example/' });
    const b = makeRecord({}, { url: 'https://b.example/' }); // same quote as a
    expect(await importRecords(library, [a, b], NOW)).toEqual({ added: 1, updated: 1, unchanged: 0 });
    const [only] = await getAll(library);
    expect(only!.sources.map((s) => s.url)).toEqual(['https://a.example/', 'https://b.example/']);
  });
});

// Hostile imports through the background's importRecords handler (what the library page calls) on
// fake-indexeddb: truncated files, wrong types, unknown fields, a 100 MB file, duplicates, prototype
// pollution, deep nesting, and fuzzed files. Every rejection says why and leaves the library exactly
// as it was; every acceptance stores what the file holds, once.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '../../../lib/background/handlers';
import type { StorageAreaLike } from '../../../lib/background/storage';
import { TabStates } from '../../../lib/background/tab-state';
import type { Handler } from '../../../lib/messaging/client';
import { ENGINE_VERSION, extractIncidents } from '../../../lib/pipeline';
import { openLibrary, type Library } from '../../../lib/store/db';
import { toJson } from '../../../lib/store/export';
import { importRecords, MAX_IMPORT_BYTES, parseImport } from '../../../lib/store/import';
import { getAll } from '../../../lib/store/operations';
import type { IncidentRecord } from '../../../lib/store/record';
import { saveIncident } from '../../../lib/store/save';
import { sourceFromPage } from '../../../lib/store/source';


/** How many inputs each property below runs (reported in docs/reliability.md). */
const FUZZ_RUNS = { mutatedExports: 300, randomJson: 300, fieldTypes: 200 } as const;
let fuzzed = 0;

function memoryArea(): StorageAreaLike {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      const list = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

let library: Library;
let importText: (text: string) => Promise<{ ok: true; added: number; updated: number; warnings: string[] } | { ok: false; error: string }>;
let seeded: IncidentRecord[];
let n = 0;

function notice(i: number): string {
  return `不正アクセスによる個人情報漏えいのお詫び\n株式会社インポート${i}は、第三者の不正アクセスにより会員${100 + i}名の氏名とメールアドレスが流出した可能性があると発表した。\n`;
}

async function seed(lib: Library, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const text = notice(i);
    const [incident] = extractIncidents({ text });
    const source = sourceFromPage(text, incident!.span, { url: `https://import.example/${i}`, title: `t${i}`, pageHash: 'fnv1a:0:0', engineVersion: ENGINE_VERSION }, '2024-01-01T00:00:00.000Z');
    await saveIncident(lib, incident!, source, '2024-01-01T00:00:00.000Z');
  }
}

beforeEach(async () => {
  library = await openLibrary(new IDBFactory(), `import-${++n}`);
  await seed(library, 3);
  seeded = await getAll(library);
  const handlers = createBackgroundHandlers({
    library: async () => library,
    tabs: new TabStates(null, null),
    engine: { analyze: async () => ({ incidents: [], tokenizer: false, engineVersion: ENGINE_VERSION }) },
    local: memoryArea(),
    sendToTab: async () => {
      throw new Error('no tabs here');
    },
    now: () => new Date('2024-06-01T00:00:00.000Z'),
  });
  const handler = handlers.importRecords as Handler<'importRecords'>;
  importText = async (text) => handler({ text }, {}) as never;
});

afterAll(() => {
  console.log(`import fuzzing: ${fuzzed} generated files`);
});

/** The library's records, sorted (to compare before/after). */
async function snapshot(): Promise<IncidentRecord[]> {
  return [...(await getAll(library))].sort((a, b) => (a.id < b.id ? -1 : 1));
}

function goodExport(records: IncidentRecord[] = seeded): string {
  return toJson(records, '2024-06-01T00:00:00.000Z');
}

/** A second library's records, so importing them adds something. */
async function otherRecords(count = 3): Promise<IncidentRecord[]> {
  const other = await openLibrary(new IDBFactory(), `other-${++n}`);
  for (let i = 0; i < count; i++) {
    const text = notice(1000 + i);
    const [incident] = extractIncidents({ text });
    const source = sourceFromPage(text, incident!.span, { url: `https://other.example/${i}`, title: 'o', pageHash: 'fnv1a:0:0', engineVersion: ENGINE_VERSION }, '2024-02-01T00:00:00.000Z');
    await saveIncident(other, incident!, source, '2024-02-01T00:00:00.000Z');
  }
  return getAll(other);
}

async function expectRejected(text: string, pattern: RegExp): Promise<string> {
  const before = await snapshot();
  const answer = await importText(text);
  expect(answer.ok).toBe(false);
  const error = (answer as { error: string }).error;
  expect(error).toMatch(pattern);
  expect(await snapshot()).toEqual(before);
  return error;
}

describe('truncated files', () => {
  it('a file cut anywhere (every 1/40th of a real export) is refused as truncated JSON, the library unchanged', async () => {
    const text = goodExport(await otherRecords());
    for (let k = 0; k < 40; k++) {
      const cut = Math.floor((text.length * k) / 40);
      await expectRejected(text.slice(0, cut), /not valid JSON \(is it truncated\?\)/);
    }
  });
});

describe('wrong types', () => {
  const FIELDS: Record<string, unknown[]> = {
    id: [1, null, '', ' ', 'x'.repeat(201), {}],
    org: [1, true, [], {}],
    published: ['2024/06/01', '令和6年', 20240601, '2024-13-01'],
    discovered: ['2024-06', 1],
    total_affected: [-1, 1.5, '1,000', 'NaN'],
    categories: ['name', [1], ['not_a_category'], null],
    cause: ['hacking', 1, []],
    is_breach: ['true', 1, null],
    ppc_triggers: ['sensitive', ['nope']],
    heading: [1, []],
    counts: [{}, [{ text: 1 }], [null]],
    sources: [[], null, [{}], [{ url: '' }]],
    tags: ['a', [1]],
    notes: [null, 1],
    corrected: [[], { id: true }, { org: 'yes' }],
    createdAt: ['yesterday', 1],
    updatedAt: [null],
    schemaVersion: [0, 3, '2', null],
  };
  const cases = Object.entries(FIELDS).flatMap(([field, values]) => values.map((value) => [field, value] as const));

  it.each(cases)('%s = %j: refused, naming the record and the field', async (field, value) => {
    const file = JSON.parse(goodExport(await otherRecords(1))) as { incidents: Array<Record<string, unknown>> };
    file.incidents[0]![field] = value;
    const error = await expectRejected(JSON.stringify(file), /Nothing was imported/);
    expect(error).toContain('incidents[0]');
    expect(error).toContain(`"${field}`);
  });

  it('a missing field is named', async () => {
    const file = JSON.parse(goodExport(await otherRecords(1))) as { incidents: Array<Record<string, unknown>> };
    delete file.incidents[0]!.sources;
    expect(await expectRejected(JSON.stringify(file), /sources/)).toMatch(/missing/);
  });

  it.each([
    ['a number', '42'],
    ['a string', '"leakmark"'],
    ['null', 'null'],
    ['an array', '[]'],
    ['another format', JSON.stringify({ format: 'csv', version: 1, incidents: [] })],
    ['incidents not a list', JSON.stringify({ format: 'leakmark', version: 1, incidents: {} })],
    ['a newer export version', JSON.stringify({ format: 'leakmark', version: 99, incidents: [] })],
    ['version as text', JSON.stringify({ format: 'leakmark', version: '1', incidents: [] })],
  ])('the whole file is %s: refused', async (_name, text) => {
    await expectRejected(text, /leakmark export|version|incidents/);
  });
});

describe('unknown fields', () => {
  it('are dropped with a warning and never stored; the rest imports', async () => {
    const file = JSON.parse(goodExport(await otherRecords(2))) as Record<string, unknown> & { incidents: Array<Record<string, unknown>> };
    file.generator = 'someone else';
    file.incidents[0]!.colour = 'red';
    (file.incidents[1]!.sources as Array<Record<string, unknown>>)[0]!.extra = { deep: [1] };
    const answer = await importText(JSON.stringify(file));
    expect(answer).toMatchObject({ ok: true, added: 2 });
    const warnings = (answer as { warnings: string[] }).warnings.join('\n');
    expect(warnings).toMatch(/"generator"/);
    expect(warnings).toMatch(/colour/);
    expect(warnings).toMatch(/sources\[0\]\.extra/);
    const stored = await getAll(library);
    expect(stored).toHaveLength(seeded.length + 2);
    for (const r of stored) {
      expect(r).not.toHaveProperty('colour');
      for (const s of r.sources) expect(s).not.toHaveProperty('extra');
    }
  });

  it('"__proto__" and "constructor" keys pollute nothing', async () => {
    const good = goodExport(await otherRecords(1));
    const text = good
      .replace('"format"', '"__proto__": {"polluted": "top"}, "constructor": {"prototype": {"polluted": "ctor"}}, "format"')
      .replace('"id"', '"__proto__": {"polluted": "record"}, "id"');
    const answer = await importText(text);
    expect(answer.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const r of await getAll(library)) expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });
});

describe('oversized files', () => {
  const hundredMegabytes = () => {
    const head = goodExport();
    return head.slice(0, -2) + ' '.repeat(100 * 1024 * 1024 - head.length) + '}\n';
  };

  it('100 MB (generated in memory) is refused by size before it is parsed, the limit in the message', async () => {
    const text = hundredMegabytes();
    expect(text.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    await expectRejected(text, /leakmark imports files up to 50\.0 MB/);
  });

  // utf8Length stops counting just past the limit; a refused text is counted to its end so the
  // message does not say "50.0 MB" for a 100 MB file.
  it('…and the message gives the file’s real size', async () => {
    await expectRejected(hundredMegabytes(), /100\.0 MB/);
  });

  it('just over the limit in UTF-8 bytes (Japanese text, under it in characters) is refused too', async () => {
    const chars = Math.ceil(MAX_IMPORT_BYTES / 3) + 10; // 3 bytes each
    const text = `{"format":"leakmark","version":1,"incidents":[],"pad":"${'漏'.repeat(chars)}"}`;
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    await expectRejected(text, /MB/);
  });

  it('deeply nested JSON (100,000 levels) is refused with a message, not a crash', async () => {
    const text = `{"format":"leakmark","version":1,"incidents":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    const before = await snapshot();
    const answer = await importText(text);
    expect(answer.ok).toBe(false);
    expect((answer as { error: string }).error.length).toBeGreaterThan(20);
    expect(await snapshot()).toEqual(before);
  });
});

describe('duplicates', () => {
  it('the same id twice in one file: refused, both places named', async () => {
    const [one] = await otherRecords(1);
    const file = JSON.parse(goodExport([one!, one!])) as unknown;
    const error = await expectRejected(JSON.stringify(file), /duplicate of incidents\[0\]/);
    expect(error).toContain('incidents[1]');
  });

  it('importing the library’s own export changes nothing; importing a file twice adds it once', async () => {
    const before = await snapshot();
    const own = await importText(goodExport());
    expect(own).toMatchObject({ ok: true, added: 0, updated: 0 });
    expect(await snapshot()).toEqual(before);

    const text = goodExport(await otherRecords(3));
    expect(await importText(text)).toMatchObject({ ok: true, added: 3 });
    const once = await snapshot();
    expect(await importText(text)).toMatchObject({ ok: true, added: 0, updated: 0 });
    expect(await snapshot()).toEqual(once);
  });

  it('the same incident under another id (same page and quote) merges into the existing record', async () => {
    const file = JSON.parse(goodExport()) as { incidents: Array<Record<string, unknown>> };
    file.incidents = file.incidents.map((r) => ({ ...r, id: `copy-of-${String(r.id)}` }));
    const answer = await importText(JSON.stringify(file));
    expect(answer).toMatchObject({ ok: true, added: 0 });
    expect(await getAll(library)).toHaveLength(seeded.length);
  });
});

describe('fuzzed files', () => {
  it(`mutated exports (${FUZZ_RUNS.mutatedExports} runs): never throws; refused → library unchanged; accepted → exactly the new records added`, async () => {
    const extra = await otherRecords(3);
    const base = goodExport(extra);
    const edits = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 30 }), fc.string({ maxLength: 6, unit: 'grapheme-ascii' })), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(edits, async (list) => {
        fuzzed++;
        let text = base;
        for (const [where, del, insert] of list) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + insert + text.slice(at + del);
        }
        const lib = await openLibrary(new IDBFactory(), 'fuzz');
        const before = (await getAll(lib)).length;
        const parsed = parseImport(text);
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(10);
          expect((await getAll(lib)).length).toBe(before);
        } else {
          const result = await importRecords(lib, parsed.records);
          expect(result.added + result.updated + result.unchanged).toBe(parsed.records.length);
          expect((await getAll(lib)).length).toBe(before + result.added);
        }
      }),
      { numRuns: FUZZ_RUNS.mutatedExports },
    );
  });

  it(`random JSON values (${FUZZ_RUNS.randomJson} runs) are refused with a message, never a throw`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        fuzzed++;
        const text = JSON.stringify(value) ?? 'undefined';
        const before = await snapshot();
        const answer = await importText(text);
        if (!answer.ok) expect(answer.error.length).toBeGreaterThan(10);
        else expect(answer.added).toBe(0);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: FUZZ_RUNS.randomJson },
    );
  });

  it(`a valid record with one field replaced by any JSON value (${FUZZ_RUNS.fieldTypes} runs): accepted only when still valid`, async () => {
    const [one] = await otherRecords(1);
    const fields = Object.keys(one!);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }), async (field, value) => {
        fuzzed++;
        const file = JSON.parse(goodExport([one!])) as { incidents: Array<Record<string, unknown>> };
        file.incidents[0]![field] = value;
        const parsed = parseImport(JSON.stringify(file));
        if (parsed.ok) {
          // Whatever was accepted round-trips through an export unchanged.
          expect(parseImport(toJson(parsed.records, '2024-06-01T00:00:00.000Z'))).toMatchObject({ ok: true });
        } else {
          expect(parsed.error).toContain(field);
        }
      }),
      { numRuns: FUZZ_RUNS.fieldTypes },
    );
  });
});

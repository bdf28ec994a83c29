import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../lib/store/errors';
import { applyEdit, mergeReextraction, recordFromIncident, type RecordPatch } from '../../../lib/store/record';
import { QUOTE_CONTEXT, sourceFromPage, unionSources } from '../../../lib/store/source';
import { makeIncident, makeRecord, makeSource } from './fixtures';

const NOW = '2024-06-01T00:00:00.000Z';

describe('recordFromIncident', () => {
  it('keeps the engine facts, drops count offsets and starts with no user data', () => {
    const incident = makeIncident();
    const source = makeSource();
    const record = recordFromIncident(incident, source, NOW, 'id-1');
    expect(record).toMatchObject({
      id: 'id-1',
      org: incident.org,
      published: incident.published,
      total_affected: incident.total_affected,
      categories: incident.categories,
      cause: incident.cause,
      is_breach: true,
      ppc_triggers: incident.ppc_triggers,
      heading: incident.heading,
      discovered: null,
      sources: [source],
      tags: [],
      notes: '',
      corrected: {},
      createdAt: NOW,
      updatedAt: NOW,
      schemaVersion: 2,
    });
    expect(record.counts[0]).not.toHaveProperty('start');
    expect(record.counts[0]).toMatchObject({ text: incident.counts[0]!.text, value: 1234, unit: '名' });
  });
  it('gives each record a new id by default', () => {
    const a = recordFromIncident(makeIncident(), makeSource());
    const b = recordFromIncident(makeIncident(), makeSource());
    expect(a.id).not.toBe(b.id);
  });
});

describe('sourceFromPage', () => {
  const text = `${'前'.repeat(50)}当社は不正アクセスを受けました。${'後'.repeat(50)}`;
  const start = 50;
  const end = start + '当社は不正アクセスを受けました。'.length;
  it('quotes the span with 32 characters of context each side and records its position', () => {
    const meta = { url: 'https://a.example/x', title: 't', pageHash: 'h', engineVersion: '1' };
    const s = sourceFromPage(text, [start, end], meta, NOW);
    expect(s.quote.exact).toBe('当社は不正アクセスを受けました。');
    expect(s.quote.prefix).toBe('前'.repeat(QUOTE_CONTEXT));
    expect(s.quote.suffix).toBe('後'.repeat(QUOTE_CONTEXT));
    expect(s.position).toEqual({ start, end });
    expect(s.savedAt).toBe(NOW);
  });
  it('clips context at the text edges', () => {
    const s = sourceFromPage('abcdef', [1, 3], { url: 'u', title: '', pageHash: '', engineVersion: '' }, NOW);
    expect(s.quote).toEqual({ exact: 'bc', prefix: 'a', suffix: 'def' });
  });
});

describe('applyEdit', () => {
  it.each<[RecordPatch, string[]]>([
    [{ org: '株式会社テスト' }, ['org']],
    [{ total_affected: 5000, cause: 'misdelivery' }, ['total_affected', 'cause']],
    [{ categories: ['medical'] }, ['categories']],
    [{ discovered: '2024-05-01' }, ['discovered']],
    [{ tags: ['要確認'], notes: 'メモ' }, []],
  ])('applies %o and marks %o corrected', (patch, corrected) => {
    const record = makeRecord();
    const next = applyEdit(record, patch, NOW);
    for (const [key, value] of Object.entries(patch)) expect(next[key as keyof typeof next]).toEqual(value);
    expect(Object.keys(next.corrected).sort()).toEqual([...corrected].sort());
    expect(next.updatedAt).toBe(NOW);
    expect(record.corrected).toEqual({}); // the input is not mutated
  });
  it('cleans tags', () => {
    expect(applyEdit(makeRecord(), { tags: [' a ', 'a', '', 'b'] }).tags).toEqual(['a', 'b']);
  });
  it.each<[Record<string, unknown>, string]>([
    [{ categories: ['not_a_category'] }, 'not_a_category'],
    [{ cause: 'aliens' }, 'aliens'],
    [{ total_affected: -1 }, 'total_affected'],
    [{ published: '2024/05/10' }, 'published'],
    [{ discovered: '2024-05' }, 'discovered'],
    [{ id: 'other' }, 'id'],
    [{ sources: [] }, 'sources'],
  ])('rejects %o naming %s', (patch, mention) => {
    const attempt = () => applyEdit(makeRecord(), patch as RecordPatch);
    expect(attempt).toThrow(StoreError);
    expect(attempt).toThrow(mention);
  });
});

describe('mergeReextraction', () => {
  it('keeps corrected fields and refreshes the rest', () => {
    const existing = applyEdit(makeRecord(), { org: '正しい会社', total_affected: 99 }, NOW);
    const fresh = makeRecord({ org: '誤った会社', total_affected: 2000, cause: 'malware_ransomware', categories: ['medical'] });
    const merged = mergeReextraction(existing, fresh, NOW);
    expect(merged.id).toBe(existing.id);
    expect(merged.org).toBe('正しい会社');
    expect(merged.total_affected).toBe(99);
    expect(merged.cause).toBe('malware_ransomware');
    expect(merged.categories).toEqual(['medical']);
    expect(merged.corrected).toEqual({ org: true, total_affected: true });
  });
  it('keeps known facts when the fresh read found nothing, and keeps user data', () => {
    const existing = applyEdit(makeRecord(), { tags: ['x'], notes: 'n', discovered: '2024-05-01' }, NOW);
    const fresh = makeRecord({ published: null, categories: [], org: null });
    const merged = mergeReextraction(existing, fresh, NOW);
    expect(merged.published).toBe(existing.published);
    expect(merged.categories).toEqual(existing.categories);
    expect(merged.org).toBe(existing.org);
    expect(merged).toMatchObject({ tags: ['x'], notes: 'n', discovered: '2024-05-01' });
  });
  it('unites sources: same page+span replaced by the newer save, other pages added', () => {
    const existing = makeRecord({}, { savedAt: '2024-05-11T00:00:00.000Z', pageHash: 'old' });
    const samePage = makeRecord({}, { savedAt: '2024-05-12T00:00:00.000Z', pageHash: 'new', position: { start: 5, end: 125 } });
    const otherPage = makeRecord({}, { url: 'https://news.example/a', savedAt: '2024-05-13T00:00:00.000Z' });
    const merged = mergeReextraction(mergeReextraction(existing, samePage, NOW), otherPage, NOW);
    expect(merged.sources).toHaveLength(2);
    expect(merged.sources[0]!.pageHash).toBe('new');
    expect(merged.sources[1]!.url).toBe('https://news.example/a');
  });
});

describe('unionSources', () => {
  it('does not merge different spans of one page', () => {
    const a = makeSource({ position: { start: 0, end: 10 }, quote: { exact: 'A', prefix: '', suffix: '' } });
    const b = makeSource({ position: { start: 20, end: 30 }, quote: { exact: 'B', prefix: '', suffix: '' } });
    expect(unionSources([a], [b, a])).toEqual([a, b]);
  });
});

import { describe, expect, it } from 'vitest';
import { findLikelyDuplicates, scoreDuplicate } from '../../../lib/store/duplicates';
import { combineRecords, mergeRecords } from '../../../lib/store/merge';
import { get, getAll, remove, restore, update } from '../../../lib/store/operations';
import type { IncidentRecord } from '../../../lib/store/record';
import { saveIncident } from '../../../lib/store/save';
import type { Incident } from '../../../lib/types';
import { freshLibrary, makeIncident, makeRecord, makeSource } from './fixtures';

const base = makeRecord({ org: '株式会社サンプル', published: '2024-05-10', total_affected: 1234, categories: ['name', 'email'] });

describe('scoreDuplicate', () => {
  it.each<[string, Partial<Incident>, boolean]>([
    ['same org written (株), same total', { org: '(株)サンプル', categories: [] }, true],
    ['第2報 3 weeks later, larger compatible total', { published: '2024-05-31', total_affected: 1500, categories: [] }, true],
    ['お詫び without a date, overlapping categories', { published: null, total_affected: null, categories: ['email'] }, true],
    ['different organisation', { org: '株式会社ベツモノ' }, false],
    ['published 45 days later', { published: '2024-06-24' }, false],
    ['incompatible totals and no shared category', { total_affected: 50, categories: ['medical'] }, false],
    ['no org', { org: null }, false],
  ])('%s → candidate=%s', (_name, changes, expected) => {
    const other = makeRecord({ org: '株式会社サンプル', published: '2024-05-12', total_affected: 1234, categories: ['name'], ...changes });
    const result = scoreDuplicate(base, other);
    expect(result !== null).toBe(expected);
    if (result) {
      expect(result.score).toBeGreaterThan(0);
      expect(result.score).toBeLessThanOrEqual(1);
      expect(result.reason).toContain('same organisation');
    }
  });
  it('scores closer matches higher', () => {
    const close = scoreDuplicate(base, makeRecord({ published: '2024-05-10', total_affected: 1234, categories: ['name', 'email'] }))!;
    const far = scoreDuplicate(base, makeRecord({ published: '2024-06-05', total_affected: 1000, categories: [] }))!;
    expect(close.score).toBeGreaterThan(far.score);
    expect(close.reasons).toContain('same total (1,234)');
  });
});

async function seed() {
  const { library } = await freshLibrary();
  const save = (incident: Partial<Incident>, url: string, quote: string) =>
    saveIncident(library, makeIncident(incident), makeSource({ url, quote: { exact: quote, prefix: '', suffix: '' } }));
  const news = await save({ org: '株式会社サンプル', total_affected: 1234, categories: ['name'] }, 'https://news.example/1', 'ニュース記事');
  const own = await save({ org: 'サンプル', published: '2024-05-09', total_affected: 1234, categories: ['name', 'phone'] }, 'https://sample.co.jp/owabi', 'お詫び');
  const final = await save({ org: '(株)サンプル', published: '2024-06-01', total_affected: 1300, categories: [] }, 'https://sample.co.jp/kakuho', '確報');
  const unrelated = await save({ org: '別会社', total_affected: 1234 }, 'https://news.example/2', '別の件');
  return { library, news: news.record, own: own.record, final: final.record, unrelated: unrelated.record };
}

describe('findLikelyDuplicates and mergeRecords', () => {
  it('finds the same incident reported elsewhere, best first, not itself or other companies', async () => {
    const { library, news, own, final } = await seed();
    const candidates = await findLikelyDuplicates(library, news);
    expect(candidates.map((c) => c.record.id)).toEqual([own.id, final.id]);
    expect(candidates[0]!.score).toBeGreaterThan(candidates[1]!.score);
  });

  it('merges keeping every source, uniting categories and tags, concatenating notes', async () => {
    const { library, news, own, final, unrelated } = await seed();
    await update(library, news.id, { tags: ['ニュース'], notes: '記事で確認' });
    await update(library, own.id, { tags: ['公式', 'ニュース'], notes: '公式発表' });
    const before = await getAll(library);
    const { merged, previous } = await mergeRecords(library, news.id, [own.id, final.id]);

    expect(merged.id).toBe(news.id);
    expect(merged.sources.map((s) => s.url).sort()).toEqual(
      ['https://news.example/1', 'https://sample.co.jp/kakuho', 'https://sample.co.jp/owabi'],
    );
    expect(merged.categories).toEqual(['name', 'phone']);
    expect(merged.tags).toEqual(['ニュース', '公式']);
    expect(merged.notes).toBe('記事で確認\n\n公式発表');
    const after = await getAll(library);
    expect(after.map((r) => r.id).sort()).toEqual([news.id, unrelated.id].sort());
    expect(await get(library, news.id)).toEqual(merged);

    // Undo: restore the previous versions and the library is as before.
    await restore(library, previous);
    expect((await getAll(library)).sort(byId)).toEqual(before.sort(byId));
  });

  it('lets a user correction win over uncorrected values and fails whole on unknown ids', async () => {
    const { library, news, own } = await seed();
    await update(library, own.id, { total_affected: 1250 });
    const { merged } = await mergeRecords(library, news.id, [own.id]);
    expect(merged.total_affected).toBe(1250);
    expect(merged.corrected.total_affected).toBe(true);
    await expect(mergeRecords(library, news.id, ['missing'])).rejects.toMatchObject({ code: 'not_found' });
    expect(await get(library, news.id)).toEqual(merged);
  });

  it('combineRecords fills unknown facts from the others', () => {
    const keep = makeRecord({ published: null, heading: null });
    const other = makeRecord({ published: '2024-01-02', heading: '見出し' });
    const merged = combineRecords(keep, [other]);
    expect(merged).toMatchObject({ id: keep.id, published: '2024-01-02', heading: '見出し' });
  });
});

describe('remove and restore', () => {
  it('returns the removed records for undo and restores them unchanged', async () => {
    const { library, news, own, unrelated } = await seed();
    const removed = await remove(library, [news.id, own.id, 'not-there']);
    expect(removed.map((r) => r.id).sort()).toEqual([news.id, own.id].sort());
    expect((await getAll(library)).map((r) => r.id)).not.toContain(news.id);
    await restore(library, removed);
    expect(await get(library, news.id)).toEqual(news);
    expect(await get(library, own.id)).toEqual(own);
    expect(await get(library, unrelated.id)).toEqual(unrelated);
  });
});

const byId = (a: IncidentRecord, b: IncidentRecord) => (a.id < b.id ? -1 : 1);

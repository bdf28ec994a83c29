import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../lib/store/db';
import { count, getAll, update } from '../../../lib/store/operations';
import { saveIncident } from '../../../lib/store/save';
import type { Source } from '../../../lib/store/source';
import { freshLibrary, makeIncident, makeSource } from './fixtures';

const quote = (exact: string) => ({ exact, prefix: '', suffix: '' });

describe('saveIncident dedupe', () => {
  it.each<[string, Partial<Source>, boolean]>([
    ['same page, same span', {}, false],
    ['same page, overlapping span, changed text', { position: { start: 100, end: 200 }, quote: quote('別の文面') }, false],
    ['same page with a #fragment', { url: 'https://example.co.jp/news/2024/0510.html#p2', quote: quote('x') }, false],
    ['same quote on another site', { url: 'https://news.example/articles/1', position: { start: 900, end: 1020 } }, false],
    ['same quote with other spacing and widths', {
      url: 'https://other.example/',
      quote: quote('当社サーバーへの 不正アクセスにより、お客様１，２３４名の個人情報が\n漏えいした可能性があります。'),
    }, false],
    ['same page, separate span, other text', { position: { start: 300, end: 400 }, quote: quote('別の事案') }, true],
    ['other page, other text', { url: 'https://example.co.jp/news/other', quote: quote('別の事案') }, true],
  ])('%s → created=%s', async (_name, second, created) => {
    const { library } = await freshLibrary();
    const first = await saveIncident(library, makeIncident(), makeSource());
    expect(first.created).toBe(true);
    const again = await saveIncident(library, makeIncident({ total_affected: 2000 }), makeSource({ savedAt: '2024-05-12T00:00:00.000Z', ...second }));
    expect(again.created).toBe(created);
    expect(await count(library)).toBe(created ? 2 : 1);
    if (!created) {
      expect(again.record.id).toBe(first.record.id);
      expect(again.record.total_affected).toBe(2000); // refreshed: not corrected
    }
  });

  it('never overwrites a corrected field on re-save', async () => {
    const { library } = await freshLibrary();
    const { record } = await saveIncident(library, makeIncident(), makeSource());
    await update(library, record.id, { total_affected: 1500, cause: 'misdelivery', notes: '確認済み' });
    const again = await saveIncident(library, makeIncident({ total_affected: 9999, cause: 'unknown', org: '新社名' }), makeSource());
    expect(again.created).toBe(false);
    expect(again.record).toMatchObject({ total_affected: 1500, cause: 'misdelivery', notes: '確認済み', org: '新社名' });
    expect((await getAll(library))[0]).toEqual(again.record);
  });
});

describe('saveIncident validation', () => {
  it.each([
    [{ categories: ['name', 'made_up'] }, /categories\[1\]/],
    [{ cause: 'bad_luck' }, /cause/],
    [{ published: '5月10日' }, /published/],
  ])('refuses %o and stores nothing', async (changes, message) => {
    const { library } = await freshLibrary();
    await expect(saveIncident(library, makeIncident(changes), makeSource())).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(message),
    });
    expect(await count(library)).toBe(0);
  });
});

describe('concurrent saves', () => {
  it('stores 200 concurrent saves (with duplicates) each incident exactly once', async () => {
    const { library, factory } = await freshLibrary();
    const second = await openLibrary(factory); // another context on the same database
    const UNIQUE = 120;
    const source = (i: number, extra: Partial<Source> = {}) =>
      makeSource({
        url: `https://site${i % 7}.example/notice/${i}`,
        quote: quote(`お知らせ${i}: 不正アクセスにより${i}名分の情報が漏えいしました。`),
        position: { start: 50, end: 150 },
        savedAt: `2024-05-11T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
        ...extra,
      });
    const jobs: Promise<unknown>[] = [];
    for (let i = 0; i < UNIQUE; i++) {
      const lib = i % 2 ? second : library;
      jobs.push(saveIncident(lib, makeIncident({ org: `会社${i}`, total_affected: i + 1 }), source(i)));
      if (i < 40) {
        // Same page, overlapping span, text changed since: the same incident.
        jobs.push(saveIncident(lib, makeIncident({ org: `会社${i}` }), source(i, { position: { start: 60, end: 170 }, quote: quote(`改訂${i}`) })));
      } else if (i < 80) {
        // Same quote on another site: the same incident, a second source.
        jobs.push(saveIncident(lib, makeIncident({ org: `会社${i}` }), source(i, { url: `https://mirror.example/${i}` })));
      }
    }
    expect(jobs).toHaveLength(200);
    const results = await Promise.all(jobs);
    expect(results).toHaveLength(200);

    const records = await getAll(library);
    expect(records).toHaveLength(UNIQUE);
    const orgs = records.map((r) => r.org).sort();
    expect(new Set(orgs).size).toBe(UNIQUE);
    for (const r of records) {
      const i = Number(r.org!.slice(2));
      expect(r.sources, r.org!).toHaveLength(i >= 40 && i < 80 ? 2 : 1);
    }
    expect(records.reduce((n, r) => n + r.sources.length, 0)).toBe(UNIQUE + 40);
    await second.close();
  });
});

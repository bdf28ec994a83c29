import { describe, expect, it } from 'vitest';
import type { IncidentRecord } from '../../../lib/store/record';
import { buildSearchIndex, filterRecords, type SearchQuery, type SortKey } from '../../../lib/store/search';
import { CATEGORIES, CATEGORY_KEYS, CAUSE_KEYS, CAUSES } from '../../../lib/vocabulary';
import { makeRecord } from './fixtures';

const small: IncidentRecord[] = [
  makeRecord(
    { org: '株式会社アルファ', heading: 'ランサムウェア被害のお知らせ', published: '2024-01-15', total_affected: 500, cause: 'malware_ransomware', categories: ['medical'] },
    { savedAt: '2024-02-01T00:00:00.000Z', quote: { exact: 'サーバーが暗号化されました', prefix: '', suffix: '' } },
    { id: 'a', tags: ['病院'], notes: '続報待ち' },
  ),
  makeRecord(
    { org: 'ＢＥＴＡ　Ｃｏｒｐ', heading: 'メール誤送信について', published: '2024-03-01', total_affected: 20, cause: 'misdelivery', categories: ['email'], is_breach: true },
    { savedAt: '2024-03-02T00:00:00.000Z', quote: { exact: 'BCCで送信すべきところをCCで送信', prefix: '', suffix: '' } },
    { id: 'b', tags: ['教育'] },
  ),
  makeRecord(
    { org: null, heading: 'DDoS攻撃による障害', published: null, total_affected: null, cause: 'ddos', categories: [], is_breach: false },
    { savedAt: '2024-04-01T00:00:00.000Z', quote: { exact: 'サービスが停止しました', prefix: '', suffix: '' } },
    { id: 'c' },
  ),
  makeRecord(
    { org: 'ガンマ商事(株)', heading: '不正アクセスによるカード情報流出', published: '2023-12', total_affected: 12000, cause: 'unauthorized_access', categories: ['credit_card_number', 'name'] },
    { savedAt: '2024-01-05T00:00:00.000Z', quote: { exact: 'クレジットカード情報が流出した可能性', prefix: '', suffix: '' } },
    { id: 'd', tags: ['EC'], notes: 'PCI DSS' },
  ),
];

describe('filterRecords', () => {
  it.each<[string, SearchQuery, string[]]>([
    ['empty query keeps everything in order', {}, ['a', 'b', 'c', 'd']],
    ['org, full-width and case folded', { text: 'beta corp' }, ['b']],
    ['heading word', { text: 'ランサムウェア' }, ['a']],
    ['notes', { text: '続報' }, ['a']],
    ['tags', { text: '病院' }, ['a']],
    ['quote text', { text: 'ＢＣＣ' }, ['b']],
    ['category key and label', { text: 'クレジットカード番号' }, ['d']],
    ['several words are ANDed', { text: 'カード 不正アクセス' }, ['d']],
    ['ANDed words that never co-occur', { text: 'ランサムウェア 誤送信' }, []],
    ['category filter', { category: 'email' }, ['b']],
    ['cause filter', { cause: 'ddos' }, ['c']],
    ['breaches only', { breachesOnly: true }, ['a', 'b', 'd']],
    ['tag filter, case-insensitive', { tag: 'ec' }, ['d']],
    ['date range drops undated', { from: '2024-01-01', to: '2024-02-28' }, ['a']],
    ['partial date in range', { from: '2023-12-20', to: '2024-01-01' }, ['d']],
    ['sort by total desc, unknown last', { sort: 'total' }, ['d', 'a', 'b', 'c']],
    ['sort by total asc, unknown still last', { sort: 'total', order: 'asc' }, ['b', 'a', 'd', 'c']],
    ['sort by published desc', { sort: 'published' }, ['b', 'a', 'd', 'c']],
    ['sort by savedAt asc', { sort: 'savedAt', order: 'asc' }, ['d', 'a', 'b', 'c']],
    ['sort by org asc ignoring 株式会社/(株), no org last', { sort: 'org' }, ['b', 'a', 'd', 'c']],
    ['sort by org desc, no org still last', { sort: 'org', order: 'desc' }, ['d', 'a', 'b', 'c']],
  ])('%s', (_name, query, ids) => {
    expect(filterRecords(small, query).map((r) => r.id)).toEqual(ids);
    expect(filterRecords(buildSearchIndex(small), query).map((r) => r.id)).toEqual(ids);
  });
});

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(n: number): IncidentRecord[] {
  const rand = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const words = ['不正アクセス', '誤送信', '紛失', 'ランサムウェア', '漏えい', '流出', '閲覧可能', 'お詫び', 'サーバー', '顧客'];
  return Array.from({ length: n }, (_, i) => {
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    return makeRecord(
      {
        org: rand() < 0.05 ? null : `株式会社${pick(['山田', '鈴木', '佐藤', 'ＡＢＣ', 'xyz'])}${i % 500}`,
        heading: `${pick(words)}に関する${pick(words)}のお知らせ`,
        published: rand() < 0.1 ? null : `${2020 + Math.floor(rand() * 5)}-${month}-${day}`,
        total_affected: rand() < 0.2 ? null : Math.floor(rand() * 100000),
        cause: pick(CAUSE_KEYS),
        categories: [pick(CATEGORY_KEYS), pick(CATEGORY_KEYS)],
        is_breach: rand() < 0.8,
      },
      {
        savedAt: new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 3e10)).toISOString(),
        quote: { exact: `${pick(words)}により${pick(words)}が発生しました（${i}）`, prefix: '', suffix: '' },
      },
      { id: `g${String(i).padStart(5, '0')}`, tags: rand() < 0.3 ? [pick(['要確認', '病院', '自治体', 'EC'])] : [], notes: rand() < 0.1 ? `メモ ${pick(words)}` : '' },
    );
  });
}


describe('10,000 records', () => {
  const records = generate(10_000);
  const index = buildSearchIndex(records);

  /** Independent brute force: every word in some field, compared after NFKC + lower case. */
  const fields = (r: IncidentRecord) =>
    [
      r.org ?? '', r.heading ?? '', r.notes, ...r.tags, r.cause ?? '', CAUSES[r.cause ?? '']?.ja[0] ?? '',
      ...r.categories.flatMap((c) => [c, CATEGORIES[c]!.ja[0]!]), ...r.sources.flatMap((s) => [s.quote.exact, s.title]),
    ].map((f) => f.normalize('NFKC').toLowerCase());
  const hasAll = (...words: string[]) => (r: IncidentRecord) =>
    words.every((w) => fields(r).some((f) => f.includes(w.normalize('NFKC').toLowerCase())));

  it.each<[string, SearchQuery, (r: IncidentRecord) => boolean]>([
    ['text AND', { text: '不正アクセス　お知らせ' }, hasAll('不正アクセス', 'お知らせ')],
    ['three words', { text: '漏えい 顧客 要確認' }, hasAll('漏えい', '顧客', '要確認')],
    ['full-width org text', { text: 'ａｂｃ' }, hasAll('abc')],
    ['filters combined', { breachesOnly: true, cause: 'misdelivery', from: '2022-01-01', to: '2022-12-31' },
      (r) => r.is_breach && r.cause === 'misdelivery' && r.published !== null && r.published >= '2022-01-01' && r.published <= '2022-12-31'],
    ['category + tag', { category: 'email', tag: '要確認' }, (r) => r.categories.includes('email') && r.tags.includes('要確認')],
  ])('%s matches a brute-force filter', (_name, query, predicate) => {
    const result = filterRecords(index, query);
    expect(result.map((r) => r.id)).toEqual(records.filter(predicate).map((r) => r.id));
    expect(result.length).toBeGreaterThan(0);
  });

  it.each<[SortKey, (r: IncidentRecord) => string | number | null]>([
    ['total', (r) => r.total_affected],
    ['published', (r) => r.published],
    ['savedAt', (r) => r.sources[0]!.savedAt],
    ['org', (r) => r.org?.normalize('NFKC').replace(/株式会社/, '').toLowerCase() ?? null],
  ])('sorts all by %s, unknown values last', (sort, value) => {
    for (const order of ['asc', 'desc'] as const) {
      const result = filterRecords(index, { sort, order });
      expect(result).toHaveLength(records.length);
        const values = result.map(value);
      const firstNull = values.indexOf(null);
      if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
      const known = firstNull >= 0 ? values.slice(0, firstNull) : values;
      for (let i = 1; i < known.length; i++) {
        const [a, b] = [known[i - 1]!, known[i]!];
        expect(order === 'asc' ? a <= b : a >= b).toBe(true);
      }
    }
  });

  it('builds the index in reasonable time', () => {
    const fresh = generate(10_000);
    const t0 = performance.now();
    buildSearchIndex(fresh);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

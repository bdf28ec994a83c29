import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../lib/dom/anchoring';
import { dismissedIndexes, dismissQuote } from '../../../lib/page/dismissals';
import { matchSavedRecords } from '../../../lib/page/revisit';
import type { IncidentRecord, Source } from '../../../lib/store';

const URL_A = 'https://example.jp/news/1';
const TEXT =
  'お知らせ一覧\n' +
  '不正アクセスによる個人情報漏えいのお詫び\n株式会社アルファのお客様1,234名の氏名が流出しました。\n' +
  '誤送信のお詫び\n株式会社ベータはメールを誤送信し、38名分のメールアドレスが流出しました。\n';
const A = [TEXT.indexOf('不正アクセス'), TEXT.indexOf('誤送信のお詫び') - 1] as [number, number];
const B = [TEXT.indexOf('誤送信のお詫び'), TEXT.length - 1] as [number, number];

function record(id: string, span: [number, number], text = TEXT, url = URL_A): IncidentRecord {
  const d = describeRange({ text }, span[0], span[1]);
  const source: Source = {
    url, title: '', quote: d.quote, position: d.position, pageHash: '', savedAt: '2024-01-01T00:00:00.000Z', engineVersion: '0',
  };
  return {
    id, org: null, published: null, counts: [], total_affected: null, categories: [], cause: null, is_breach: true,
    ppc_triggers: [], heading: null, discovered: null, sources: [source], tags: [], notes: '', corrected: {},
    createdAt: '', updatedAt: '', schemaVersion: 2,
  };
}

describe('matchSavedRecords', () => {
  it('marks an incident saved when a saved source anchors inside it', () => {
    const m = matchSavedRecords({ text: TEXT }, URL_A, [{ span: A }, { span: B }], [record('r1', B)]);
    expect([...m.savedIds]).toEqual([[1, 'r1']]);
    expect(m.orphans).toEqual([]);
  });

  it('re-finds the quote after the page moved (new text before it) and ignores the #fragment', () => {
    const moved = '新着！\n' + TEXT;
    const shift = '新着！\n'.length;
    const m = matchSavedRecords({ text: moved }, `${URL_A}#top`, [{ span: [A[0] + shift, A[1] + shift] }], [record('r1', A)]);
    expect([...m.savedIds]).toEqual([[0, 'r1']]);
  });

  it('lists saved records the engine did not detect this time as orphans, with where they anchor', () => {
    const m = matchSavedRecords({ text: TEXT }, URL_A, [{ span: A }], [record('r2', B)]);
    expect(m.savedIds.size).toBe(0);
    expect(m.orphans).toHaveLength(1);
    expect(TEXT.slice(m.orphans[0]!.start, m.orphans[0]!.end)).toBe(TEXT.slice(B[0], B[1]));
  });

  it('skips records saved from other pages and quotes no longer on the page', () => {
    const elsewhere = record('r3', A, TEXT, 'https://other.example/');
    const gone = record('r4', [0, 5], 'まったく別の文章です。');
    const m = matchSavedRecords({ text: TEXT }, URL_A, [{ span: A }], [elsewhere, gone]);
    expect(m.savedIds.size).toBe(0);
    expect(m.orphans).toEqual([]);
  });
});

describe('dismissals', () => {
  it('quotes the start of the incident and matches it again, whitespace and width aside', () => {
    const q = dismissQuote(TEXT, { span: B });
    expect(q.startsWith('誤送信のお詫び')).toBe(true);
    expect([...dismissedIndexes(TEXT, [{ span: A }, { span: B }], [q])]).toEqual([1]);
    const reflowed = TEXT.replace('誤送信のお詫び\n', '誤送信の　お詫び \n');
    const spanB = [reflowed.indexOf('誤送信の　お詫び'), reflowed.length - 1] as [number, number];
    expect([...dismissedIndexes(reflowed, [{ span: A }, { span: spanB }], [q])]).toEqual([1]);
  });

  it('matches nothing without quotes', () => {
    expect(dismissedIndexes(TEXT, [{ span: A }], []).size).toBe(0);
    expect(dismissedIndexes(TEXT, [{ span: A }], ['  ']).size).toBe(0);
  });
});

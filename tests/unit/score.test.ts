import { describe, expect, it } from 'vitest';
import {
  formatReport,
  matchBySpan,
  normalizeOrg,
  orgMatches,
  scoreIncidents,
  type GoldIncident,
  type PredictedIncident,
} from '../../lib/eval/score';

const gold = (id: string, span: [number, number], extra: Partial<GoldIncident> = {}): GoldIncident => ({
  doc: 'a.txt',
  id,
  item_span: span,
  org: '島田市',
  org_alt: ['静岡県島田市'],
  is_personal_data_breach: true,
  total_affected: 100,
  total_affected_alternatives: [],
  data_categories: ['name', 'address'],
  cause: 'unauthorized_access',
  cause_alternatives: ['account_takeover'],
  ...extra,
});

/** The prediction that gets everything of g right. */
const perfect = (g: GoldIncident): PredictedIncident => ({
  doc: g.doc,
  span: g.item_span,
  org: g.org,
  is_breach: g.is_personal_data_breach,
  total_affected: g.total_affected,
  categories: [...g.data_categories],
  cause: g.cause,
});

describe('scoreIncidents', () => {
  const golds = [gold('a-1', [0, 100]), gold('a-2', [100, 200], { total_affected: null }), gold('a-3', [200, 300], { is_personal_data_breach: false })];

  it('scores a perfect prediction 1.0 everywhere', () => {
    const r = scoreIncidents(golds, golds.map(perfect));
    expect(r.detection).toMatchObject({ precision: 1, recall: 1, f1: 1, tp: 2, predicted: 2, gold: 2 });
    expect(r.total_affected.accuracy).toBe(1); // null == null counts as correct
    expect(r.categories.f1).toBe(1);
    expect(r.cause.accuracy).toBe(1);
    expect(r.org.accuracy).toBe(1);
    expect(r.mistakes).toEqual([]);
    expect(Object.values(r.meets).every(Boolean)).toBe(true);
  });

  it('lowers recall for a missing incident and lists it', () => {
    const r = scoreIncidents(golds, [perfect(golds[0]!)]);
    expect(r.detection.precision).toBe(1);
    expect(r.detection.recall).toBe(0.5);
    expect(r.detection.f1).toBeCloseTo(2 / 3);
    expect(r.mistakes.map((m) => [m.kind, m.id])).toEqual([['missed', 'a-2']]);
    expect(r.meets.detection_f1).toBe(false);
  });

  it('lowers precision for a false positive (a non-breach gold predicted as breach)', () => {
    const preds = golds.map(perfect);
    preds[2] = { ...preds[2]!, is_breach: true };
    const r = scoreIncidents(golds, preds);
    expect(r.detection).toMatchObject({ precision: 2 / 3, recall: 1, tp: 2 });
    expect(r.mistakes.map((m) => m.kind)).toEqual(['false_positive']);
  });

  it('does not match across documents', () => {
    const r = scoreIncidents([gold('a-1', [0, 100])], [{ ...perfect(gold('a-1', [0, 100])), doc: 'b.txt' }]);
    expect(r.detection).toMatchObject({ tp: 0, precision: 0, recall: 0, f1: 0 });
  });

  // [what, prediction change, field, expected figure]
  const fieldRows: Array<[string, Partial<PredictedIncident>, 'total_affected' | 'cause' | 'org', number]> = [
    ['total wrong', { total_affected: 99 }, 'total_affected', 0],
    ['total null for a number', { total_affected: null }, 'total_affected', 0],
    ['cause alternative accepted', { cause: 'account_takeover' }, 'cause', 1],
    ['cause wrong', { cause: 'misdelivery' }, 'cause', 0],
    ['cause null', { cause: null }, 'cause', 0],
    ['org alternative accepted', { org: '静岡県島田市' }, 'org', 1],
    ['org containing gold accepted', { org: '島田市農林課' }, 'org', 1],
    ['org wrong', { org: '新潟市' }, 'org', 0],
    ['org null', { org: null }, 'org', 0],
  ];
  it.each(fieldRows)('%s', (_what, change, field, expected) => {
    const g = gold('a-1', [0, 100]);
    const r = scoreIncidents([g], [{ ...perfect(g), ...change }]);
    expect(r[field].accuracy).toBe(expected);
    if (expected === 0) expect(r.mistakes.map((m) => m.kind)).toEqual([field]);
  });

  it('scores published only when predicted (information, no target)', () => {
    const g = gold('a-1', [0, 100], { published: '2024-08-07' });
    expect(scoreIncidents([g], [perfect(g)]).published).toEqual({ correct: 0, n: 0, accuracy: null });
    const wrong = scoreIncidents([g], [{ ...perfect(g), published: '2024-08-08' }]);
    expect(wrong.published).toEqual({ correct: 0, n: 1, accuracy: 0 });
    expect(wrong.mistakes.map((m) => m.kind)).toEqual(['published']);
    expect(Object.values(wrong.meets).every(Boolean)).toBe(true);
  });

  it('accepts a total_affected alternative', () => {
    const g = gold('a-1', [0, 100], { total_affected: 48651, total_affected_alternatives: [2567] });
    expect(scoreIncidents([g], [{ ...perfect(g), total_affected: 2567 }]).total_affected.accuracy).toBe(1);
  });

  it('computes categories micro-F1 over matched pairs', () => {
    const g1 = gold('a-1', [0, 100], { data_categories: ['name', 'address'] });
    const g2 = gold('a-2', [100, 200], { data_categories: ['email'] });
    const r = scoreIncidents([g1, g2], [
      { ...perfect(g1), categories: ['name', 'phone'] }, // 1 tp, 1 fp, 1 fn
      { ...perfect(g2), categories: ['email'] }, // 1 tp
    ]);
    expect(r.categories).toMatchObject({ tp: 2, predicted: 3, gold: 3 });
    expect(r.categories.f1).toBeCloseTo(2 / 3);
    expect(r.mistakes.find((m) => m.kind === 'categories')?.message).toContain('missing address; extra phone');
  });

  it('gives n/a (null) figures when nothing is matched', () => {
    const r = scoreIncidents([], []);
    expect(r.detection.f1).toBeNull();
    expect(r.total_affected.accuracy).toBeNull();
    expect(r.meets.total_affected).toBe(false);
    expect(formatReport(r)).toContain('n/a');
  });
});

describe('matchBySpan', () => {
  const s = (span: [number, number], name: string) => ({ span, name });
  it('matches one-to-one, greatest overlap first', () => {
    // p1 overlaps g1 by 90 and g2 by 10; p2 overlaps g2 by 50. Each gets its best partner.
    const g = [s([0, 100], 'g1'), s([100, 200], 'g2')];
    const p = [s([10, 110], 'p1'), s([120, 170], 'p2')];
    expect(matchBySpan(g, p).map((m) => [m.gold.name, m.pred.name, m.overlap])).toEqual([
      ['g1', 'p1', 90],
      ['g2', 'p2', 50],
    ]);
  });
  it('never gives one prediction to two gold incidents', () => {
    const g = [s([0, 100], 'g1'), s([100, 200], 'g2')];
    const p = [s([0, 200], 'p1')];
    const m = matchBySpan(g, p);
    expect(m).toHaveLength(1);
    expect(m[0]!.gold.name).toBe('g1'); // tie on overlap: earlier gold first
  });
  it('does not match spans that only touch', () => {
    expect(matchBySpan([s([0, 100], 'g')], [s([100, 200], 'p')])).toEqual([]);
  });
});

describe('orgMatches / normalizeOrg', () => {
  const rows: Array<[string | null, string | null, string[], boolean]> = [
    ['株式会社銀時', '株式会社銀時', [], true],
    ['銀時', '株式会社銀時', [], true],
    ['株式会社 JR 西日本ヴィアイン', '株式会社 JR 西日本ヴィアイン', [], true],
    ['JR西日本ヴィアイン', '株式会社 JR 西日本ヴィアイン', [], true],
    ['(株)ナイスユニ', '株式会社ナイスユニ', [], true],
    ['㈱ナイスユニ', '株式会社ナイスユニ', [], true],
    ['ＮＴＴ', 'NTT', [], true],
    ['気仙沼市', '気仙沼市 市立病院', ['当院'], true],
    ['当院', '気仙沼市 市立病院', ['当院'], true],
    ['市', '島田市', [], false], // the shorter side has fewer than 2 characters
    ['新潟市', '島田市', [], false],
    [null, '島田市', [], false],
    [null, null, [], true],
    ['株式会社', '株式会社銀時', [], false],
  ];
  it.each(rows)('%s vs %s', (pred, g, alts, expected) => {
    expect(orgMatches(pred, g, alts)).toBe(expected);
  });
  it('normalises width, spaces and company forms', () => {
    expect(normalizeOrg(' 株式会社　ＡＢＣ （株） 有限会社x ')).toBe('ABCx');
  });
});

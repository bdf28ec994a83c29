import { describe, expect, it } from 'vitest';
import { explainCategory, explainCause, explainCount, explainOrg, formatNumber, incidentSummary, type CountFacts } from '../../../lib/page/explain';

function count(overrides: Partial<CountFacts> = {}): CountFacts {
  return { text: '1,234名', value: 1234, min: null, max: null, unit: '名', numeric_approx: false, hedged: false, total: false, ...overrides };
}

describe('explainCount', () => {
  it.each<[string, Partial<CountFacts>, string]>([
    ['approximate and hedged 約7.2万件', { text: '約7.2万件', value: 72000, unit: '件', numeric_approx: true, hedged: true }, '≈ 72,000 records, approximate, possibly leaked'],
    ['exact people', {}, '1,234 people'],
    ['one record', { text: '1件', value: 1, unit: '件' }, '1 record'],
    ['hedged only (no ≈)', { text: '38名分', value: 38, hedged: true }, '38 people, possibly leaked'],
    ['stated total', { text: '合計2,446件', value: 2446, unit: '件', total: true }, '2,446 records, stated total'],
    ['range (数万)', { text: '数万件', value: null, min: 10000, max: 90000, unit: '件', numeric_approx: true }, '≈ 10,000–90,000 records, approximate'],
    ['accounts', { text: '97,533アカウント', value: 97533, unit: 'アカウント' }, '97,533 accounts'],
    ['households', { text: '12世帯', value: 12, unit: '世帯' }, '12 households'],
  ])('%s', (_name, overrides, line) => {
    const c = count(overrides);
    expect(explainCount(c, 'en')).toEqual({ title: c.text, lines: [line] });
  });

  it('says it in Japanese for the Japanese UI', () => {
    const c = count({ text: '約7.2万件', value: 72000, unit: '件', numeric_approx: true, hedged: true });
    expect(explainCount(c, 'ja').lines).toEqual(['約72,000件（概数・漏えいの可能性）']);
    expect(explainCount(count(), 'ja').lines).toEqual(['1,234名']);
  });
});

describe('explainCategory', () => {
  it.each<[string, string, string]>([
    ['credit_card_number', 'クレジットカード番号', 'credit_card_number (VERIS Payment, APPI financial-harm trigger)'],
    ['medical', '既往症', 'medical (VERIS Medical, APPI sensitive-data trigger)'],
    ['email', 'メールアドレス', 'email (VERIS Personal)'],
    ['bank_account', '口座情報', 'bank_account (VERIS Bank, APPI financial-harm trigger)'],
  ])('%s', (key, text, line) => {
    const e = explainCategory(key, text, 'en');
    expect(e.title).toBe(text);
    expect(e.lines[0]).toBe(line);
    expect(e.lines[1]).toBeTruthy(); // the vocabulary's description
  });

  it('keeps an unknown key as is', () => {
    expect(explainCategory('no_such_key', 'x', 'en')).toEqual({ title: 'x', lines: ['no_such_key'] });
  });

  it('names the APPI trigger in Japanese', () => {
    expect(explainCategory('credit_card_number', 'カード番号', 'ja').lines[0]).toBe('credit_card_number（VERIS: Payment、報告義務: 財産的被害のおそれ）');
  });
});

describe('explainOrg / explainCause', () => {
  it('explains the organisation', () => {
    expect(explainOrg('株式会社サンプル', 'en')).toEqual({ title: '株式会社サンプル', lines: ['Organisation that reported the incident'] });
    expect(explainOrg('株式会社サンプル', 'ja').lines[0]).toContain('公表した組織');
  });

  it('explains the cause with its vocabulary key', () => {
    const e = explainCause('unauthorized_access', '不正アクセス', 'en');
    expect(e.title).toBe('不正アクセス');
    expect(e.lines[0]).toBe('Cause: unauthorized_access');
    expect(explainCause('misdelivery', '誤送信', 'ja').lines[0]).toBe('原因: misdelivery（誤送信）');
  });
});

describe('incidentSummary', () => {
  it('joins organisation, total and cause', () => {
    const inc = { org: '熊本県', total_affected: 12424, cause: 'unauthorized_access', counts: [count()] };
    expect(incidentSummary(inc, 'en')).toBe('熊本県 · 12,424 · unauthorized_access');
    expect(incidentSummary({ ...inc, counts: [count({ numeric_approx: true })] }, 'ja')).toBe('熊本県 · 約12,424件 · unauthorized_access');
  });

  it('leaves out what is unknown', () => {
    expect(incidentSummary({ org: null, total_affected: null, cause: 'unknown', counts: [] }, 'en')).toBe('');
  });
});

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [72000, '72,000'],
    [1234567, '1,234,567'],
    [-4500, '-4,500'],
    [1234.5, '1,234.5'],
  ])('%d → %s (as en-US toLocaleString)', (n, s) => {
    expect(formatNumber(n)).toBe(s);
    expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, appiView } from '../../../lib/store/appi';
import { applyEdit } from '../../../lib/store/record';
import type { Incident, PpcTrigger } from '../../../lib/types';
import { makeRecord } from './fixtures';

describe('appiView triggers', () => {
  it.each<[string, Partial<Incident>, PpcTrigger[]]>([
    ['medical data is 要配慮個人情報', { categories: ['name', 'medical'], cause: 'misdelivery', total_affected: 3 }, ['sensitive']],
    ['card numbers risk 財産的被害', { categories: ['credit_card_number'], cause: 'misdelivery', total_affected: 10 }, ['financial_harm']],
    ['bank accounts risk 財産的被害', { categories: ['bank_account'], cause: 'loss_theft', total_affected: 1 }, ['financial_harm']],
    ['unauthorised access is 不正の目的', { categories: ['name'], cause: 'unauthorized_access', total_affected: 5 }, ['unlawful_purpose']],
    ['ransomware is 不正の目的', { categories: [], cause: 'malware_ransomware', total_affected: null }, ['unlawful_purpose']],
    ['insider misuse is 不正の目的', { categories: [], cause: 'insider_misuse', total_affected: null }, ['unlawful_purpose']],
    ['account takeover is 不正の目的', { categories: [], cause: 'account_takeover', total_affected: null }, ['unlawful_purpose']],
    ['1,001 people', { categories: ['name'], cause: 'misdelivery', total_affected: 1001 }, ['over_1000_people']],
    ['exactly 1,000 is not more than 1,000', { categories: ['name'], cause: 'misdelivery', total_affected: 1000 }, []],
    ['everything', { categories: ['medical', 'card_expiry'], cause: 'unauthorized_access', total_affected: 5000 },
      ['sensitive', 'financial_harm', 'unlawful_purpose', 'over_1000_people']],
    ['a misdelivered name list', { categories: ['name', 'email'], cause: 'misdelivery', total_affected: 20 }, []],
  ])('%s', (_name, facts, expected) => {
    const view = appiView(makeRecord({ ppc_triggers: [], ...facts }));
    expect(view.triggers.map((t) => t.trigger)).toEqual(expected);
    expect(view.reportable).toBe(expected.length > 0);
    for (const t of view.triggers) expect(t.label).not.toBe('');
  });

  it('includes triggers the engine reported and respects a user correction', () => {
    const record = makeRecord({ categories: ['name'], cause: 'misdelivery', total_affected: 3, ppc_triggers: ['sensitive'] });
    expect(appiView(record).triggers.map((t) => t.trigger)).toEqual(['sensitive']);
    const corrected = applyEdit(record, { ppc_triggers: [] });
    expect(appiView(corrected)).toMatchObject({ triggers: [], reportable: false });
  });
});

describe('appiView deadlines', () => {
  it.each<[string, Partial<Incident>, string | null, { from: string; to: string } | null, { due: string; days: number } | null]>([
    ['30-day 確報', { categories: ['medical'], cause: 'misdelivery' }, '2024-05-01', { from: '2024-05-04', to: '2024-05-06' }, { due: '2024-05-31', days: 30 }],
    ['60-day 確報 for 不正の目的', { cause: 'unauthorized_access' }, '2024-05-01', { from: '2024-05-04', to: '2024-05-06' }, { due: '2024-06-30', days: 60 }],
    ['across a year end', { cause: 'malware_ransomware' }, '2024-12-30', { from: '2025-01-02', to: '2025-01-04' }, { due: '2025-02-28', days: 60 }],
    ['leap February', { categories: ['medical'], cause: 'misdelivery' }, '2024-02-27', { from: '2024-03-01', to: '2024-03-03' }, { due: '2024-03-28', days: 30 }],
    ['discovery unknown', { cause: 'unauthorized_access' }, null, null, null],
    ['not reportable', { categories: ['name'], cause: 'misdelivery', total_affected: 3 }, '2024-05-01', null, null],
  ])('%s', (_name, facts, discovered, preliminary, final) => {
    const record = makeRecord({ ppc_triggers: [], total_affected: 10, categories: [], ...facts }, {}, { discovered });
    const view = appiView(record);
    expect(view.preliminary).toEqual(preliminary);
    expect(view.final).toEqual(final);
  });

  it('addDays counts calendar days', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

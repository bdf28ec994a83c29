// The words on the explanation card of each highlighted fact. Pure: facts in, strings out.
//   約7.2万件 (approx, hedged)  → "≈ 72,000 records, approximate, possibly leaked"
//   クレジットカード番号         → "credit_card_number (VERIS Payment, APPI financial-harm trigger)"
import type { Count, CountUnit } from '../types';
import { CATEGORIES, CAUSES } from '../vocabulary';
import type { Lang } from './strings';

/** What a card shows: a title (the text as on the page) and a few lines. */
export interface Explanation {
  title: string;
  lines: string[];
}

/** The parts of a count an explanation needs (engine Count or a stored count). */
export type CountFacts = Pick<Count, 'text' | 'value' | 'min' | 'max' | 'unit' | 'numeric_approx' | 'hedged' | 'total'>;

const UNIT_EN: Partial<Record<CountUnit, [singular: string, plural: string]>> = {
  件: ['record', 'records'],
  名: ['person', 'people'],
  人: ['person', 'people'],
  アカウント: ['account', 'accounts'],
  世帯: ['household', 'households'],
};

const TRIGGER_LABEL: Record<'sensitive' | 'financial_harm', Record<Lang, string>> = {
  sensitive: { en: 'APPI sensitive-data trigger', ja: '報告義務: 要配慮個人情報' },
  financial_harm: { en: 'APPI financial-harm trigger', ja: '報告義務: 財産的被害のおそれ' },
};

/** 72000 → "72,000". By hand: toLocaleString builds an Intl formatter per call (slow on a page). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** "72,000", "10,000–90,000", or "?" when the count has no value at all. */
function amount(count: CountFacts): string {
  if (count.value !== null) return formatNumber(count.value);
  if (count.min !== null && count.max !== null) return `${formatNumber(count.min)}–${formatNumber(count.max)}`;
  if (count.min !== null) return `${formatNumber(count.min)}+`;
  return '?';
}

export function explainCount(count: CountFacts, lang: Lang): Explanation {
  const n = amount(count);
  if (lang === 'ja') {
    const flags = [count.numeric_approx && '概数', count.hedged && '漏えいの可能性', count.total && '合計'].filter(Boolean);
    const head = `${count.numeric_approx ? '約' : ''}${n}${count.unit}`;
    return { title: count.text, lines: [flags.length ? `${head}（${flags.join('・')}）` : head] };
  }
  const [one, many] = UNIT_EN[count.unit] ?? [count.unit, count.unit];
  const noun = count.value === 1 ? one : many;
  const parts = [
    `${count.numeric_approx ? '≈ ' : ''}${n} ${noun}`,
    count.numeric_approx && 'approximate',
    count.hedged && 'possibly leaked',
    count.total && 'stated total',
  ].filter(Boolean);
  return { title: count.text, lines: [parts.join(', ')] };
}

export function explainCategory(key: string, text: string, lang: Lang): Explanation {
  const entry = CATEGORIES[key];
  if (!entry) return { title: text, lines: [key] };
  const trigger = entry.ppc_trigger ? TRIGGER_LABEL[entry.ppc_trigger][lang] : null;
  if (lang === 'ja') {
    const detail = [`VERIS: ${entry.veris}`, trigger].filter(Boolean).join('、');
    return { title: text, lines: [`${key}（${detail}）`, `情報の種類: ${entry.en}`] };
  }
  const detail = [`VERIS ${entry.veris}`, trigger].filter(Boolean).join(', ');
  return { title: text, lines: [`${key} (${detail})`, entry.en] };
}

export function explainOrg(org: string, lang: Lang): Explanation {
  return lang === 'ja'
    ? { title: org, lines: ['公表した組織（インシデントの当事者）'] }
    : { title: org, lines: ['Organisation that reported the incident'] };
}

export function explainCause(key: string, text: string, lang: Lang): Explanation {
  const entry = CAUSES[key];
  if (!entry) return { title: text, lines: [key] };
  return lang === 'ja'
    ? { title: text, lines: [`原因: ${key}（${entry.ja[0] ?? key}）`, entry.en] }
    : { title: text, lines: [`Cause: ${key}`, entry.en] };
}

/** One line summing up an incident for its toolbar: organisation · total · cause. */
export function incidentSummary(
  incident: { org: string | null; total_affected: number | null; cause: string | null; counts: readonly CountFacts[] },
  lang: Lang,
): string {
  const approx = incident.counts.some((c) => c.numeric_approx || c.hedged);
  const total =
    incident.total_affected === null
      ? null
      : lang === 'ja'
        ? `${approx ? '約' : ''}${formatNumber(incident.total_affected)}件`
        : `${approx ? '≈ ' : ''}${formatNumber(incident.total_affected)}`;
  const cause = incident.cause && incident.cause !== 'unknown' ? incident.cause : null;
  return [incident.org, total, cause].filter(Boolean).join(' · ');
}

// APPI (個人情報保護法, 2022) view of a record: which mandatory-report triggers of 施行規則 7条
// apply, and when the organisation's reports to the PPC are due, counted from the day it
// discovered the incident (初日不算入: day 1 is the day after discovery).
import type { PpcTrigger } from '../types';
import { CATEGORIES, UNLAWFUL_PURPOSE_CAUSES } from '../vocabulary';
import type { IncidentRecord } from './record';

export const APPI_LABELS: Readonly<Record<PpcTrigger, string>> = {
  sensitive: '要配慮個人情報の漏えい等',
  financial_harm: '財産的被害が生じるおそれがある漏えい等',
  unlawful_purpose: '不正の目的をもって行われたおそれがある漏えい等',
  over_1000_people: '1,000人を超える漏えい等',
};

/** 速報: 概ね3〜5日以内. 確報: 30日以内 (60日以内 when 不正の目的 applies). */
export const PRELIMINARY_DAYS = { from: 3, to: 5 } as const;
export const FINAL_DAYS = 30;
export const FINAL_DAYS_UNLAWFUL = 60;

export interface AppiTrigger {
  trigger: PpcTrigger;
  label: string;
  /** Why it applies, e.g. the categories or cause behind it. */
  reason: string;
}

export interface AppiView {
  triggers: AppiTrigger[];
  /** At least one trigger applies: a report to the PPC and notice to the people is mandatory. */
  reportable: boolean;
  /** 速報 window [from, to] (ISO dates); null when not reportable or the discovery date is unknown. */
  preliminary: { from: string; to: string } | null;
  /** 確報 due date; null when not reportable or the discovery date is unknown. */
  final: { due: string; days: number } | null;
}

/** ISO date `days` after an ISO date (YYYY-MM-DD), in calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const ORDER: readonly PpcTrigger[] = ['sensitive', 'financial_harm', 'unlawful_purpose', 'over_1000_people'];

/** Triggers the record's own facts imply, with reasons. */
export function derivedTriggers(record: IncidentRecord): Map<PpcTrigger, string> {
  const found = new Map<PpcTrigger, string>();
  for (const kind of ['sensitive', 'financial_harm'] as const) {
    const cats = record.categories.filter((c) => CATEGORIES[c]?.ppc_trigger === kind);
    if (cats.length) found.set(kind, `data categories: ${cats.join(', ')}`);
  }
  if (record.cause && UNLAWFUL_PURPOSE_CAUSES.has(record.cause)) found.set('unlawful_purpose', `cause: ${record.cause}`);
  if (record.total_affected !== null && record.total_affected > 1000) {
    found.set('over_1000_people', `${record.total_affected.toLocaleString('en')} affected (more than 1,000)`);
  }
  return found;
}

/**
 * Which APPI report triggers apply and the report deadlines. When the user corrected the record's
 * triggers, their list is used as is; otherwise the triggers implied by categories, cause and total
 * are united with those the engine reported.
 */
export function appiView(record: IncidentRecord): AppiView {
  const reasons = new Map<PpcTrigger, string>();
  if (record.corrected.ppc_triggers) {
    for (const t of record.ppc_triggers) reasons.set(t, 'set by you');
  } else {
    for (const [t, why] of derivedTriggers(record)) reasons.set(t, why);
    for (const t of record.ppc_triggers) if (!reasons.has(t)) reasons.set(t, 'stated in the notice (engine)');
  }
  const triggers = ORDER.filter((t) => reasons.has(t)).map((trigger) => ({
    trigger,
    label: APPI_LABELS[trigger],
    reason: reasons.get(trigger)!,
  }));
  const reportable = triggers.length > 0;
  const discovered = record.discovered && /^\d{4}-\d{2}-\d{2}$/.test(record.discovered) ? record.discovered : null;
  if (!reportable || !discovered) return { triggers, reportable, preliminary: null, final: null };
  const days = reasons.has('unlawful_purpose') ? FINAL_DAYS_UNLAWFUL : FINAL_DAYS;
  return {
    triggers,
    reportable,
    preliminary: {
      from: addDays(discovered, PRELIMINARY_DAYS.from),
      to: addDays(discovered, PRELIMINARY_DAYS.to),
    },
    final: { due: addDays(discovered, days), days },
  };
}

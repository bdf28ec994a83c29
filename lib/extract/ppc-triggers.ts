// APPI (2022) mandatory-report triggers an incident meets, from its categories, cause and size.
import { CATEGORIES, UNLAWFUL_PURPOSE_CAUSES } from '../vocabulary';
import type { PpcTrigger } from '../types';

/** Reports are mandatory above this many affected people (個人情報保護法施行規則 第7条第4号). */
export const PPC_PEOPLE_THRESHOLD = 1000;

export function ppcTriggers(categories: readonly string[], cause: string | null, totalAffected: number | null): PpcTrigger[] {
  const out = new Set<PpcTrigger>();
  for (const key of categories) {
    const trigger = CATEGORIES[key]?.ppc_trigger;
    if (trigger) out.add(trigger);
  }
  if (cause !== null && UNLAWFUL_PURPOSE_CAUSES.has(cause)) out.add('unlawful_purpose');
  if (totalAffected !== null && totalAffected > PPC_PEOPLE_THRESHOLD) out.add('over_1000_people');
  const order: PpcTrigger[] = ['sensitive', 'financial_harm', 'unlawful_purpose', 'over_1000_people'];
  return order.filter((t) => out.has(t));
}

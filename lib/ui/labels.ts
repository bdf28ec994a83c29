// Display labels of vocabulary keys (data categories, causes, APPI triggers) in the UI language.
// The catalogs hold a short label per key (cat_<key>, cause_<key>, trigger_<key>); the vocabulary's
// first Japanese surface form is the fallback for a key a catalog lacks.
import type { PpcTrigger } from '../types';
import { CATEGORIES, CATEGORY_KEYS, CAUSE_KEYS, CAUSES } from '../vocabulary';
import type { T } from './i18n';

function labelOr(t: T, id: string, fallback: string): string {
  const label = t(id);
  return label === id ? fallback : label;
}

export function categoryLabel(key: string, t: T): string {
  return labelOr(t, `cat_${key}`, CATEGORIES[key]?.ja[0] ?? key);
}

export function causeLabel(key: string | null, t: T): string {
  if (key === null) return t('cause_none');
  return labelOr(t, `cause_${key}`, CAUSES[key]?.ja[0] ?? key);
}

export function triggerLabel(trigger: PpcTrigger, t: T): string {
  return labelOr(t, `trigger_${trigger}`, trigger);
}

/** Vocabulary keys with their labels, in vocabulary order (related kinds of data stay together). */
export function labelledCategories(t: T): Array<{ key: string; label: string }> {
  return CATEGORY_KEYS.map((key) => ({ key, label: categoryLabel(key, t) }));
}

export function labelledCauses(t: T): Array<{ key: string; label: string }> {
  return CAUSE_KEYS.map((key) => ({ key, label: causeLabel(key, t) }));
}

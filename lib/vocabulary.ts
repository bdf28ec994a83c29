// The controlled vocabulary of data categories and causes, shipped as the project's own data.
import raw from './vocabulary.json';

export interface CategoryEntry {
  en: string;
  ja: string[];
  veris: string;
  ppc_trigger?: 'sensitive' | 'financial_harm';
}
export interface CauseEntry {
  en: string;
  ja: string[];
  details?: string[];
}

export const CATEGORIES: Readonly<Record<string, CategoryEntry>> = raw.data_categories as Record<string, CategoryEntry>;
export const CAUSES: Readonly<Record<string, CauseEntry>> = raw.causes as Record<string, CauseEntry>;
export const CATEGORY_KEYS: readonly string[] = Object.keys(CATEGORIES);
export const CAUSE_KEYS: readonly string[] = Object.keys(CAUSES);

/** Causes whose presence means the APPI 不正の目的 trigger applies. */
export const UNLAWFUL_PURPOSE_CAUSES: ReadonlySet<string> = new Set([
  'unauthorized_access',
  'malware_ransomware',
  'insider_misuse',
  'account_takeover',
]);

/** Causes that describe incidents which are not personal-data breaches by themselves. */
export const NON_BREACH_CAUSES: ReadonlySet<string> = new Set(['ddos', 'mail_relay_abuse']);

// VERIS 1.3 export: one incident object per record, for VCDB-style incident databases.
// https://verisframework.org/ — the varieties used here are from the verisc 1.3 enumerations.
import { CATEGORIES } from '../vocabulary';
import type { IncidentRecord } from './record';

export const VERIS_SCHEMA_VERSION = '1.3.7';

type Action = Record<string, Record<string, string[]>>;
type Actor = Record<string, Record<string, string[]>>;

export interface VerisConfidentiality {
  data_disclosure: 'Yes' | 'Potentially';
  data_total?: number;
  data: { variety: string }[];
  data_victim: string[];
}

/** The part of a VERIS 1.3 incident leakmark fills. */
export interface VerisIncident {
  schema_version: string;
  incident_id: string;
  security_incident: 'Confirmed' | 'Suspected';
  summary: string;
  /** Every source URL, space-separated (VERIS `reference` is one string). */
  reference: string;
  victim: { victim_id: string; country: string[]; employee_count: string; industry: string; government: string[] };
  action: Action;
  actor: Actor;
  asset: { assets: { variety: string }[] };
  attribute: { confidentiality?: VerisConfidentiality };
  timeline: { incident: { year: number; month?: number; day?: number } };
  discovery_method: { unknown: Record<string, never> };
  plus: { master_id: string; created: string; modified: string };
}

const EXTERNAL: Actor = { external: { variety: ['Unknown'], motive: ['Unknown'] } };
const INTERNAL_ERROR: Actor = { internal: { variety: ['Unknown'], motive: ['NA'] } };
const INTERNAL_MISUSE: Actor = { internal: { variety: ['Unknown'], motive: ['Unknown'] } };

function recordText(record: IncidentRecord): string {
  return [record.heading ?? '', ...record.sources.map((s) => s.quote.exact)].join('\n');
}

function hackingVariety(text: string): string[] {
  const varieties: string[] = [];
  if (/SQL\s*インジェクション|SQL\s*injection/i.test(text)) varieties.push('SQLi');
  if (/脆弱性/.test(text)) varieties.push('Exploit vuln');
  return varieties.length ? varieties : ['Unknown'];
}

/** VERIS action and actor for a leakmark cause key. */
export function verisAction(record: IncidentRecord): { action: Action; actor: Actor } {
  const text = recordText(record);
  switch (record.cause) {
    case 'unauthorized_access':
      return { action: { hacking: { variety: hackingVariety(text), vector: ['Web application'] } }, actor: EXTERNAL };
    case 'account_takeover':
      return { action: { hacking: { variety: ['Use of stolen creds'], vector: ['Web application'] } }, actor: EXTERNAL };
    case 'malware_ransomware':
      return { action: { malware: { variety: ['Ransomware'], vector: ['Unknown'] } }, actor: EXTERNAL };
    case 'misdelivery':
      return { action: { error: { variety: ['Misdelivery'], vector: ['Carelessness'] } }, actor: INTERNAL_ERROR };
    case 'loss_theft':
      // Theft (盗難, 車上荒らし, ひったくり, 窃盗) is a physical action by an outsider; otherwise a loss.
      return /盗|車上荒らし|ひったくり/.test(text)
        ? { action: { physical: { variety: ['Theft'], vector: ['Unknown'] } }, actor: EXTERNAL }
        : { action: { error: { variety: ['Loss'], vector: ['Carelessness'] } }, actor: INTERNAL_ERROR };
    case 'insider_misuse':
      return { action: { misuse: { variety: ['Privilege abuse'], vector: ['Unknown'] } }, actor: INTERNAL_MISUSE };
    case 'misconfiguration_public_exposure':
      return { action: { error: { variety: ['Misconfiguration'], vector: ['Unknown'] } }, actor: INTERNAL_ERROR };
    case 'improper_disposal':
      return { action: { error: { variety: ['Disposal error'], vector: ['Unknown'] } }, actor: INTERNAL_ERROR };
    case 'ddos':
      return { action: { hacking: { variety: ['DoS'], vector: ['Web application'] } }, actor: EXTERNAL };
    case 'mail_relay_abuse':
      return { action: { hacking: { variety: ['Abuse of functionality'], vector: ['Other network service'] } }, actor: EXTERNAL };
    default:
      return { action: { unknown: {} }, actor: { unknown: {} } };
  }
}

/** year/month/day of an ISO date (partial dates give fewer parts). */
function dateParts(date: string | null): VerisIncident['timeline']['incident'] | null {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (!m) return null;
  const parts: VerisIncident['timeline']['incident'] = { year: Number(m[1]) };
  if (m[2]) parts.month = Number(m[2]);
  if (m[3]) parts.day = Number(m[3]);
  return parts;
}

function summary(record: IncidentRecord): string {
  const parts = [record.org ?? '(organisation unknown)', record.heading ?? ''];
  if (record.total_affected !== null) parts.push(`affected: ${record.total_affected}`);
  return parts.filter((p) => p !== '').join(' — ');
}

function confidentiality(record: IncidentRecord): VerisConfidentiality {
  const varieties = [...new Set(record.categories.map((c) => CATEGORIES[c]?.veris).filter((v) => v !== undefined))];
  const hedged = record.counts.some((c) => c.victim && c.hedged);
  return {
    data_disclosure: record.is_breach && !hedged ? 'Yes' : 'Potentially',
    ...(record.total_affected !== null ? { data_total: record.total_affected } : {}),
    data: (varieties.length ? varieties : ['Unknown']).map((variety) => ({ variety })),
    data_victim: ['Unknown'],
  };
}

/** One VERIS 1.3 incident per record. */
export function toVeris(records: readonly IncidentRecord[]): VerisIncident[] {
  return records.map((record) => {
    const { action, actor } = verisAction(record);
    const year = Number((record.sources[0]?.savedAt ?? record.createdAt).slice(0, 4));
    // A non-breach without data categories (DDoS, spam relay) has no confidentiality attribute.
    const attribute = record.is_breach || record.categories.length ? { confidentiality: confidentiality(record) } : {};
    return {
      schema_version: VERIS_SCHEMA_VERSION,
      incident_id: record.id,
      security_incident: record.is_breach ? 'Confirmed' : 'Suspected',
      summary: summary(record),
      reference: record.sources.map((s) => s.url).join(' '),
      victim: {
        victim_id: record.org ?? 'Unknown',
        country: ['JP'],
        employee_count: 'Unknown',
        industry: '000',
        government: ['Unknown'],
      },
      action,
      actor,
      asset: { assets: [{ variety: 'Unknown' }] },
      attribute,
      timeline: { incident: dateParts(record.published) ?? { year } },
      discovery_method: { unknown: {} },
      plus: { master_id: record.id, created: record.createdAt, modified: record.updatedAt },
    };
  });
}

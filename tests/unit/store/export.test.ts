import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../lib/store/record';
import { CSV_COLUMNS, csvCell, toCsv, toJson } from '../../../lib/store/export';
import { parseImport } from '../../../lib/store/import';
import { toVeris, verisAction } from '../../../lib/store/veris';
import { CATEGORIES } from '../../../lib/vocabulary';
import { makeCount, makeRecord } from './fixtures';
import { parseCsv } from '../../support/csv';


describe('toCsv', () => {
  const tricky = applyEdit(
    makeRecord(
      { org: 'Foo, "Bar" 株式会社', counts: [makeCount({ approx: true })], categories: ['name', 'email'] },
      { url: 'https://a.example/x', title: '=HYPERLINK("http://evil")' },
    ),
    { notes: '一行目\n二行目, "引用"', tags: ['+cmd', '@SUM(A1)', '-1', '通常'] },
  );
  const plain = makeRecord({ org: 'プレーン', counts: [makeCount({ approx: false })], total_affected: null, published: null, cause: null });
  const csv = toCsv([tricky, plain]);

  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has a header and one row per incident, every value recoverable', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      id: tricky.id,
      org: 'Foo, "Bar" 株式会社',
      published: '2024-05-10',
      total_affected: '1234',
      approx: '≈',
      categories: 'name;email',
      cause: 'unauthorized_access',
      is_breach: 'true',
      notes: '一行目\n二行目, "引用"',
      url: 'https://a.example/x',
      saved_at: tricky.sources[0]!.savedAt,
    });
    const second = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(second).toMatchObject({ approx: '', total_affected: '', published: '', cause: '' });
  });

  it('defuses formula injection', () => {
    const rows = parseCsv(csv.slice(1));
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row.title).toBe(`'=HYPERLINK("http://evil")`);
    expect(row.tags).toBe(`'+cmd;@SUM(A1);-1;通常`);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['+81-3', "'+81-3"],
    ['-x', "'-x"],
    ['@x', "'@x"],
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['=a,"b"', `"'=a,""b"""`],
    [null, ''],
    [42, '42'],
  ])('cell %j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toJson', () => {
  it('round-trips through parseImport with full fidelity', () => {
    const records = [
      applyEdit(makeRecord(), { discovered: '2024-05-01', tags: ['a'], notes: '注記\n"quoted"', total_affected: 1300 }),
      makeRecord({ org: null, published: null, cause: null, categories: [], ppc_triggers: [], counts: [] }),
    ];
    const json = toJson(records, '2024-06-01T00:00:00.000Z');
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ format: 'leakmark', version: 1, exportedAt: '2024-06-01T00:00:00.000Z' });
    const back = parseImport(json);
    expect(back).toEqual({ ok: true, records, warnings: [] });
  });
});

describe('toVeris', () => {
  it.each<[string | null, string, Record<string, string[]> | Record<string, never>, string]>([
    ['unauthorized_access', 'hacking', { variety: ['Unknown'], vector: ['Web application'] }, 'external'],
    ['malware_ransomware', 'malware', { variety: ['Ransomware'], vector: ['Unknown'] }, 'external'],
    ['misdelivery', 'error', { variety: ['Misdelivery'], vector: ['Carelessness'] }, 'internal'],
    ['loss_theft', 'error', { variety: ['Loss'], vector: ['Carelessness'] }, 'internal'],
    ['insider_misuse', 'misuse', { variety: ['Privilege abuse'], vector: ['Unknown'] }, 'internal'],
    ['misconfiguration_public_exposure', 'error', { variety: ['Misconfiguration'], vector: ['Unknown'] }, 'internal'],
    ['account_takeover', 'hacking', { variety: ['Use of stolen creds'], vector: ['Web application'] }, 'external'],
    ['improper_disposal', 'error', { variety: ['Disposal error'], vector: ['Unknown'] }, 'internal'],
    ['unknown', 'unknown', {}, 'unknown'],
    [null, 'unknown', {}, 'unknown'],
  ])('cause %s → action.%s %o', (cause, action, detail, actor) => {
    const record = makeRecord({ cause, heading: 'お知らせ' }, { quote: { exact: '個人情報の件', prefix: '', suffix: '' } });
    const [incident] = toVeris([record]);
    expect(incident!.action).toEqual({ [action]: detail });
    expect(Object.keys(incident!.actor as object)).toEqual([actor]);
  });

  it('reads theft, SQL injection and vulnerabilities from the text', () => {
    const theft = makeRecord({ cause: 'loss_theft', heading: '車上荒らしによるPC盗難' });
    expect(verisAction(theft).action).toEqual({ physical: { variety: ['Theft'], vector: ['Unknown'] } });
    const sqli = makeRecord({ cause: 'unauthorized_access', heading: 'SQLインジェクション攻撃と脆弱性' });
    expect(verisAction(sqli).action.hacking!.variety).toEqual(['SQLi', 'Exploit vuln']);
  });

  it('fills the incident shape from the record', () => {
    const record = makeRecord(
      { categories: ['name', 'email', 'credit_card_number', 'medical'], total_affected: 5000, published: '2024-05-10' },
      { url: 'https://a.example/1' },
    );
    record.sources.push({ ...record.sources[0]!, url: 'https://b.example/2' });
    const [v] = toVeris([record]);
    if (!v) throw new Error('no incident');
    expect(v.schema_version).toBe('1.3.7');
    expect(v.incident_id).toBe(record.id);
    expect(v.summary).toContain('株式会社サンプル');
    expect(v.victim).toMatchObject({ victim_id: '株式会社サンプル', country: ['JP'] });
    expect(v.timeline).toEqual({ incident: { year: 2024, month: 5, day: 10 } });
    expect(v.reference).toBe('https://a.example/1 https://b.example/2');
    expect(v.discovery_method).toEqual({ unknown: {} });
    expect(v.security_incident).toBe('Confirmed');
    const conf = v.attribute.confidentiality!;
    expect(conf.data_disclosure).toBe('Yes');
    expect(conf.data_total).toBe(5000);
    const expectedVarieties = [...new Set(record.categories.map((c) => CATEGORIES[c]!.veris))];
    expect(conf.data.map((d) => d.variety)).toEqual(expectedVarieties);
    expect(expectedVarieties).toEqual(['Personal', 'Payment', 'Medical']);
    for (const key of ['schema_version', 'incident_id', 'security_incident', 'summary', 'timeline', 'action', 'actor', 'asset', 'discovery_method']) {
      expect(v, key).toHaveProperty(key);
    }
  });

  it.each([
    ['hedged count → Potentially', { counts: [makeCount({ hedged: true, approx: true })] }, 'Potentially'],
    ['firm count → Yes', { counts: [makeCount()] }, 'Yes'],
    ['not a breach → Potentially', { is_breach: false, categories: ['name'] }, 'Potentially'],
  ])('%s', (_name, changes, disclosure) => {
    const [v] = toVeris([makeRecord(changes)]);
    expect(v!.attribute.confidentiality?.data_disclosure).toBe(disclosure);
  });

  it('leaves confidentiality out for a non-breach without data categories (DDoS)', () => {
    const [v] = toVeris([makeRecord({ cause: 'ddos', is_breach: false, categories: [] })]);
    expect(v!.attribute).toEqual({});
    expect(v!.action).toEqual({ hacking: { variety: ['DoS'], vector: ['Web application'] } });
    expect(v!.security_incident).toBe('Suspected');
  });

  it('uses partial and missing dates', () => {
    const [partial, missing] = toVeris([makeRecord({ published: '2023-12' }), makeRecord({ published: null })]);
    expect(partial!.timeline).toEqual({ incident: { year: 2023, month: 12 } });
    expect(missing!.timeline.incident).toEqual({ year: 2024 }); // year of the first save
  });
});

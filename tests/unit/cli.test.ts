import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, displayWidth, formatCsv, formatTable, incidentToCli, type CliIncident } from '../../lib/cli/format';
import { htmlToPageText } from '../../lib/html/visible-text';
import type { Incident } from '../../lib/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = path.join(ROOT, 'scripts', 'extract.ts');

/** Runs the CLI as users do (tsx 4 registers with --import on Node 20). */
function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CONTRACT_KEYS = ['file', 'span', 'heading', 'org', 'published', 'is_breach', 'total_affected', 'counts', 'categories', 'cause', 'ppc_triggers'];
const COUNT_KEYS = ['text', 'value', 'min', 'max', 'unit', 'approx', 'hedged', 'victim'];

const NOTICE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>個人情報漏えいに関するお詫び | 株式会社テスト</title></head>
<body><header><nav><a href="/">ホーム</a></nav></header>
<h1>不正アクセスによる個人情報漏えいに関するお詫びとお知らせ</h1>
<p>2024年8月7日</p><p>株式会社テスト</p>
<p>このたび、当社が運営する通販サイトが第三者による不正アクセスを受け、お客様の個人情報1,234件が漏えいした可能性があることが判明いたしました。</p>
<ul><li>氏名</li><li>住所</li><li>電話番号</li><li>クレジットカード番号</li></ul>
<p>お客様には多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。</p>
<script>document.write("<p>見えない</p>")</script></body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'leakmark-cli-'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'nul.txt'), Buffer.from([0x41, 0x00, 0x42]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(path.join(dir, 'nul.html'), Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x00]));
  writeFileSync(path.join(dir, 'notice.html'), NOTICE_HTML);
  mkdirSync(path.join(dir, 'sub.txt'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('extract CLI: errors', () => {
  // [what, file name in the temp dir]
  const rows: Array<[string, string]> = [
    ['missing file', 'no-such-file.txt'],
    ['directory', 'sub.txt'],
    ['NUL bytes in .txt', 'nul.txt'],
    ['invalid UTF-8 in .txt', 'latin1.txt'],
    ['NUL bytes in .html', 'nul.html'],
  ];
  it.each(rows)('%s: one stderr line naming the file, exit ≠ 0, no stdout', (_what, name) => {
    const file = path.join(dir, name);
    const r = run(['--no-kuromoji', '--json', file]);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
  });

  it('fails on a bad file even among good ones', () => {
    const r = run(['--no-kuromoji', '--json', path.join(dir, 'empty.txt'), path.join(dir, 'missing.html')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects unknown options and missing files list', () => {
    expect(run(['--bogus', 'x.txt']).status).toBe(2);
    expect(run(['--no-kuromoji']).status).toBe(2);
    expect(run(['--format', 'xml', 'x.txt']).status).toBe(2);
  });

  it('prints help', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--json');
    expect(r.stdout).toContain('--no-kuromoji');
  });
});

describe('extract CLI: output', () => {
  it('gives [] for an empty file', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, '--no-kuromoji', '--json', path.join(dir, 'empty.txt')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual([]);
  });

  it('gives a JSON array with valid spans for an HTML file', () => {
    const file = path.join(dir, 'notice.html');
    const r = run(['--no-kuromoji', '--json', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as CliIncident[];
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    const { text } = htmlToPageText(NOTICE_HTML);
    let previous = 0;
    for (const row of rows) {
      expect(Object.keys(row).slice(0, CONTRACT_KEYS.length)).toEqual(CONTRACT_KEYS);
      expect(row.file).toBe(file);
      const [start, end] = row.span;
      expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
      expect(0 <= start && start < end && end <= text.length).toBe(true);
      expect(start).toBeGreaterThanOrEqual(previous); // page order
      previous = start;
      expect(text).not.toContain('見えない');
      for (const c of row.counts) expect(Object.keys(c).slice(0, COUNT_KEYS.length)).toEqual(COUNT_KEYS);
    }
  });

  it('keeps files in argument order', () => {
    const file = path.join(dir, 'notice.html');
    const rows = JSON.parse(run(['--no-kuromoji', '--json', path.join(dir, 'empty.txt'), file, file]).stdout) as CliIncident[];
    expect(rows.length % 2).toBe(0);
    expect(rows.every((r) => r.file === file)).toBe(true);
  });

  it('prints CSV with a header row', () => {
    const r = run(['--no-kuromoji', '--format', 'csv', path.join(dir, 'notice.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
  });

  it('prints a table by default', () => {
    const r = run(['--no-kuromoji', path.join(dir, 'notice.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^file\s+span\s+breach\?\s+org\s+published\s+total\s+categories\s+cause$/);
  });
});

describe('lib/cli/format', () => {
  const incident: Incident = {
    span: [10, 50],
    heading: '見出し, "引用"',
    heading_span: [10, 20],
    org: '=HYPERLINK("x")',
    org_span: null,
    published: '2024-08-07',
    is_breach: true,
    breach_evidence: ['leak statement'],
    total_affected: 1234,
    counts: [
      {
        text: '1,234件', start: 30, end: 36, value: 1234, min: 1234, max: 1234, unit: '件', approx: false, numeric_approx: false,
        hedged: false, victim: true, total: false, qualifiers: [], reason: 'record',
      },
    ],
    categories: ['name', 'address'],
    category_mentions: [],
    cause: 'unauthorized_access',
    cause_mentions: [],
    ppc_triggers: ['over_1000_people'],
  };

  it('maps an incident to the contract object, keys in order', () => {
    const row = incidentToCli('a.html', incident);
    expect(Object.keys(row).slice(0, CONTRACT_KEYS.length)).toEqual(CONTRACT_KEYS);
    expect(Object.keys(row.counts[0]!).slice(0, COUNT_KEYS.length)).toEqual(COUNT_KEYS);
    expect(row).toMatchObject({ file: 'a.html', span: [10, 50], total_affected: 1234, categories: ['name', 'address'] });
  });

  // [value, CSV field]
  const csvRows: Array<[string | number | boolean | null, string]> = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [12, '12'],
    [false, 'false'],
  ];
  it.each(csvRows)('csvField(%j)', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('quotes page text and defuses spreadsheet formulas', () => {
    const csv = formatCsv([incidentToCli('a.html', incident)]);
    const [header, row, last] = csv.split('\r\n');
    expect(header).toBe(CSV_HEADER.join(','));
    expect(row).toBe('a.html,10,50,"見出し, ""引用""","\'=HYPERLINK(""x"")",2024-08-07,true,1234,name;address,unauthorized_access,over_1000_people,"1,234件"');
    expect(last).toBe('');
  });

  it('aligns the table by display width', () => {
    const lines = formatTable([incidentToCli('a.html', incident), incidentToCli('b.txt', { ...incident, org: '島田市' })]).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const col = (line: string, label: string) => displayWidth(line.slice(0, line.indexOf(label)));
    expect(col(lines[2]!, '2024-08-07')).toBe(col(lines[3]!, '2024-08-07'));
    expect(formatTable([])).toBe('(no incidents)\n');
  });
});

// A search for pages on which the engine's time grows faster than the page: quadratic rules (one that reads a
// sentence, a line or the page's lines again for every hit in it). Not a test: it times the engine, and timings belong
// to the bench (docs/performance.md); the shapes it finds become rows of tests/unit/engine/robustness.test.ts and of
// the bench's HOSTILE_SHAPES once fixed.
//   tsx scripts/hostile-fuzz.ts [--size N] [--triples N] [--fixtures N] [--seed N] [--flag R]
// Pages of one shape repeated: every surface form of lib/vocabulary.json and every cue word below, alone and with a
// separator after it, and random triples of them; then fixture pages made hostile (one line, no sentence ends, six-unit
// lines, a mark or a bullet on every line, tabs or bars for commas). Each page is timed at `size` and 4x `size`
// characters (best of two runs); a growth over `flag` (default 6; linear is ~4, quadratic 16) taking 50 ms or more at 4x
// `size` is listed, worst first.
// Exit 1 when any shape is listed.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractIncidents } from '../lib/pipeline';
import { rng } from '../tests/support/rng';
import { bestTime } from '../tests/support/best-time';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '16000' },
    triples: { type: 'string', default: '600' },
    fixtures: { type: 'string', default: '200' },
    seed: { type: 'string', default: '20261205' },
    flag: { type: 'string', default: '6' },
  },
});
const size = Number(args.size);
const flag = Number(args.flag);
const rand = rng(Number(args.seed));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Words the engine's rules start from, beyond the vocabulary: structure, counts, dates, negation, organisations, furniture. */
const CUES = [
  'や', '・', '、', '。', '1', '１', ' ', '　', '\n', '\t', '【', '】', '(', '（', '「', '」', 'ー', 'a', '-', '|', '/', '：', ':', '…',
  '第', '報', '件', '名', '万', '日', '月', '年', 'は', 'が', 'の', 'に', 'を', 'で', 'と', 'も', '社', '市', '■', '※', '>', '〜', '=', '#',
  '株式会社', '漏えい', '個人情報', '流出し', '2024年', '令和6年', '1万', '件の', '約', '計', '人分', '名分', '件目', '以下', '第1報',
  'について', 'お詫び', 'は、', 'が、', '1日、', 'した。', 'ない', 'されていない', '可能性', 'にも', '過去', 'など', '等', '様',
  '又は', 'および', '(株)', 'No.1', '１位', '事案1', 'http://a.jp/', '出典:', '関連記事', 'ホーム', '戻る', '一覧', '掲載日', '公表日',
  'を運営する', '大学', '病院', '県警', '逮捕', '判明', '公表', '発表', 'ました', 'か?', 'とのこと', 'によると',
];

function vocabularyForms(): string[] {
  const vocabulary = JSON.parse(readFileSync(path.join(root, 'lib/vocabulary.json'), 'utf8')) as Record<string, Record<string, { ja?: string[] }>>;
  const out: string[] = [];
  for (const group of [vocabulary.data_categories, vocabulary.causes]) {
    for (const entry of Object.values(group ?? {})) out.push(...(entry.ja ?? []));
  }
  return out;
}

const SEPARATORS = ['\n', '、', '。', ' ', '・', '|', '/', '」', '（', '1'];
const HOSTILE_TRANSFORMS: Record<string, (s: string) => string> = {
  'one line': (s) => s.replace(/\n/g, ''),
  'no sentence ends': (s) => s.replace(/[。！？!?\n]/g, ''),
  'six-unit lines': (s) => s.replace(/(.{6})/g, '$1\n'),
  'a mark on every line': (s) => s.split('\n').map((l) => `■${l}`).join('\n'),
  'a bullet on every line': (s) => s.split('\n').map((l) => `・${l}`).join('\n'),
  'tabs for commas': (s) => s.replace(/、/g, '\t'),
  'bars for commas': (s) => s.replace(/、/g, ' | '),
};

function shapes(): Array<{ name: string; unit: string }> {
  const words = [...new Set([...vocabularyForms(), ...CUES])];
  const out = words.map((w) => ({ name: JSON.stringify(w), unit: w }));
  for (const w of words) for (const s of SEPARATORS) out.push({ name: JSON.stringify(w + s), unit: w + s });
  for (let i = 0; i < Number(args.triples); i++) {
    const unit = pick(words) + pick(words) + pick(words);
    out.push({ name: JSON.stringify(unit), unit });
  }
  const dir = path.join(root, 'tests/fixtures/synthetic');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < Number(args.fixtures); i++) {
    const file = pick(files);
    const [how, transform] = pick(Object.entries(HOSTILE_TRANSFORMS));
    const unit = transform(readFileSync(path.join(dir, file), 'utf8'));
    if (unit.length >= 200) out.push({ name: `${file}, ${how}`, unit: `${unit}\n` });
  }
  return out;
}

/** The best of two runs of the engine on `text`. */
const best = (text: string): number => bestTime(() => extractIncidents({ text }), 2);

const all = shapes();
const flagged: Array<{ name: string; growth: number; ms: number }> = [];
const t0 = performance.now();
for (const { name, unit } of all) {
  const page = (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  best(page(size / 4)); // warm
  const small = best(page(size));
  // (A shape read in under 4 ms at `size` cannot show a quadratic worth the name at this size: not timed again.)
  if (small < 4) continue;
  const large = best(page(size * 4));
  const growth = large / small;
  // (Only where 4x the text takes 50 ms or more: below that, a growth is the machine's noise, not the page's square.)
  if (growth > flag && large >= 50) flagged.push({ name, growth, ms: large });
}
flagged.sort((a, b) => b.growth - a.growth);
console.log(`${all.length} shapes at ${size} and ${size * 4} characters in ${((performance.now() - t0) / 1000).toFixed(0)} s; growth over ${flag}: ${flagged.length}`);
for (const f of flagged) console.log(`${f.growth.toFixed(1).padStart(6)}×  ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}`);
process.exit(flagged.length > 0 ? 1 : 0);
